import { describe, expect, it } from "vitest";
import { parseWebinar } from "../../loaders/webinar.ts";
import { realSeed, SEED_FILES, variant } from "./helpers.ts";

const file = SEED_FILES.webinar;
const x = parseWebinar(realSeed(file));

describe("webinar (seed 001, Vesthimmerland)", () => {
  it("dates and attributes the talk", () => {
    expect(x.document).toMatchObject({ kind: "webinar", issuer: "Vesthimmerland Kommune", published: "2021-02-04", programme: "Frikommuneforsøg II" });
    expect(x.events).toEqual([expect.objectContaining({ date: "2021-02-04", event: "webinar", source_line: 6 })]);
  });

  it("lists Vesthimmerland's ten trials in order, with their lines", () => {
    const list = x.trials.filter((t) => t.number !== null);
    expect(list.map((t) => [t.number, t.source_line])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [n, 96 + 2 * n]));
    expect(list[7].title_as_written).toBe("Ledighedsydelse - fritagelse for revurdering i 12. måned indenfor 18 måneder");
    expect(x.participation.map((p) => p.municipality_as_written)).toEqual(Array(10).fill("Vesthimmerland"));
  });

  it("reads both trials the talk presents, each recommended for law", () => {
    const recommended = x.trials.filter((t) => t.recommendation !== null);
    expect(recommended.map((t) => [t.title_as_written, t.recommendation, t.source_line])).toEqual([
      ["Formkrav ved lovpligtige samtaler for forsikrede ledige", "yes", 195],
      ["Rehabiliteringsteams", "yes", 279],
    ]);
  });

  it("reads the evaluation's figures with units and ca.", () => {
    const figures = x.outcomes
      .filter((o) => o.kind === "quantitative")
      .map((o) => [o.title_as_written, o.value, o.unit, o.approximate, o.source_line, o.metric]);
    expect(figures).toEqual([
      [
        "Formkrav ved lovpligtige samtaler for forsikrede ledige",
        6,
        "municipalities",
        false,
        174,
        "Municipalities that changed the content of mandatory interviews",
      ],
      [
        "Formkrav ved lovpligtige samtaler for forsikrede ledige",
        7,
        "municipalities",
        false,
        178,
        "Municipalities that postponed the first joint interview with the unemployment fund",
      ],
      ["Formkrav ved lovpligtige samtaler for forsikrede ledige", 5, "municipalities", false, 180, "Municipalities that changed the cadence of job interviews"],
      ["Rehabiliteringsteams", 2_500_000, "DKK", true, 276, "Saved by not presenting cases to the rehabilitation team"],
      ["Rehabiliteringsteams", 720_000, "DKK", true, 276, "Saved on LÆ 265 medical certificates"],
    ]);
  });

  it("keeps every evaluation bullet as a verbatim finding", () => {
    const findings = x.outcomes.filter((o) => o.kind === "qualitative");
    expect(findings.filter((o) => o.title_as_written === "Rehabiliteringsteams")).toHaveLength(8);
    expect(findings.filter((o) => o.title_as_written?.startsWith("Formkrav"))).toHaveLength(8);
    expect(findings[0].quote).toBe(
      "Frikommuneforsøget har stort set ikke ændret på andelen af borgerne, som efterfølgende opnår beskæftigelse samt omfanget af den efterfølgende beskæftigelse (beskæftigelsesgraden)",
    );
  });

  it("fails naming file and line when the numbered list skips a number", () => {
    const broken = variant(file, (t) => t.replace("7. Færre opfølgninger", "8. Færre opfølgninger"));
    expect(() => parseWebinar(broken)).toThrow(/001_17a181aa244a306b\.txt:110: list item numbered 8, expected 7/);
  });

  it("fails when a presented trial has no recommendation box", () => {
    const broken = variant(file, (t) => t.replace(/\nAnbefaling\n/g, "\n"));
    expect(() => parseWebinar(broken)).toThrow(/001_17a181aa244a306b\.txt:\d+: expected a line matching/);
  });
});

describe("webinar figures written otherwise (issue 10: each was stored wrong or lost)", () => {
  const savings = (written: string) => {
    const y = parseWebinar(variant(file, (t) => t.replace("ca. 720.000 kr.", written)));
    const lae = y.outcomes.filter((o) => o.metric === "Saved on LÆ 265 medical certificates");
    return { figures: lae.map((o) => [o.value, o.qualifier, o.approximate]), problems: y.problems.map((p) => [p.source_line, p.text]) };
  };

  it.each([
    ["-720.000 kr.", -720_000, "exact"], // before: +720000
    ["ca. 2.5 mio. kr.", 2_500_000, "approximate"], // before: 5000000, ca. lost
    ["720 000 kr.", 720_000, "exact"], // before: 0
    ["1.000,50 kr.", 1000.5, "exact"], // before: 1001
    ["720.000,- kr.", 720_000, "exact"], // before: no row
    ["kr. 720.000", 720_000, "exact"], // before: no row
    ["720.000 DKK", 720_000, "exact"], // before: no row
    ["2,5 mio kr.", 2_500_000, "exact"], // before: no row
    ["knap 720.000 kr.", 720_000, "at_most"],
    ["over 720.000 kr.", 720_000, "at_least"],
  ])("%s → %d (%s)", (written, value, qualifier) => {
    expect(savings(written)).toEqual({ figures: [[value, qualifier, qualifier === "approximate"]], problems: [] });
  });

  it("reports an amount it cannot read with its line, and stores no figure for it", () => {
    expect(savings("720.00 kr.")).toEqual({ figures: [], problems: [[276, "720.00 kr."]] });
  });
});
