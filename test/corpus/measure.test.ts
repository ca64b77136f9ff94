/** The corpus measurement counts what it should: found facts, wrong rows, traps taken. */
import { describe, expect, it } from "vitest";
import type { Row, Tables } from "../../loaders/corpus.ts";
import { proposeTrialId } from "../../loaders/reference.ts";
import { TABLE_NAMES } from "../../loaders/schema.ts";
import { readFactsFiles } from "./files.ts";
import { measure, overallRecall, sameDate } from "./measure.ts";

const mors = readFactsFiles().find((f) => f.name === "mors-laegeattester")!.facts;
const doc_id = "mors-laegeattester";
const tables = (rows: Partial<Record<keyof Tables, Row[]>>) => ({ ...Object.fromEntries(TABLE_NAMES.map((t) => [t, []])), ...rows }) as Tables;
const at = (line: number, end = line) => ({ doc_id, source_line: line, source_line_end: end });
const saving = mors.amounts[0];

describe("measure", () => {
  it("finds nothing in no rows, and calls nothing wrong", () => {
    const m = measure(mors, tables({}), []);
    expect(overallRecall(m)).toBe(0);
    expect([m.wrongAmounts, m.wrongDates, m.wrongCodes, m.wrongParticipation]).toEqual([0, 0, 0, 0]);
  });

  it("counts a figure at its place as found, the same figure elsewhere or with ca. lost as wrong", () => {
    const right = { ...at(saving.line), value: 2500000, unit: "DKK", approximate: true, municipality_code: 773 };
    const m = measure(mors, tables({ outcomes: [right, { ...right, ...at(1) }, { ...right, approximate: false }] }), []);
    expect(m.recall.amounts).toEqual({ expected: 1, found: 1 });
    expect(m.wrongAmounts).toBe(2);
  });

  it("counts participation and codes the document does not state as wrong", () => {
    const p = { ...at(mors.participation[0].line), trial_id: "fk2-laegeattester-sygedagpenge", municipality_code: 773, municipality_as_written: "Mors" };
    const m = measure(mors, tables({ participation: [p, { ...p, municipality_code: 360, municipality_as_written: "Holland" }] }), []);
    expect(m.recall.participation).toEqual({ expected: 1, found: 1 });
    expect(m.wrongParticipation).toBe(1);
    expect(m.wrongCodes).toBe(1);
  });

  it("counts a participation row without a trial as wrong (a catalogued fact has no proposed id to stand in for it)", () => {
    const p = { ...at(mors.participation[0].line), trial_id: undefined, municipality_code: 773, municipality_as_written: "Mors" };
    const m = measure(mors, tables({ participation: [p as unknown as Row] }), []);
    expect(m.recall.participation.found).toBe(0);
    expect(m.wrongParticipation).toBe(1);
  });

  it("finds a trial the catalogue lacks under the id the pipeline proposes from its title, or the facts' own id", () => {
    const decisionLetter = readFactsFiles().find((f) => f.name === "afgoerelse-ansoegninger-2017")!.facts;
    const unknown = decisionLetter.trials.find((t) => t.proposed_id)!;
    const byRule = proposeTrialId(unknown.title_as_written);
    expect(byRule).not.toBe(unknown.proposed_id);
    const mention = (trial_id: string) => ({ doc_id: "afgoerelse-ansoegninger-2017", source_line: unknown.line, source_line_end: unknown.line, trial_id });
    const found = (trial_id: string) => measure(decisionLetter, tables({ mentions: [mention(trial_id)] }), []).recall.trials.found;
    expect(found(byRule)).toBe(1);
    expect(found(unknown.proposed_id!)).toBe(1);
    expect(found(`${byRule}-x`)).toBe(0);
  });

  it("counts a date no fact has at that place as wrong, the stated one as found", () => {
    const start = mors.dates.find((d) => d.kind === "start" && d.precision === "day")!;
    const event = { ...at(start.line), date: "2018-03-01", date_precision: "day", event: "trial_start", trial_id: start.trial_id };
    const m = measure(mors, tables({ events: [event, { ...event, date: "2018-01-03" }] }), []);
    expect(m.recall.dates.found).toBe(1);
    expect(m.wrongDates).toBe(1);
  });

  it("tells an extension granted from one only asked for", () => {
    const jammerbugt = readFactsFiles().find((f) => f.name === "jammerbugt-beslutningsprotokol")!.facts;
    const asked = jammerbugt.dates.find((d) => d.kind === "extension_requested")!;
    const extension = mors.dates.find((d) => d.kind === "extension")!;
    const row = (f: { line: number; date: string }, event: string, id: string) => ({
      doc_id: id,
      source_line: f.line,
      source_line_end: f.line,
      date: f.date,
      date_precision: "year",
      event,
      trial_id: null,
    });
    const datesFound = (facts: typeof mors, f: { line: number; date: string }, event: string, id: string) => {
      const m = measure(facts, tables({ events: [row(f, event, id)] }), []);
      return [m.recall.dates.found, m.wrongDates];
    };
    expect(datesFound(jammerbugt, asked, "extension_requested", "jammerbugt-beslutningsprotokol")).toEqual([1, 0]);
    expect(datesFound(jammerbugt, asked, "extended_until", "jammerbugt-beslutningsprotokol")).toEqual([0, 1]);
    expect(datesFound(mors, extension, "extended_until", doc_id)).toEqual([1, 0]);
    expect(datesFound(mors, extension, "extension_requested", doc_id)).toEqual([0, 1]);
  });

  it("counts a trap read as a municipality at its place as taken", () => {
    const nyhed = readFactsFiles().find((f) => f.name === "nyhed-forsoeg-forlaenget")!.facts;
    const holland = nyhed.traps.find((t) => t.text === "Holland")!;
    const row = {
      doc_id: "nyhed-forsoeg-forlaenget",
      source_line: holland.line,
      source_line_end: holland.line,
      trial_id: "fk2-rehabiliteringsteams",
      municipality_code: 360,
      municipality_as_written: "Holland",
    };
    expect(measure(nyhed, tables({ participation: [row] }), []).trapsTaken).toBe(1);
    expect(measure(nyhed, tables({ participation: [{ ...row, source_line: 1, source_line_end: 1 }] }), []).trapsTaken).toBe(0);
  });

  it("matches dates at the fact's precision, a season only as a season", () => {
    expect(sameDate("2023-12-31", "year", "2023-12-31", "year")).toBe(true);
    expect(sameDate("2023-01-01", "year", "2023", "year")).toBe(true);
    expect(sameDate("2020-04-01", "season", "2020-spring", "season")).toBe(true);
    expect(sameDate("2020-01-01", "year", "2020-spring", "season")).toBe(false);
    expect(sameDate("2018-03-02", "day", "2018-03-01", "day")).toBe(false);
  });
});
