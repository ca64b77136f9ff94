import { describe, expect, it } from "vitest";
import { rowsByLine, sourceListing } from "../../src/components/page/sources.ts";
import { newDocument } from "./dom.ts";

describe("rowsByLine", () => {
  const tables = {
    trials: [{ doc_id: "d", source_line: 3, source_line_end: 5, trial_id: "t1" }],
    outcomes: [
      { doc_id: "d", source_line: 4, amount: 1 },
      { doc_id: "other", source_line: 4, amount: 2 },
      { doc_id: "d", source_line: null, amount: 3 },
    ],
    events: [{ doc_id: "d", source_line: 4, kind: "start" }],
  };

  it("indexes each row under every line it spans, in the tables' order, for one document only", () => {
    const byLine = rowsByLine(tables, "d");
    expect([...byLine.keys()].sort()).toEqual([3, 4, 5]);
    expect(byLine.get(4)?.map((r) => r.table)).toEqual(["trials", "outcomes", "events"]);
    expect(byLine.get(3)?.map((r) => r.row.trial_id)).toEqual(["t1"]);
    expect(byLine.get(5)?.map((r) => r.row.trial_id)).toEqual(["t1"]);
  });

  it("leaves out rows without a line and rows of other documents", () => {
    const amounts = [...rowsByLine(tables, "d").values()].flat().flatMap((r) => (r.table === "outcomes" ? [r.row.amount] : []));
    expect(amounts).toEqual([1]);
  });
});

describe("sourceListing", () => {
  const lines = [
    { line: 4, text: "Forsøget sparede ca. 2,5 mio. kr.", status: "parsed", reason: "outcomes" },
    { line: 6, text: "Med venlig hilsen", status: "skipped", reason: "letter closing" },
  ];
  const fed = (n: number) => (n === 4 ? [{ table: "outcomes", row: { doc_id: "d", source_line: 4, value: 2500000, unit: "DKK" } }] : []);

  it("writes a parsed line's rows into the HTML where no script will add them when it is opened", () => {
    const table = sourceListing(lines as never, fed, newDocument(), { written: true });
    expect(table.querySelector("#L4 details li")?.textContent).toBe("outcomes: value = 2500000 · unit = DKK");
    expect(table.querySelector("#L6 .why")?.textContent).toBe("skipped · letter closing");
  });

  it("live, adds them when the line is first opened", () => {
    const document = newDocument();
    const details = sourceListing(lines as never, fed, document).querySelector("#L4 details")!;
    expect(details.querySelector("li")).toBeNull();
    (details as HTMLDetailsElement).open = true;
    details.dispatchEvent(new document.defaultView!.Event("toggle"));
    expect(details.querySelectorAll("li")).toHaveLength(1);
  });
});
