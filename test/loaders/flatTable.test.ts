// A table whose first column is municipalities, flattened to a line per row (OCR, a PDF's text).
import { describe, expect, it } from "vitest";
import { flatTableFigures, yearColumnFigures } from "../../loaders/flatTable.ts";
import { readQuantities, unitOfHeads } from "../../loaders/numbers.ts";
import { reference } from "./helpers.ts";

const figures = (lines: string[]) =>
  flatTableFigures({ docId: "t", file: "seeds/t.txt", lines }, reference.register).map(
    (o) => `${o.source_line} ${o.municipality_as_written} ${o.value} ${o.unit}`,
  );

describe("flattened tables of municipalities and figures", () => {
  it("reads each row's figures as counts for its municipality, and the total's for none, in the heads' unit", () => {
    expect(
      figures(["Tabel 2", "Kommune Borgere i alt Heraf i job", "Hjørring 1.204 310", "Frederikshavn/Læsø 87 12", "I alt 1.291 322", "Kilde: egne tal"]),
    ).toEqual([
      "3 Hjørring 1204 persons",
      "3 Hjørring 310 persons",
      "4 Frederikshavn/Læsø 87 persons",
      "4 Frederikshavn/Læsø 12 persons",
      "5 null 1291 persons",
      "5 null 322 persons",
    ]);
  });

  it("stops at a row that is no municipality, and reads OCR's repaired names only as the register allows", () => {
    expect(figures(["Kommuner Sager", "Thisted 31", "Morsø 9", "Skagen 4", "Aalborg 118"])).toEqual(["2 Thisted 31 cases", "3 Morsø 9 cases"]);
  });

  it("reads nothing where the heads count money, shares or two things, or where only one municipality has a row", () => {
    expect(figures(["Kommune Besparelse kr.", "Aalborg 120.000", "Rebild 40.000"])).toEqual([]);
    expect(figures(["Kommune Andel i job (%)", "Aalborg 12", "Rebild 40"])).toEqual([]);
    expect(figures(["Kommune Sager Borgere", "Aalborg 12 10", "Rebild 4 4"])).toEqual([]);
    expect(figures(["Kommune Sager", "Aalborg 12", "", "Rebild 4"])).toEqual([]);
    expect(figures(["Mødested Sager", "Aalborg 12", "Rebild 4"])).toEqual([]);
  });

  it("knows one unit from column heads", () => {
    expect(unitOfHeads("Sager i alt  Heraf fritaget")).toBe("cases");
    expect(unitOfHeads("Deltagere  Borgere i job")).toBe("persons");
    expect(unitOfHeads("Lån i alt")).toBeNull();
  });

  it("counts pensioners as persons, OCR's 0 for ø included", () => {
    expect(readQuantities("fulgt op pa 14 f0rtidspensionister").quantities.map((q) => [q.value, q.unit])).toEqual([[14, "persons"]]);
  });
});

describe("a table of figures whose columns are years (issue 10, third round)", () => {
  const byYear = (lines: string[]) =>
    yearColumnFigures({ docId: "t", file: "seeds/t.txt", lines }).map((o) => `${o.source_line} ${o.value} ${o.unit} ${o.metric}`);
  const table = [
    "Tabel 5.1 Nøgletal",
    "",
    "                                                   2021        2022",
    "Samtaler holdt over telefon eller video           1.418       1.562",
    "Sager i rehabiliteringsteamet uden LÆ 265           131         147",
    "Andel i job (pct.)                                   34          41",
    "Udgift til lægeattester (kr.)                    96.500      88.300",
    "",
    "Kilde: egne opgørelser 2021 2022",
  ];

  it("reads each row's figures in the unit its label names, for the column's year, and not a row naming none", () => {
    expect(byYear(table)).toEqual([
      "4 1418 conversations Samtaler holdt over telefon eller video 2021",
      "4 1562 conversations Samtaler holdt over telefon eller video 2022",
      "5 131 cases Sager i rehabiliteringsteamet uden LÆ 265 2021",
      "5 147 cases Sager i rehabiliteringsteamet uden LÆ 265 2022",
      "7 96500 DKK Udgift til lægeattester (kr.) 2021",
      "7 88300 DKK Udgift til lægeattester (kr.) 2022",
    ]);
  });

  it("reads nothing under a head that is not years alone and in order, or from a row short of a figure", () => {
    expect(byYear(table.map((l) => l.replace("2021        2022", "2022        2021")))).toEqual([]);
    expect(byYear(["Forsøget 2021 2022", "Sager i alt   12   14"])).toEqual([]);
    expect(byYear(["      2021    2022", "Sager i alt   12"])).toEqual([]);
  });
});
