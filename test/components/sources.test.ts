import { describe, expect, it } from "vitest";
import { rowsByLine } from "../../src/components/page/sources.ts";

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
