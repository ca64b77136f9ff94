import { describe, expect, it } from "vitest";
import { parseDanishDate, readDates } from "../../loaders/dates.ts";
import { readNumber, readQuantities } from "../../loaders/numbers.ts";

const findQuantities = (text: string) => readQuantities(text).quantities;
import { themesOf } from "../../loaders/themes.ts";

describe("Danish dates", () => {
  it.each([
    ["1. okt. 2013", "2013-10-01", "day"],
    ["1.sept. 2013", "2013-09-01", "day"],
    ["31. dec 2015", "2015-12-31", "day"],
    ["26. marts 2014", "2014-03-26", "day"],
    ["1. januar 2014", "2014-01-01", "day"],
    ["4. februar 2021", "2021-02-04", "day"],
    ["Jan. 2014", "2014-01-01", "month"],
    ["udgangen af 2022", "2022-12-31", "year"],
  ])("%s → %s (%s)", (text, date, precision) => {
    expect(parseDanishDate(text)).toEqual({ date, precision });
  });

  it("rejects dates that do not exist and text that is not a date", () => {
    expect(() => parseDanishDate("31. juni 2014")).toThrow(/no such date/);
    expect(() => parseDanishDate("snart")).toThrow(/not a Danish date/);
    expect(() => parseDanishDate("1. juli 2012 til 31. dec. 2015")).toThrow(/not a Danish date/);
  });

  it("finds both ends of a period in order", () => {
    expect(readDates("1. juli 2012 til 31. dec. 2015").dates.map((d) => d.date)).toEqual(["2012-07-01", "2015-12-31"]);
  });
});

describe("Danish amounts and counts", () => {
  it("reads decimal commas and thousands points", () => {
    expect(readNumber("2,5")).toBe(2.5);
    expect(readNumber("720.000")).toBe(720000);
    expect(readNumber("72.00")).toEqual({ reason: expect.stringMatching(/thousands or decimals/) });
  });

  it("reads money with scale and ca.", () => {
    const [a, b] = findQuantities("sparet ca. 2,5 mio. kr. på ikke at forelægge sager, samt ca. 720.000 kr. på LÆ 265");
    expect(a).toMatchObject({ value: 2_500_000, unit: "DKK", approximate: true });
    expect(b).toMatchObject({ value: 720_000, unit: "DKK", approximate: true });
    expect(findQuantities("koster 1.200 kr.")[0]).toMatchObject({ value: 1200, approximate: false });
  });

  it("reads counted municipalities, persons and applications in words and digits", () => {
    expect(findQuantities("Seks kommuner har med forsøget")[0]).toMatchObject({ value: 6, unit: "municipalities" });
    expect(findQuantities("meget fa deltagere (14 borgere i alt)")[0]).toMatchObject({ value: 14, unit: "persons" });
    expect(findQuantities("imødekomme tre af jeres fire ansøgninger")[0]).toMatchObject({ value: 3, unit: "applications" });
    expect(findQuantities("alle 11 kommuner i region Nordjylland")[0]).toMatchObject({ value: 11, unit: "municipalities" });
  });
});

describe("outcome themes", () => {
  it("assigns themes by explicit keywords", () => {
    expect(themesOf("Forsøget har givet en administrativ lettelse for jobkonsulenterne")).toEqual(["administrative_relief", "staff"]);
    expect(themesOf("Kommunerne vurderedes at have sparet ca. 2,5 mio. kr.")).toEqual(["economy"]);
    expect(themesOf("Borgerne har oplevet kortere ventetid")).toEqual(["citizen_experience"]);
    expect(themesOf("Det har haft en positiv effekt.")).toEqual([]);
  });
});
