import { describe, expect, it } from "vitest";
import { parseOverview } from "../../loaders/overview.ts";
import { realSeed, SEED_FILES, variant } from "./helpers.ts";

const file = SEED_FILES.overview;
const x = parseOverview(realSeed(file));
const listed = x.trials.filter((t) => t.number !== null);

// Read off the seed by hand: number, first line, start, end, status, continued to, recommendation.
const EXPECTED: Array<[number, number, string | null, string | null, string, string | null, string]> = [
  [1, 11, "2012-07-01", "2015-12-31", "completed", "2017-07-01", "yes"],
  [2, 23, null, null, "not_used", null, "no"],
  [3, 33, "2013-10-01", "2014-03-26", "cancelled", null, "no"],
  [4, 45, "2013-09-01", "2015-12-31", "completed", "2017-07-01", "yes"],
  [5, 53, "2013-08-01", "2014-06-30", "cancelled", null, "already_law"],
  [6, 65, null, null, "not_used", null, "no"],
  [7, 75, null, null, "not_used", null, "no"],
  [8, 91, "2012-12-01", "2015-12-31", "completed", null, "already_law"],
  [9, 111, "2012-12-01", "2015-12-31", "completed", "2017-07-01", "yes"],
  [10, 127, "2013-09-01", "2015-12-31", "completed", "2017-07-01", "yes"],
  [11, 141, "2013-08-01", "2015-12-31", "completed", null, "no"],
  [12, 155, "2014-01-01", "2015-12-31", "completed", null, "no"],
  [13, 173, "2013-09-01", "2015-12-31", "completed", "2017-07-01", "yes"],
  [14, 189, "2013-08-01", "2015-12-31", "completed", "2017-07-01", "yes"],
  [15, 211, "2014-01-01", "2015-12-31", "completed", "2017-07-01", "no"],
  [16, 229, "2013-09-01", "2015-12-31", "completed", null, "no"],
  [17, 243, "2013-08-01", "2015-12-31", "completed", "2017-07-01", "yes"],
  [18, 251, "2013-08-01", "2015-12-31", "completed", null, "no"],
  [19, 265, null, null, "not_used", null, "no"],
  [20, 275, "2013-12-12", "2015-12-31", "completed", "2017-07-01", "yes"],
];

describe("overview (seed 000, Viborg's 20 trials)", () => {
  it("describes the document", () => {
    expect(x.document).toMatchObject({
      title: "Oversigt over de 20 frikommuneforsøg",
      kind: "overview",
      issuer: "Jobcenter Viborg",
      programme: "Frikommuneforsøg I",
    });
  });

  it("reads every row of the table as the seed states it", () => {
    expect(listed.map((t) => [t.number, t.source_line, t.start_date, t.end_date, t.status, t.extended_until, t.recommendation])).toEqual(EXPECTED);
  });

  it("keeps titles as written, section by section", () => {
    expect(listed[0].title_as_written).toBe("Medborgerskab kombineret med en enkel og overskuelig model for kontakt og aktivering");
    expect(listed[3].title_as_written).toBe("Reduktion i antallet af planer");
    expect(listed[16].title_as_written).toBe("Seniorjob i private virksomheder.");
    expect(listed.map((t) => t.section)).toEqual([
      "1. og 2. ansøgningsrunde",
      ...Array(6).fill("4. ansøgningsrunde"),
      ...Array(2).fill("Kopiforsøg jf. frikommunelovgivning"),
      ...Array(5).fill("Kopiforsøg fra 3. ansøgningsrunde"),
      "Kopiforsøg fra 4. ansøgningsrunde",
      ...Array(5).fill("Fællesansøgninger - temaforsøg"),
    ]);
  });

  it("marks a month-only start (Jan. 2014) as month precision", () => {
    expect(listed[14]).toMatchObject({ start_precision: "month", end_precision: "day" });
  });

  it("credits every listed trial to Viborg, the document's own jobcentre", () => {
    expect(x.participation).toHaveLength(20);
    expect(new Set(x.participation.map((p) => p.municipality_as_written))).toEqual(new Set(["Viborg"]));
  });

  it("finds the five trials the evaluation names as most important", () => {
    const named = x.trials.filter((t) => t.number === null).map((t) => listed.find((l) => l.title_as_written === t.title_as_written)!.number);
    expect(named).toEqual([1, 4, 14, 9, 10]);
    const important = x.outcomes.filter((o) => o.title_as_written !== null);
    expect(important.every((o) => o.themes.includes("employment_effect"))).toBe(true);
  });

  it("dates the start of the first application (1. juli 2012) and the reform (fra 2015)", () => {
    expect(x.events).toEqual([
      expect.objectContaining({ date: "2012-07-01", event: "trial_start", source_line: 299 }),
      expect.objectContaining({ date: "2015-01-01", date_precision: "year", event: "dated_statement", source_line: 317 }),
    ]);
  });

  it("keeps the evaluation's findings verbatim, including that savings cannot be computed", () => {
    const economy = x.outcomes.find((o) => o.themes.includes("economy"));
    expect(economy?.quote).toBe("Det er således heller ikke muligt at opgøre de økonomiske konsekvenser af frikommuneforsøget.");
    expect(x.outcomes.every((o) => o.municipality_as_written === "Viborg")).toBe(true);
  });

  it("fails naming file and line when a row has neither period nor 'Ikke anvendt'", () => {
    const broken = variant(file, (t) => t.replace("1. okt. 2013 - 26. marts", "engang i efteråret -"));
    expect(() => parseOverview(broken)).toThrow(/000_e87aeb02a3b05123\.txt:33: trial 3: neither a period/);
  });

  it("fails when a row has no recommendation", () => {
    const broken = variant(file, (t) =>
      t
        .replace("til 1. juli 2017. \n\n 4. ansøgningsrunde", "\n\n 4. ansøgningsrunde")
        .replace(/^1 Medborgerskab([\s\S]*?)Ja og fortsættes/m, "1 Medborgerskab$1"),
    );
    expect(() => parseOverview(broken)).toThrow(/:11: trial 1: no recommendation/);
  });

  it("fails when the table lists fewer trials than the title announces", () => {
    const broken = variant(file, (t) => t.replace("de 20 frikommuneforsøg \n", "de 21 frikommuneforsøg \n"));
    expect(() => parseOverview(broken)).toThrow(/:2: the title announces 21 trials but the table lists 20/);
  });
});
