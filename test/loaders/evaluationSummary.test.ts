import { describe, expect, it } from "vitest";
import { parseEvaluationSummary, SUMMARY_TABLE } from "../../loaders/evaluationSummary.ts";
import { matchMunicipality } from "../../loaders/municipalities.ts";
import { curatedFile } from "../../loaders/reference.ts";
import { realSeed, reference, SEED_FILES } from "./helpers.ts";

const file = SEED_FILES.summary;
const curated = curatedFile(reference, "004_850f78bee8af48a2", SUMMARY_TABLE)!;
const tsv = curated.text;
const x = parseEvaluationSummary(realSeed(file), curated);
const codes = (names: string[]) => names.map((n) => matchMunicipality(n, reference.register)?.code);
const NORTH_JUTLAND = [851, 810, 813, 860, 849, 825, 846, 773, 840, 787, 820];

describe("evaluation summary (seed 004, OCR'd)", () => {
  it("mends the OCR slips in its cited title", () => {
    expect(x.document).toMatchObject({
      title: "Frikommuneforsøg II - konklusioner af kommunernes egne evalueringer",
      issuer: "Styrelsen for Arbejdsmarked og Rekruttering",
      kind: "evaluation_summary",
    });
  });

  it("reads both networks and all their (OCR-damaged) members", () => {
    const first = x.networks.filter((n) => n.source_line === 4);
    const second = x.networks.filter((n) => n.source_line === 9);
    expect(new Set(codes(first.map((n) => n.municipality_as_written)))).toEqual(new Set(NORTH_JUTLAND));
    expect(codes(second.map((n) => n.municipality_as_written))).toEqual([201, 151, 210, 250, 190, 270, 260, 217, 219]);
  });

  it("reads the nine trials of the table with the municipalities that ran them", () => {
    const byTrial = x.trials.map((t) => [
      t.source_line,
      codes(x.participation.filter((p) => p.title_as_written === t.title_as_written).map((p) => p.municipality_as_written)).sort(),
    ]);
    expect(byTrial).toEqual([
      [47, [...NORTH_JUTLAND].sort()],
      [97, [813, 825]],
      [117, [787, 840, 849, 851]],
      [146, [813, 825, 849, 851]],
      [187, [820]],
      [220, [...NORTH_JUTLAND].sort()],
      [260, [851]],
      [261, [787, 849]],
      [287, [787, 849]],
    ]);
  });

  it("reads the micro-loan participants and the extension to the end of 2023", () => {
    expect(x.outcomes.filter((o) => o.kind === "quantitative")).toEqual([
      expect.objectContaining({ title_as_written: "Mikrolan", value: 14, unit: "persons", source_line: 249, metric: "Participants in micro-loans" }),
    ]);
    expect(x.events[0]).toEqual(expect.objectContaining({ date: "2023-12-31", date_precision: "year", event: "extended_until", source_line: 14 }));
  });

  it("dates the evaluations' period (2021-2022, twice) and the external evaluation (fra 2020)", () => {
    expect(x.events.slice(1).map((e) => [e.date, e.date_precision, e.source_line])).toEqual([
      ["2021-01-01", "year", 20],
      ["2022-12-31", "year", 20],
      ["2021-01-01", "year", 21],
      ["2022-12-31", "year", 21],
      ["2020-01-01", "year", 28],
    ]);
  });

  it("fails naming the curated line when a cell's text is not where it says", () => {
    const bad = tsv.replace("Psykologbehand- … ling i jobcentrene\t261", "Psykologbehand- … ling i jobcentrene\t262");
    expect(() => parseEvaluationSummary(realSeed(file), { ...curated, text: bad })).toThrow(
      /evaluation_summary\.tsv:9: title "Psykologbehand- … ling i jobcentrene" not found in seeds\/004_850f78bee8af48a2\.txt lines 262–263/,
    );
  });

  it("fails when a curated range lies outside the table", () => {
    const bad = tsv.replace("\t301\t304", "\t301\t400");
    expect(() => parseEvaluationSummary(realSeed(file), { ...curated, text: bad })).toThrow(
      /evaluation_summary\.tsv:10: conclusions lines 301–400 are not inside the table/,
    );
  });
});
