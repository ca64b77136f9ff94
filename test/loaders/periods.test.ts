// A trial listed twice with different periods — in two documents, or twice in one — is a disagreement,
// kept side by side; the same period stated as precisely or more vaguely is none.
import { describe, expect, it } from "vitest";
import { buildTables } from "../../loaders/corpus.ts";
import { datesAgree } from "../../loaders/dates.ts";
import { fiveSeeds, realSeed, reference, SEED_FILES, variant } from "./helpers.ts";

const OVERVIEW = "000_e87aeb02a3b05123";
const FORM = "002_7ec51abab4a4df97";
const periods = (rows: Array<Record<string, unknown>>) =>
  rows
    .filter((d) => d.field !== "participation")
    .map((d) => [d.trial_id, d.field, d.says, d.doc_id, d.source_line, d.other_says, d.other_doc_id, d.other_source_line]);

/** The overview with the trial `Reduktion i antallet af planer` listed again at the end of its table. */
function listedTwice(period: string) {
  return variant(SEED_FILES.overview, (t) =>
    t
      .replace("Oversigt over de 20 frikommuneforsøg", "Oversigt over frikommuneforsøg")
      .replace(/(\n *\n *\n *\n)(Opsummerede evaluering)/, `\n21 Reduktion i antallet af planer ${period} \n\nJa og fortsættes \n\ntil 1. juli 2017. \n$1$2`),
  );
}

describe("a trial listed twice with different periods", () => {
  it("in one document: both periods kept as a disagreement, naming both lines", () => {
    const seed = listedTwice("1. jan. 2014 - 31. dec. 2016");
    const { tables, warnings } = buildTables([seed], reference);
    expect(warnings.filter((w) => /layout parser stopped/.test(w))).toEqual([]);
    const mentions = tables.mentions.filter((m) => m.trial_id === "fk1-faerre-planer" && m.start_date);
    expect(mentions.map((m) => [m.start_date, m.end_date])).toEqual([
      ["2013-09-01", "2015-12-31"],
      ["2014-01-01", "2016-12-31"],
    ]);
    const [first, second] = mentions.map((m) => m.source_line);
    expect(periods(tables.disagreements)).toEqual([
      ["fk1-faerre-planer", "start_date", "2013-09-01", OVERVIEW, first, "2014-01-01", OVERVIEW, second],
      ["fk1-faerre-planer", "end_date", "2015-12-31", OVERVIEW, first, "2016-12-31", OVERVIEW, second],
    ]);
  });

  it("in one document with the same period twice: no disagreement", () => {
    expect(periods(buildTables([listedTwice("1.sept. 2013 - 31. dec. 2015")], reference).tables.disagreements)).toEqual([]);
  });

  it("in two documents: a start a season apart disagrees, the same month stated as a season does not", () => {
    const form = (start: string) => ({
      ...variant(SEED_FILES.form, (t) => t.replace(/(Påbegyndt: dato:måned:år\s*\n)1\. juli 2018/, `$1${start}`)),
      docId: "005_form",
      file: "seeds/005_form.txt",
    });
    const base = realSeed(SEED_FILES.form);
    const later = buildTables([base, form("foråret 2019")], reference).tables;
    expect(periods(later.disagreements)).toEqual([["fk2-ledighedsydelse-revurdering", "start_date", "2018-07-01", FORM, 14, "2019-03-01", "005_form", 14]]);
    expect(periods(buildTables([base, form("sommeren 2018")], reference).tables.disagreements)).toEqual([]);
    expect(periods(buildTables([base, form("2018")], reference).tables.disagreements)).toEqual([]);
  });

  it("finds none among the five seeds", () => {
    expect(periods(buildTables(fiveSeeds(), reference).tables.disagreements)).toEqual([]);
  });
});

describe("datesAgree", () => {
  it("compares dates at the coarser precision: the span one names must contain or meet the other's", () => {
    const d = (date: string, precision: "day" | "month" | "quarter" | "season" | "half_year" | "year") => ({ date, precision });
    expect(datesAgree(d("2018-07-01", "day"), d("2018-01-01", "year"))).toBe(true);
    expect(datesAgree(d("2018-12-31", "year"), d("2018-03-01", "day"))).toBe(true);
    expect(datesAgree(d("2018-07-01", "day"), d("2018-07-31", "day"))).toBe(false);
    expect(datesAgree(d("2018-07-15", "day"), d("2018-07-01", "month"))).toBe(true);
    expect(datesAgree(d("2018-06-01", "season"), d("2018-08-31", "day"))).toBe(true);
    expect(datesAgree(d("2018-12-01", "season"), d("2019-02-10", "day"))).toBe(true);
    expect(datesAgree(d("2019-02-28", "season"), d("2018-12-05", "day"))).toBe(true);
    expect(datesAgree(d("2018-03-01", "season"), d("2018-06-01", "day"))).toBe(false);
    expect(datesAgree(d("2018-06-30", "quarter"), d("2018-04-02", "day"))).toBe(true);
    expect(datesAgree(d("2018-07-01", "half_year"), d("2018-06-30", "day"))).toBe(false);
  });
});
