import { describe, expect, it } from "vitest";
import { decodeCells, encodeCells, MAX_CELLS, parseStoredCells } from "../../src/components/notebookState.ts";

describe("cells in the URL fragment", () => {
  const cells = [
    "SELECT count(*) AS n FROM trials",
    "SELECT m.name, count(DISTINCT p.trial_id) AS trials\nFROM participation p JOIN municipalities m ON m.code = p.municipality_code\nWHERE m.name IN ('Brønderslev', 'Læsø', 'Furesø') AND p.quote LIKE '%&q=#%'\nGROUP BY ALL -- 100% ",
    "",
    "   ",
  ];

  it("round-trips SQL with newlines, æøå, quotes, & = # % + and empty cells, in order", () => {
    expect(decodeCells(encodeCells(cells))).toEqual(cells);
  });

  it("keeps the SQL readable in the link", () => {
    expect(encodeCells(["SELECT count(*) AS n FROM trials"])).toBe("#q=SELECT+count%28*%29+AS+n+FROM+trials");
  });

  it("encodes no cells as no fragment, and a fragment without cells as null", () => {
    expect(encodeCells([])).toBe("");
    expect(decodeCells("")).toBeNull();
    expect(decodeCells("#")).toBeNull();
    expect(decodeCells("#L52")).toBeNull();
    expect(decodeCells("#cells=abc&x=1")).toBeNull();
  });

  it("reads hand-written and garbled links without throwing", () => {
    expect(decodeCells("#q=SELECT 1&q=SELECT%202")).toEqual(["SELECT 1", "SELECT 2"]);
    expect(decodeCells("q=SELECT+1")).toEqual(["SELECT 1"]);
    expect(decodeCells("#q=%E0%A4%A&q=%&q=%ZZ&q")).toEqual(["\uFFFD%A", "%", "%ZZ", ""]);
    expect(decodeCells("#&&q=1&&=&q=2")).toEqual(["1", "2"]);
  });

  it("never opens more than MAX_CELLS cells", () => {
    expect(decodeCells("#" + "q=1&".repeat(10_000))).toHaveLength(MAX_CELLS);
  });
});

describe("cells in localStorage", () => {
  it("reads what JSON.stringify wrote", () => {
    expect(parseStoredCells(JSON.stringify(["SELECT 1", ""]))).toEqual(["SELECT 1", ""]);
    expect(parseStoredCells("[]")).toEqual([]);
  });

  it("ignores anything else", () => {
    for (const text of [null, "", "{", "null", "42", '"SELECT 1"', '{"q":"SELECT 1"}', '["SELECT 1", 2]', "[null]"]) {
      expect(parseStoredCells(text)).toBeNull();
    }
    expect(parseStoredCells(JSON.stringify(Array(100).fill("SELECT 1")))).toHaveLength(MAX_CELLS);
  });
});
