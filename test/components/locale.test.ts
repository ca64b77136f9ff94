import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatKr, formatList, formatNumber, formatTimeTick } from "../../src/components/text/locale.ts";
import { formatValue } from "../../src/components/notebook/resultFormat.ts";

// Issue 11: locale.ts and resultFormat.ts each had a formatNumber, and they disagreed (2.5 → "3" and 2012 →
// "2.012" in one, "2,5" and "2012" in the other). locale.ts now owns the rule, and the notebook uses it.
describe("numbers: one Danish rule for the whole site", () => {
  it("keeps decimals with a comma, never rounding them away", () => {
    expect(formatNumber(2.5)).toBe("2,5");
    expect(formatNumber(0.25)).toBe("0,25");
    expect(formatNumber(1278.333333)).toBe("1278,3333");
    expect(formatNumber(14)).toBe("14");
  });

  it("groups thousands with a point from five digits, so years and codes stay bare", () => {
    expect(formatNumber(2012)).toBe("2012");
    expect(formatNumber(791)).toBe("791");
    expect(formatNumber(1278)).toBe("1278");
    expect(formatNumber(9999)).toBe("9999");
    expect(formatNumber(10000)).toBe("10.000");
    expect(formatNumber(100000)).toBe("100.000");
    expect(formatNumber(-2500000)).toBe("-2.500.000");
    expect(formatNumber(12345678901234567890n)).toBe("12.345.678.901.234.567.890");
  });

  it("is the notebook's rule too", () => {
    for (const value of [2.5, 2012, 791, 100000, -720000]) expect(formatValue(value, "number")).toBe(formatNumber(value));
  });

  it("counts with their noun, singular only for one", () => {
    expect(formatCount(1, "row", "rows")).toBe("1 row");
    expect(formatCount(0, "row", "rows")).toBe("0 rows");
    expect(formatCount(100000, "row", "rows")).toBe("100.000 rows");
    expect(formatCount(7, "kommune", "kommuner")).toBe("7 kommuner");
  });
});

describe("kroner", () => {
  it("writes millions as mio. kr. with one decimal, smaller amounts in full", () => {
    expect(formatKr(2500000)).toBe("2,5 mio. kr.");
    expect(formatKr(3220000, true)).toBe("ca. 3,2 mio. kr.");
    expect(formatKr(1000000)).toBe("1 mio. kr.");
    expect(formatKr(720000, true)).toBe("ca. 720.000 kr.");
    expect(formatKr(-720000)).toBe("-720.000 kr.");
    expect(formatKr(-2500000)).toBe("-2,5 mio. kr.");
    expect(formatKr(2500)).toBe("2500 kr.");
    expect(formatKr(99.5)).toBe("99,5 kr.");
    expect(formatKr(0)).toBe("0 kr.");
  });
});

describe("dates at their precision", () => {
  const july = Date.UTC(2017, 6, 1);
  it("day, month and year", () => {
    expect(formatDate(july)).toBe("1. juli 2017");
    expect(formatDate(july, "day")).toBe("1. juli 2017");
    expect(formatDate(new Date(july), "month")).toBe("juli 2017");
    expect(formatDate(Date.UTC(2017, 0, 1), "year")).toBe("2017");
    expect(formatDate("2017-07-01", "day")).toBe("1. juli 2017");
  });

  it("a year anchored to 31 December is its end, as the loaders store `udgangen af 2022`", () => {
    expect(formatDate(Date.UTC(2022, 11, 31), "year")).toBe("udgangen af 2022");
    expect(formatDate(Date.UTC(2022, 11, 31), "day")).toBe("31. december 2022");
    // Vague dates keep their precision, from a start (first day) or an end (last day) alike.
    expect(formatDate(Date.UTC(2020, 2, 1), "season")).toBe("foråret 2020");
    expect(formatDate(Date.UTC(2020, 4, 31), "season")).toBe("foråret 2020");
    expect(formatDate(Date.UTC(2020, 5, 1), "season")).toBe("sommeren 2020");
    expect(formatDate(Date.UTC(2020, 10, 30), "season")).toBe("efteråret 2020");
    expect(formatDate(Date.UTC(2021, 0, 15), "season")).toBe("vinteren 2020");
    expect(formatDate(Date.UTC(2019, 6, 1), "quarter")).toBe("3. kvartal 2019");
    expect(formatDate(Date.UTC(2019, 11, 31), "quarter")).toBe("4. kvartal 2019");
    expect(formatDate(Date.UTC(2019, 0, 1), "half_year")).toBe("1. halvår 2019");
    expect(formatDate(Date.UTC(2019, 11, 31), "half_year")).toBe("2. halvår 2019");
  });

  it("the time only when asked; missing and unreadable dates", () => {
    expect(formatDate(Date.UTC(2021, 7, 26, 13, 4, 5), "time")).toBe("26. august 2021 kl. 13.04.05");
    expect(formatDate(Date.UTC(2021, 7, 26, 13, 4, 5))).toBe("26. august 2021");
    expect(formatDate(null)).toBe("–");
    expect(formatDate(undefined, "day")).toBe("–");
    expect(formatDate(NaN)).toBe("NaN");
  });

  it("time-axis ticks: the year on 1 January, else the short month", () => {
    expect(formatTimeTick(new Date(Date.UTC(2013, 0, 1)))).toBe("2013");
    expect(formatTimeTick(new Date(Date.UTC(2013, 0, 2)))).toBe("jan. 2013");
    expect(formatTimeTick(new Date(Date.UTC(2017, 6, 1)))).toBe("jul. 2017");
    expect(formatTimeTick(new Date(Date.UTC(2017, 4, 1)))).toBe("maj 2017");
  });
});

describe("lists in the pages' prose", () => {
  it("joins one, two and three items, keeping Danish names as they are", () => {
    expect(formatList(["Aalborg"])).toBe("Aalborg");
    expect(formatList(["Hjørring", "Læsø"])).toBe("Hjørring and Læsø");
    expect(formatList(new Set(["1. juli 2017", "foråret 2020", "31. december 2022"]))).toBe("1. juli 2017, foråret 2020, and 31. december 2022");
    expect(formatList([])).toBe("");
  });
});
