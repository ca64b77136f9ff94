/** Issue 10: the readers wired into the genre parsers; each case stored a wrong row or crashed before. */
import { describe, expect, it } from "vitest";
import { buildTables, isMunicipalityHeading } from "../../loaders/corpus.ts";
import { DECISIONS_TABLE, parseDecisionLetter } from "../../loaders/decisionLetter.ts";
import { parseEvaluationForm } from "../../loaders/evaluationForm.ts";
import { parseOverview } from "../../loaders/overview.ts";
import { curatedFile, readSeeds } from "../../loaders/reference.ts";
import { reference, SEED_FILES, seedText, variant } from "./helpers.ts";

const letterTable = curatedFile(reference, "003_3dbcc80b57291c50", DECISIONS_TABLE)!;
const overview = (change: (t: string) => string) => parseOverview(variant(SEED_FILES.overview, change));
const firstTrial = (x: ReturnType<typeof parseOverview>) => {
  const t = x.trials.find((t) => t.number === 1)!;
  return { start: t.start_date, end: t.end_date, status: t.status };
};

describe("overview periods", () => {
  it("reads the real period of trial 1", () => {
    expect(firstTrial(overview((t) => t))).toEqual({ start: "2012-07-01", end: "2015-12-31", status: "completed" });
  });

  it.each([
    // Before: a RangeError with a stack trace naming no file.
    ["31. februar 2012 til 31. dec. 2015", "31. februar 2012", /no such date/],
    // Before: read as 1 July 2012.
    ["1. juli 20122 til 31. dec. 2015", "1. juli 20122", /implausible year 20122/],
    // Before: stored as it stands.
    ["1. juli 2016 til 31. dec. 2015", "1. juli 2016 til 31. dec. 2015", /end \(2015-12-31\) is before its start \(2016-07-01\)/],
  ])("reports %s with its line and stores no period", (written, text, reason) => {
    const x = overview((t) => t.replace("1. juli 2012 til 31. dec. 2015", written));
    expect(firstTrial(x)).toEqual({ start: null, end: null, status: "completed" });
    expect(x.problems).toEqual([{ source_line: 17, text, reason: expect.stringMatching(reason) }]);
  });

  it("reads `forlænges til` as an extension like `fortsættes til` (before: null)", () => {
    const x = overview((t) => t.replaceAll("fortsættes", "forlænges"));
    expect(x.trials.filter((t) => t.extended_until).map((t) => t.extended_until)).toEqual(
      parseOverview(variant(SEED_FILES.overview, (t) => t))
        .trials.filter((t) => t.extended_until)
        .map((t) => t.extended_until),
    );
    expect(x.trials.filter((t) => t.extended_until).length).toBeGreaterThan(0);
  });

  it("names the file and line in the build log and stops nothing", () => {
    const seeds = readSeeds().map((s) => (s.file === SEED_FILES.overview ? variant(s.file, (t) => t.replace("1. juli 2012 til", "31. februar 2012 til")) : s));
    const { tables, warnings } = buildTables(seeds, reference);
    expect(warnings).toContain(`${SEED_FILES.overview}:17: no such date: 31.2.2012: "31. februar 2012" (not stored)`);
    // No trial lost: only the impossible date is not stored.
    expect(tables.trials).toHaveLength(buildTables(readSeeds(), reference).tables.trials.length);
  });
});

describe("events", () => {
  it("does not turn `d. 31. februar` into 3 March (before: 2017-02-31, read by date columns as 3 March)", () => {
    const x = parseDecisionLetter(
      variant(SEED_FILES.letter, (t) => t.replace("d. 24. februar", "d. 31. februar")),
      letterTable,
    );
    expect(x.events.map((e) => e.event)).not.toContain("hearing");
    expect(x.events.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date) && !Number.isNaN(Date.parse(e.date)))).toBe(true);
    // Reported at the line where its sentence starts.
    expect(x.problems).toEqual([{ source_line: 183, text: "d. 31. februar", reason: "no such date: 31.2.2017" }]);
  });

  it("still infers the year of `d. 24. februar` from the letter's date", () => {
    const x = parseDecisionLetter(
      variant(SEED_FILES.letter, (t) => t),
      letterTable,
    );
    expect(x.events.find((e) => e.event === "hearing")).toMatchObject({ date: "2017-02-24", year_inferred: true });
  });
});

describe("evaluation form period", () => {
  const names = (text: string) => isMunicipalityHeading(text, reference);
  it("reports an end before the start and stores neither", () => {
    const x = parseEvaluationForm(
      variant(SEED_FILES.form, (t) => t.replace("1. juli 2018", "1. juli 2023")),
      names,
    );
    expect([x.trials[0].start_date, x.trials[0].end_date]).toEqual([null, null]);
    expect(x.problems).toEqual([expect.objectContaining({ source_line: 26, reason: expect.stringMatching(/before its start/) })]);
  });

  it("reads the real period", () => {
    const x = parseEvaluationForm(
      variant(SEED_FILES.form, (t) => t),
      names,
    );
    expect(x.trials[0]).toMatchObject({ start_date: "2018-07-01", start_precision: "day", end_date: "2022-12-31", end_precision: "year" });
    expect(seedText(SEED_FILES.form)).toContain("1. juli 2018");
  });
});

describe("evaluation form municipality headings", () => {
  const names = (text: string) => isMunicipalityHeading(text, reference);
  it("credits findings under `Thisted Kommune` to Thisted (before: to no municipality)", () => {
    const plain = parseEvaluationForm(
      variant(SEED_FILES.form, (t) => t),
      names,
    );
    const x = parseEvaluationForm(
      variant(SEED_FILES.form, (t) => t.replace(/^Thisted \n/gm, "Thisted Kommune \n")),
      names,
    );
    expect(x.outcomes.filter((o) => o.municipality_as_written === "Thisted Kommune")).toHaveLength(
      plain.outcomes.filter((o) => o.municipality_as_written === "Thisted").length,
    );
    expect(x.outcomes.filter((o) => o.municipality_as_written === "Thisted Kommune").length).toBeGreaterThan(0);
  });
});
