/** Issue 10: municipality names in every common form, a stop-list of other places, and finding names in free text. */
import { describe, expect, it } from "vitest";
import { findMunicipalities, fold, matchMunicipalities, matchMunicipality, parseRegister } from "../../loaders/municipalities.ts";
import { dataFile, reference } from "./helpers.ts";

const { register } = reference;
const code = (name: string) => matchMunicipality(name, register)?.code ?? null;

describe("matchMunicipality: forms of the 98 names", () => {
  it("matches every official name, with Kommune/kommune, and in the genitive", () => {
    for (const m of register.municipalities) {
      expect([code(m.name), code(`${m.name} Kommune`), code(`${m.name} kommune`)]).toEqual([m.code, m.code, m.code]);
      if (!m.name.endsWith("s"))
        expect(matchMunicipality(`${m.name}s`, register)).toMatchObject({ code: m.code, how: expect.stringMatching(/^(?:exact|alias)$/) });
    }
  });

  it.each([
    // Before: an OCR repair at distance 1.
    ["Hjørrings", 860],
    ["Hjørrings Kommune", 860],
    ["Mors", 773],
    ["Morsø", 773],
    ["Mariager", 846],
    ["Mariagerfjord", 846],
    ["Århus", 751],
    ["Aarhus Kommune", 751],
    ["Høje Taastrup", 169],
    ["Høje-Taastrup Kommune", 169],
    ["Brønderslev-Dronninglund", 810],
  ])("%s → %i", (name, expected) => {
    expect(code(name)).toBe(expected);
  });

  it("reads joint names as two municipalities", () => {
    expect(matchMunicipalities("Frederikshavn/Læsø", register)?.map((m) => m.code)).toEqual([813, 825]);
    expect(matchMunicipalities("Gentofte/Gladsaxe Kommuner", register)?.map((m) => m.code)).toEqual([157, 159]);
    expect(matchMunicipalities("Hjørring", register)?.map((m) => m.code)).toEqual([860]);
    expect(matchMunicipalities("Gentofte/Holland", register)).toBeNull();
  });
});

describe("places that are not municipalities", () => {
  it.each([
    // Before: Frederiksborg (the former county) → Frederiksberg, Holland → Lolland.
    "Frederiksborg",
    "Frederiksborg Amt",
    "Holland",
    "Roskilde Amt",
    "Nordjyllands Amt",
    "Tyskland",
    "Sverige",
    "Norge",
    "Nørresundby",
    "Hals",
    "Løkken",
    "Nordjylland",
    "Region Nordjylland",
  ])("%s is no municipality", (name) => {
    expect(matchMunicipality(name, register)).toBeNull();
  });

  it("still repairs OCR damage next to exactly one official name", () => {
    expect(matchMunicipality("Hjgrring", register)).toMatchObject({ code: 860, how: "ocr" });
    expect(matchMunicipality("Frederiksbcrg", register)).toMatchObject({ code: 147, how: "ocr" });
  });

  it("lists no official name or alias as another place", () => {
    const places = parseRegister(
      dataFile("data/municipalities.csv"),
      dataFile("data/municipality_aliases.csv"),
      dataFile("data/places_not_municipalities.csv"),
    );
    for (const m of register.municipalities) expect(places.notMunicipalities.has(fold(m.name))).toBe(false);
    for (const alias of places.aliases.keys()) expect(places.notMunicipalities.has(alias)).toBe(false);
    expect(places.notMunicipalities.size).toBeGreaterThan(40);
  });
});

describe("findMunicipalities: mentions in free text", () => {
  const found = (text: string) => findMunicipalities(text, register).map((m) => [m.as_written, m.matches.map((x) => x.code), text.slice(m.index, m.end)]);

  it("finds names with their codes and offsets, as written", () => {
    expect(found("Forsøget blev gennemført i Hjørring og Frederikshavn/Læsø Kommuner samt i Høje Taastrup.")).toEqual([
      ["Hjørring", [860], "Hjørring"],
      ["Frederikshavn/Læsø Kommuner", [813, 825], "Frederikshavn/Læsø Kommuner"],
      ["Høje Taastrup", [169], "Høje Taastrup"],
    ]);
  });

  it("finds genitives, Kommune forms and OCR damage before Kommune", () => {
    expect(found("Vesthimmerlands Kommune og Hjgrring Kommune samt Aalborgs jobcenter")).toEqual([
      ["Vesthimmerlands Kommune", [820], "Vesthimmerlands Kommune"],
      ["Hjgrring Kommune", [860], "Hjgrring Kommune"],
      ["Aalborgs", [851], "Aalborgs"],
    ]);
  });

  it("marks a genitive, which qualifies the word after it (`Viborg Kommunes oversigt`)", () => {
    const marks = (text: string) => findMunicipalities(text, register).map((m) => [m.as_written, m.genitive]);
    expect(marks("Hjørrings forsøg, Viborg Kommunes oversigt, Vesthimmerlands Kommune og Thisted")).toEqual([
      ["Hjørrings", true],
      ["Viborg", true],
      ["Vesthimmerlands Kommune", false],
      ["Thisted", false],
    ]);
    expect(marks("Aarhus’ forsøg og Bornholms Regionskommune, som Aarhus ’fulgte’")).toEqual([
      ["Aarhus", true],
      ["Bornholms Regionskommune", false],
      ["Aarhus", false],
    ]);
  });

  it("skips counties, regions, countries, towns and words that only look like names", () => {
    expect(found("I Frederiksborg Amt, Region Nordjylland, Holland og Nørresundby. Fase to. Vejen til job er lang.")).toEqual([]);
    expect(found("Borgere i Roskilde Amt og i Roskilde Kommune")).toEqual([["Roskilde Kommune", [265], "Roskilde Kommune"]]);
    expect(found("Vejen Kommune deltog, og det gjorde de i Vejen også.")).toEqual([
      ["Vejen Kommune", [575], "Vejen Kommune"],
      ["Vejen", [575], "Vejen"],
    ]);
  });
});

describe("register files read as CSV (d3-dsv)", () => {
  const municipalities = dataFile("data/municipalities.csv");
  const aliases = dataFile("data/municipality_aliases.csv");
  const places = dataFile("data/places_not_municipalities.csv");

  it("reads quoted cells holding commas", () => {
    const r = parseRegister(municipalities, `${aliases.trimEnd()}\nBrønderslev-D.,810,"short form, seen in OCR"\n`, places);
    expect(r.aliases.get("broenderslevd")).toBe(810);
  });

  it("names the file and line of a row with a missing cell", () => {
    const broken = municipalities.replace("147,0147,Frederiksberg,Frederiksberg,1084,Region Hovedstaden,DK-84", "147,0147,Frederiksberg");
    expect(() => parseRegister(broken, aliases, places)).toThrow("data/municipalities.csv:3: expected 7 comma-separated cells, found 3");
    expect(() => parseRegister(municipalities, "alias,kommunekode,why\nMors,,short\n", places)).toThrow(
      'data/municipality_aliases.csv:2: column "kommunekode" is empty',
    );
  });
});
