// The documents a page names as its sources come from the rows it draws: on the seeds' rows, and with a
// document added, which the pages then cite without an edit.
import { describe, expect, it } from "vitest";
import { baseRows } from "../../loaders/views.ts";
import { citedDocuments, participationSources, type Statement } from "../../src/components/text/citedDocuments.ts";
import { figures } from "../../src/components/views/outcomes.ts";
import { statements } from "../../src/components/views/participation.ts";
import { fiveSeedCorpus } from "../loaders/helpers.ts";

const { tables } = fiveSeedCorpus();
const participation = (await baseRows(statements, tables)).rows as Statement[];
const figureRows = (await baseRows(figures, tables)).rows as Statement[];

describe("citedDocuments", () => {
  it("names the two documents the seeds' six figures come from, each at its first cited line", () => {
    const cited = citedDocuments(figureRows);
    expect(cited.map((d) => [d.doc_id.slice(0, 3), d.rows])).toEqual([
      ["001", figureRows.filter((r) => r.doc_id.startsWith("001")).length],
      ["004", figureRows.filter((r) => r.doc_id.startsWith("004")).length],
    ]);
    expect(cited[0].title).toBe("Nordjysk Frikommuneforsøg II - På beskæftigelsesområdet: Webinar d. 4. februar 2021");
    for (const d of cited) expect(d.first_line).toBe(Math.min(...figureRows.filter((r) => r.doc_id === d.doc_id).map((r) => r.source_line)));
  });

  it("takes a title from the documents table when the rows have none, else shows the id", () => {
    const rows = [
      { doc_id: "b", source_line: 9 },
      { doc_id: "a", source_line: 4 },
      { doc_id: "b", source_line: 2 },
    ];
    expect(citedDocuments(rows, [{ doc_id: "a", title: "Brev om forlængelse" }])).toEqual([
      { doc_id: "a", title: "Brev om forlængelse", first_line: 4, rows: 1 },
      { doc_id: "b", title: "b", first_line: 2, rows: 2 },
    ]);
    expect(citedDocuments([])).toEqual([]);
  });
});

describe("participationSources", () => {
  it("tells the seeds' own lists (Viborg's overview, Vesthimmerland's slides) from documents naming municipalities for trials", () => {
    const sources = participationSources(participation);
    expect(sources.map((s) => [s.doc_id.slice(0, 3), s.ownLists])).toEqual([
      ["000", ["Viborg"]],
      ["001", ["Vesthimmerland"]],
      ["002", []],
      ["004", []],
    ]);
    const summary = sources.find((s) => s.doc_id.startsWith("004"))!;
    expect(summary.named.municipalities).toBe(new Set(participation.filter((s) => s.doc_id === summary.doc_id).map((s) => s.municipality)).size);
    expect(summary.named.municipalities).toBeGreaterThan(1);
    expect(sources.find((s) => s.doc_id.startsWith("000"))!.named).toEqual({ municipalities: 0, trials: 0 });
  });

  it("cites an added document by what it contributes", () => {
    const added: Statement[] = [
      { doc_id: "005_x", document: "Hjørrings forsøg", source_line: 12, basis: "own_list", municipality: "Hjørring", trial_id: "t1" },
      { doc_id: "005_x", document: "Hjørrings forsøg", source_line: 14, basis: "named", municipality: "Læsø", trial_id: "t1" },
      { doc_id: "005_x", document: "Hjørrings forsøg", source_line: 15, basis: "network_member", municipality: "Aalborg", trial_id: "t2" },
    ];
    expect(participationSources([...participation, ...added]).at(-1)).toEqual({
      doc_id: "005_x",
      title: "Hjørrings forsøg",
      first_line: 12,
      rows: 3,
      ownLists: ["Hjørring"],
      named: { municipalities: 2, trials: 2 },
    });
  });
});
