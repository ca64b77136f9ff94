// The participation page's view (src/components/views/participation.ts) over the base rows the build
// writes for the five seeds, checked against what the seeds say. test/views/views.test.ts checks that its
// SQL gives the same rows.
import { describe, expect, it } from "vitest";
import { baseRows } from "../../loaders/views.ts";
import { statements } from "../../src/components/views/participation.ts";
import { buildTables } from "../../loaders/corpus.ts";
import { cellsOf, type Statement } from "../../src/components/charts/participationMatrix.ts";
import { applyView, provisionalLeftOut, type ViewState } from "../../src/components/views/view.ts";
import { fiveSeedCorpus, fiveSeeds, LETTER_WITH_UNKNOWN_APPLICATION, reference } from "../loaders/helpers.ts";

const { tables } = fiveSeedCorpus();
const base = await baseRows(statements, tables);
const selected = (state: ViewState) => applyView(statements, base.rows, state);

describe("the statements behind the matrix", () => {
  it("groups Viborg, in no network, under its programme and name, and offers both groups and both programmes", () => {
    expect(base.options.network.map((n) => n.value)).toEqual(["En mere fleksibel og effektiv beskæftigelsesindsats", "Frikommuneforsøg I: Viborg"]);
    expect(base.options.programme.map((p) => p.value)).toEqual(["Frikommuneforsøg I", "Frikommuneforsøg II"]);
  });

  it("gives 72 statements for 65 cells, one of them disputed: the webinar's ledighedsydelse × Vesthimmerland", () => {
    const rows = selected({});
    expect(rows).toHaveLength(72);
    expect(new Set(rows.map((s) => `${s.trial_id}|${s.municipality_code}`)).size).toBe(65);
    expect(rows.filter((s) => s.disputed).map((s) => [s.trial_id, s.municipality, s.doc_id.slice(0, 3), s.source_line])).toEqual([
      ["fk2-ledighedsydelse-revurdering", "Vesthimmerland", "001", 112],
    ]);
    expect(rows.every((s) => s.document && s.quote && s.group)).toBe(true);
    // In document order, line by line.
    expect(rows.map((s) => `${s.doc_id}:${String(s.source_line).padStart(4, "0")}`)).toEqual(
      rows.map((s) => `${s.doc_id}:${String(s.source_line).padStart(4, "0")}`).sort(),
    );
  });

  it("filters by programme and by network", () => {
    expect(selected({ programme: "Frikommuneforsøg I" })).toHaveLength(20);
    expect(selected({ network: "Frikommuneforsøg I: Viborg" }).every((s) => s.municipality === "Viborg")).toBe(true);
    expect(selected({ network: "no such network" })).toEqual([]);
  });
});

describe("statements on a trial the catalogue does not know yet", () => {
  const { tables: withLetter } = buildTables([...fiveSeeds(), LETTER_WITH_UNKNOWN_APPLICATION], reference);

  it("leaves them out of the matrix unless the reader includes them, and marks their cells", async () => {
    const rows = (await baseRows(statements, withLetter)).rows;
    const provisional = rows.filter((s) => s.provisional);
    // The letter names no programme: the matrix must still group the trial's column and the rows.
    expect(provisional.map((s) => [s.municipality, s.trial_id, s.basis, s.programme, s.group])).toEqual([
      ["Ballerup", "hurtigere-visitation-til-jobrotation", "applicant", "Programme not stated", "En plan for en sammenhængende indsats sammen med borgeren"],
      ["Furesø", "hurtigere-visitation-til-jobrotation", "applicant", "Programme not stated", "En plan for en sammenhængende indsats sammen med borgeren"],
    ]);
    expect(applyView(statements, rows, {})).toHaveLength(72);
    expect(provisionalLeftOut(statements, rows, {})).toEqual(provisional);
    const included = applyView(statements, rows, { provisional: true });
    expect(included).toHaveLength(74);
    expect(provisionalLeftOut(statements, rows, { provisional: true })).toEqual([]);
    expect(cellsOf(included as unknown as Statement[]).filter((c) => c.provisional)).toHaveLength(2);
  });
});
