import { describe, expect, it } from "vitest";
import { matchMunicipality, splitNameList } from "../../loaders/municipalities.ts";
import { reference } from "./helpers.ts";

const { register } = reference;
const code = (name: string) => matchMunicipality(name, register)?.code ?? null;

describe("municipality register", () => {
  it("holds Denmark's 98 municipalities by region", () => {
    const byRegion = Object.fromEntries(
      ["Hovedstaden", "Syddanmark", "Midtjylland", "Sjælland", "Nordjylland"].map((r) => [
        r,
        register.municipalities.filter((m) => m.region === `Region ${r}`).length,
      ]),
    );
    expect(register.municipalities).toHaveLength(98);
    expect(byRegion).toEqual({ Hovedstaden: 29, Syddanmark: 22, Midtjylland: 19, Sjælland: 17, Nordjylland: 11 });
    expect(register.municipalities.find((m) => m.code === 851)?.name).toBe("Aalborg");
  });
});

describe("matchMunicipality", () => {
  it.each([
    // Every damaged spelling the seeds contain, with the official municipality it is.
    ["Brgnderslev", 810],
    ["Brenderslev", 810],
    ["Hjgrring", 860],
    ["Hjorring", 860],
    ["Leesg", 825],
    ["Laesg", 825],
    ["Laese", 825],
    ["Morsg", 773],
    ["Fures@", 190],
    ["Hillerad", 219],
    ["Allerad", 201],
    ["Halsnas", 260],
    ["Helsinger", 217],
  ])("repairs the OCR spelling %s → %i", (name, expected) => {
    expect(matchMunicipality(name, register)).toMatchObject({ code: expected, how: "ocr" });
  });

  it("matches official names exactly and known aliases", () => {
    expect(matchMunicipality("Vesthimmerland", register)).toMatchObject({ code: 820, how: "exact" });
    expect(matchMunicipality("Læsø", register)).toMatchObject({ code: 825, how: "exact" });
    expect(matchMunicipality("Vesthimmerlands", register)).toMatchObject({ code: 820, how: "alias" });
    expect(matchMunicipality("Mariager", register)).toMatchObject({ code: 846, how: "alias" });
    expect(code("Viborg")).toBe(791);
  });

  it("refuses names too far from any municipality, and does not guess between near ties", () => {
    expect(code("Xyzzy")).toBeNull();
    expect(code("Lyngby")).toBeNull();
    expect(code("Jobcenter")).toBeNull();
    expect(code("Nordby")).toBeNull();
  });
});

describe("splitNameList", () => {
  it("splits lists and joins words broken at line ends", () => {
    expect(splitNameList("Aalborg, Brgnderslev, Frede- rikshavn, Re- bild, Thisted og Vesthimmer- land")).toEqual([
      "Aalborg",
      "Brgnderslev",
      "Frederikshavn",
      "Rebild",
      "Thisted",
      "Vesthimmerland",
    ]);
    expect(splitNameList("Helsinger og Hillerad Kom- muner.")).toEqual(["Helsinger", "Hillerad"]);
  });
});

describe("splitNameList with joint names (issue 10)", () => {
  it("gives both municipalities of `Frederikshavn/Læsø`", () => {
    expect(splitNameList("Hjørring, Frederikshavn/Læsø og Gentofte/Gladsaxe Kommuner")).toEqual(["Hjørring", "Frederikshavn", "Læsø", "Gentofte", "Gladsaxe"]);
  });
});
