import { describe, expect, it } from "vitest";
import { buildTables } from "../../loaders/corpus.ts";
import { parseEvaluationForm } from "../../loaders/evaluationForm.ts";
import { realSeed, reference, SEED_FILES, variant } from "./helpers.ts";

const file = SEED_FILES.form;
const names = (text: string) => reference.register.municipalities.some((m) => m.name === text);
const x = parseEvaluationForm(realSeed(file), names);
const TITLE = "Ledighedsydelse- fritagelse for revurdering i 12. måned indenfor 18 måneder";

describe("evaluation form (seed 002, ledighedsydelse)", () => {
  it("reads the labelled fields: title, municipalities, period", () => {
    const [trial] = x.trials;
    expect(trial).toMatchObject({
      title_as_written: TITLE,
      start_date: "2018-07-01",
      start_precision: "day",
      end_date: "2022-12-31",
      end_precision: "year",
      status: "ongoing",
      extended_until: "2022-12-31",
      source_line: 14,
    });
    expect(x.participation.map((p) => [p.municipality_as_written, p.source_line])).toEqual([
      ["Aalborg", 20],
      ["Jammerbugt", 20],
      ["Thisted", 20],
      ["Rebild", 20],
    ]);
  });

  it("dates the report (i slutningen af 2020), the extension decision (26. august 2021), its new end and dated findings", () => {
    expect(x.events.map((e) => [e.date, e.event, e.source_line])).toEqual([
      ["2020-12-31", "year_end", 4],
      ["2021-08-26", "extension", 7],
      ["2022-12-31", "extended_until", 7],
      // findings dated by their own words
      ["2020-01-01", "dated_statement", 133],
      ["2022-01-01", "dated_statement", 136],
      ["2020-01-01", "dated_statement", 179],
    ]);
  });

  it("credits findings to the municipality named above them", () => {
    const count = (m: string | null) => x.outcomes.filter((o) => o.municipality_as_written === m).length;
    expect([count("Aalborg"), count("Jammerbugt"), count("Rebild"), count("Thisted")]).toEqual([8, 12, 7, 9]);
    const rebild = x.outcomes.find((o) => o.source_line === 179);
    expect(rebild).toMatchObject({
      municipality_as_written: "Rebild",
      quote: "Vi har siden 2020 nedbragt vores ledighed på LY væsentligt via samtaler/håndholdt indsats.",
    });
  });

  it("credits nobody with text after a page break that lost its municipality heading", () => {
    const orphan = x.outcomes.filter((o) => o.municipality_as_written === null);
    expect(orphan.map((o) => o.source_line)).toEqual([205, 205, 209, 211, 213]);
  });

  it("reads the recommendation to abolish the rule (point 8)", () => {
    expect(x.trials[1]).toMatchObject({ recommendation: "yes", source_line: 222 });
  });

  it("skips the form's own guidance and the appendix furniture, saying why", () => {
    expect(x.skipped).toContainEqual({ from: 263, to: 343, reason: "the form's own guidance for filling it in" });
    expect(x.skipped).toContainEqual({ from: 71, to: 71, reason: "page furniture of the parliamentary appendix" });
  });

  it("fails naming the file and line when the start date is missing", () => {
    const broken = variant(file, (t) => t.replace("1. juli 2018", "i sommeren"));
    expect(() => parseEvaluationForm(broken, names)).toThrow(/002_7ec51abab4a4df97\.txt:23: no start date in "i sommeren"/);
  });
});

describe("evaluation form headings in other forms of the name", () => {
  it("credits findings under `Aalborg Kommune` to Aalborg, as under `Aalborg`", () => {
    const seed = variant(file, (t) => t.replace(/^(Aalborg|Jammerbugt|Thisted|Rebild) $/gm, "$1 Kommune "));
    const codes = (s: typeof seed) => buildTables([s], reference).tables.outcomes.map((o) => o.municipality_code);
    expect(codes(seed)).toEqual(codes(realSeed(file)));
    expect(codes(seed).filter((c) => c === 851)).toHaveLength(8);
  });
});

describe("an extension only asked for does not move the trial's end (issue 10)", () => {
  const asked = (words: string) =>
    parseEvaluationForm(
      variant(file, (t) => t.replace("Forsøget blev d. 26. august 2021 forlænget indtil", words)),
      names,
    );

  it.each([["Kommunerne har d. 26. august 2021 ansøgt om at forlænge forsøget indtil"], ["Kommunerne ønskede d. 26. august 2021 forsøget forlænget indtil"]])(
    "%s … udgangen af 2022",
    (words) => {
      const y = asked(words);
      expect(y.trials[0].extended_until).toBeNull();
      expect(y.events.filter((e) => e.source_line === 7).map((e) => [e.date, e.event, e.quote])).toEqual([
        ["2021-08-26", "application", `${words} udgangen af 2022.`],
        ["2022-12-31", "extension_requested", `${words} udgangen af 2022.`],
      ]);
    },
  );

  it("keeps a refused extension's end out of the trial too", () => {
    const y = asked("Forsøget blev d. 26. august 2021 ikke forlænget indtil");
    expect(y.trials[0].extended_until).toBeNull();
    // the date it was not extended, and the end it was not extended to
    expect(y.events.filter((e) => e.source_line === 7).map((e) => [e.date, e.event])).toEqual([
      ["2021-08-26", "extension_refused"],
      ["2022-12-31", "extension_refused"],
    ]);
  });
});
