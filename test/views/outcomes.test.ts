// The outcomes page's views (src/components/views/outcomes.ts) over the base rows the build writes for
// the five seeds, checked against what the seeds say. test/views/views.test.ts checks that their SQL
// gives the same rows.
import { describe, expect, it } from "vitest";
import { baseRows } from "../../loaders/views.ts";
import { figures, findings, themeStatements, type Finding } from "../../src/components/views/outcomes.ts";
import { applyView, type ViewState } from "../../src/components/views/view.ts";
import { fiveSeedCorpus } from "../loaders/helpers.ts";

const { tables } = fiveSeedCorpus();
const figureBase = await baseRows(figures, tables);
const findingBase = await baseRows(findings, tables);
const selected = (state: ViewState) =>
  applyView(findings, findingBase.rows, state) as Array<Finding & { municipality_code: number | null; municipality: string }>;
/** Matrix cells: distinct row × theme pairs. */
const cells = (state: ViewState) => new Set(themeStatements(selected(state)).map((s) => `${s.row_label}|${s.theme}`)).size;

describe("the figures", () => {
  it("gives the six figures by unit, largest first, with the trial and line they come from", () => {
    const rows = applyView(figures, figureBase.rows);
    expect(rows.map((r) => [r.unit, r.value, r.approximate, r.doc_id.slice(0, 3), r.source_line])).toEqual([
      ["DKK", 2_500_000, true, "001", 276],
      ["DKK", 720_000, true, "001", 276],
      ["municipalities", 7, false, "001", 178],
      ["municipalities", 6, false, "001", 174],
      ["municipalities", 5, false, "001", 180],
      ["persons", 14, false, "004", 249],
    ]);
    expect(rows[5].trial).toBe("Mikrolån til opstart af virksomhed");
  });
});

describe("the findings", () => {
  // 121: seed 004's three lines about when its evaluations were made are dated statements, not findings.
  it("gives the 121 findings, programme by programme, the programme-wide row first, and 41 matrix cells", () => {
    const rows = selected({});
    expect(rows).toHaveLength(121);
    expect(rows.map((f) => f.programme)).toEqual([...rows.map((f) => f.programme)].sort());
    expect(rows[0].row_label).toBe("Programme-wide · Frikommuneforsøg I");
    expect(cells({})).toBe(41);
    // 113 finding–theme pairs; 42 findings match no theme.
    expect(themeStatements(rows)).toHaveLength(113);
    expect(rows.filter((f) => f.themes.length === 0)).toHaveLength(42);
    // Themes are lists, as DuckDB-WASM's rows give them once made plain.
    expect(rows.every((f) => Array.isArray(f.themes))).toBe(true);
  });

  it("filters by programme, by the municipality a finding speaks for or none, and by a word in any case", () => {
    expect(cells({ programme: "Frikommuneforsøg I" })).toBe(10);
    // 31 cells hold findings that speak for no single municipality.
    expect(cells({ municipality: "none" })).toBe(31);
    expect(selected({ municipality: "none" }).every((f) => f.municipality_code === null && f.municipality === "not attributed")).toBe(true);
    expect(selected({ q: "SYGEMELD" })).toHaveLength(2);
    expect(cells({ q: "sygemeld" })).toBe(3);
  });

  it("offers the programmes and the five municipalities the findings speak for, by name", () => {
    expect(findingBase.options.programme.map((p) => p.value)).toEqual(["Frikommuneforsøg I", "Frikommuneforsøg II"]);
    expect(findingBase.options.municipality.map((m) => m.label)).toEqual(["Aalborg", "Jammerbugt", "Rebild", "Thisted", "Viborg"]);
  });

  it("names the programme-wide rows in Danish for a Danish chart", () => {
    const rows = new Set(themeStatements(selected({}), "da").map((s) => s.row_label));
    expect(rows).toContain("Hele programmet · Frikommuneforsøg I");
    expect([...rows].some((r) => r.startsWith("Programme-wide"))).toBe(false);
  });
});
