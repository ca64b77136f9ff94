import { describe, expect, it } from "vitest";
import { cutNotice, decodeCells, encodeCells, MAX_CELLS, parseStoredCells, sameCells } from "../../src/components/notebook/notebookState.ts";

describe("cells in the URL fragment", () => {
  const cells = [
    "SELECT count(*) AS n FROM trials",
    "SELECT m.name, count(DISTINCT p.trial_id) AS trials\nFROM participation p JOIN municipalities m ON m.code = p.municipality_code\nWHERE m.name IN ('Brønderslev', 'Læsø', 'Furesø') AND p.quote LIKE '%&q=#%'\nGROUP BY ALL -- 100% ",
    "",
    "   ",
  ];

  it("round-trips SQL with newlines, æøå, quotes, & = # % + and empty cells, in order", () => {
    expect(decodeCells(encodeCells(cells))?.cells).toEqual(cells);
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
    expect(decodeCells("#q=SELECT 1&q=SELECT%202")?.cells).toEqual(["SELECT 1", "SELECT 2"]);
    expect(decodeCells("q=SELECT+1")?.cells).toEqual(["SELECT 1"]);
    expect(decodeCells("#q=%E0%A4%A&q=%&q=%ZZ&q")?.cells).toEqual(["\uFFFD%A", "%", "%ZZ", ""]);
    expect(decodeCells("#&&q=1&&=&q=2")?.cells).toEqual(["1", "2"]);
  });

  it("never opens more than MAX_CELLS cells, and says how many it left out", () => {
    const opened = decodeCells(`#${"q=1&".repeat(200)}`)!;
    expect(opened.cells).toHaveLength(MAX_CELLS);
    expect(opened.total).toBe(200);
    expect(cutNotice(opened, "link")).toBe("This link has 200 cells; the first 50 are open here and 150 were left out.");
    expect(cutNotice(decodeCells("#q=1&q=2")!, "link")).toBeNull();
  });
});

describe("cells in localStorage", () => {
  it("reads what JSON.stringify wrote", () => {
    expect(parseStoredCells(JSON.stringify(["SELECT 1", ""]))?.cells).toEqual(["SELECT 1", ""]);
    expect(parseStoredCells("[]")?.cells).toEqual([]);
  });

  it("ignores anything else", () => {
    for (const text of [null, "", "{", "null", "42", '"SELECT 1"', '{"q":"SELECT 1"}', '["SELECT 1", 2]', "[null]"]) {
      expect(parseStoredCells(text)).toBeNull();
    }
    const opened = parseStoredCells(JSON.stringify(Array(51).fill("SELECT 1")))!;
    expect(opened.cells).toHaveLength(MAX_CELLS);
    expect(cutNotice(opened, "saved")).toBe("This browser had 51 cells saved; the first 50 are open here and 1 was left out.");
  });
});

describe("comparing cells", () => {
  it("tells a link's cells from the saved ones, in order and exactly", () => {
    expect(sameCells(["SELECT 1", ""], ["SELECT 1", ""])).toBe(true);
    expect(sameCells(["SELECT 1"], ["SELECT 1", ""])).toBe(false);
    expect(sameCells(["a", "b"], ["b", "a"])).toBe(false);
    // A cell boundary is not a character: ["a\0b"] is not ["a", "b"].
    expect(sameCells(["a\0b"], ["a", "b"])).toBe(false);
  });
});
