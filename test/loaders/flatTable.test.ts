// A table whose first column is municipalities, flattened to a line per row (OCR, a PDF's text).
import { describe, expect, it } from "vitest";
import { flatTableFigures } from "../../loaders/flatTable.ts";
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
