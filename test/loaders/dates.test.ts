import { describe, expect, it } from "vitest";
import { PLAUSIBLE_YEARS, readDates, readPeriods } from "../../loaders/dates.ts";

const one = (text: string, after?: string) => {
  const { dates, problems } = readDates(text, { after });
  expect(problems).toEqual([]);
  expect(dates).toHaveLength(1);
  const { date, precision, year_inferred } = dates[0];
  return { date, precision, year_inferred };
};

describe("readDates: the forms Danish documents use (issue 10)", () => {
  it.each([
    // Before: not found.
    ["26-08-2021", "2021-08-26", "day"],
    ["31.12.2022", "2022-12-31", "day"],
    ["26/8 2021", "2021-08-26", "day"],
    ["26/8-2021", "2021-08-26", "day"],
    ["2021-08-26", "2021-08-26", "day"],
    ["1. maj 2017", "2017-05-01", "day"],
    ["1.sept. 2013", "2013-09-01", "day"],
    ["september 2017", "2017-09-01", "month"],
    ["primo 2018", "2018-01-01", "year"],
    ["ultimo 2018", "2018-12-31", "year"],
    ["ultimo september 2017", "2017-09-30", "month"],
    ["udgangen af 2024", "2024-12-31", "year"],
    ["udgangen af februar 2024", "2024-02-29", "month"],
    // Vague dates keep their precision: a season is not 1 January. Before: not found.
    ["foråret 2020", "2020-03-01", "season"],
    ["sommeren 2020", "2020-06-01", "season"],
    ["efteråret 2020", "2020-09-01", "season"],
    // OCR reads å as a (issue 10's held-out documents). Before: not found.
    ["efteraret 2020", "2020-09-01", "season"],
    ["Foraret 2021", "2021-03-01", "season"],
    ["1. halvar 2019", "2019-01-01", "half_year"],
    ["1. halvår 2019", "2019-01-01", "half_year"],
    ["2. halvår 2019", "2019-07-01", "half_year"],
    ["3. kvartal 2019", "2019-07-01", "quarter"],
    // A year something runs from, and the edges of a year. Before: not found.
    ["siden 2020", "2020-01-01", "year"],
    ["fra 2018", "2018-01-01", "year"],
    ["i slutningen af 2020", "2020-12-31", "year"],
    ["i starten af 2019", "2019-01-01", "year"],
  ])("%s → %s (%s)", (text, date, precision) => {
    expect(one(`Det skete ${text}.`)).toEqual({ date, precision, year_inferred: false });
  });

  it("infers the year of `d. 1. maj` from the context and marks it inferred", () => {
    expect(one("mødet d. 1. maj", "2017-02-01")).toEqual({ date: "2017-05-01", precision: "day", year_inferred: true });
    expect(one("mødet d. 1. maj", "2017-06-01")).toEqual({ date: "2018-05-01", precision: "day", year_inferred: true });
    expect(readDates("mødet d. 1. maj").dates).toEqual([]);
  });

  it.each([
    // Before: a RangeError naming no file (build stack trace).
    ["31. februar 2012", /no such date/],
    ["30.02.2012", /no such date/],
    // Before: 2012-02-31, which a date column turns into 2 March.
    ["d. 31. februar", /no such date/],
    // Before: read as 2012.
    ["1. juli 20122", /implausible year 20122/],
    // Before: stored.
    ["1. juli 1912", /implausible year 1912/],
    ["foråret 1912", /implausible year/],
  ])("reports %s instead of storing it", (text, reason) => {
    const { dates, problems } = readDates(`Forsøget startede ${text} i kommunen`, { after: "2012-01-01" });
    expect(dates).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ text: expect.stringContaining(text.replace(/^d\. /, "")), reason: expect.stringMatching(reason) })]);
  });

  it("reads no season out of a longer word OCR left without å (forarbejdet, efterarbejde)", () => {
    for (const text of ["forarbejdet 2020 tog tid", "efterarbejde 2021 i jobcentret", "Vinterfora 2020"])
      expect(readDates(text)).toEqual({ dates: [], problems: [] });
  });

  it("reads no bare year that dates a figure, starts a range or is an amount", () => {
    for (const text of ["I 2021 blev der bestilt 312 attester", "fra 2012-2017", "fra 2016 til 2020", "steg fra 2500 kr. til 3000 kr.", "fra 1.000 borgere"]) {
      expect(readDates(text)).toEqual({ dates: [], problems: [] });
    }
  });

  it("states the plausible years in one place", () => {
    expect(PLAUSIBLE_YEARS).toEqual({ first: 2000, last: 2040 });
  });

  it("finds several dates in order with offsets", () => {
    const text = "fra 1. juli 2012 til 31. dec. 2015";
    expect(readDates(text).dates.map((d) => [d.date, text.slice(d.index, d.index + d.text.length)])).toEqual([
      ["2012-07-01", "1. juli 2012"],
      ["2015-12-31", "31. dec. 2015"],
    ]);
  });
});

describe("readPeriods", () => {
  const period = (text: string) => {
    const { periods, problems } = readPeriods(text);
    expect(problems).toEqual([]);
    expect(periods).toHaveLength(1);
    const { start, end } = periods[0];
    return [start && [start.date, start.precision], end && [end.date, end.precision]];
  };

  it.each([
    ["i perioden 2016 til 2020", ["2016-01-01", "year"], ["2020-12-31", "year"]],
    ["fra 2012-2017", ["2012-01-01", "year"], ["2017-12-31", "year"]],
    ["2016-2020", ["2016-01-01", "year"], ["2020-12-31", "year"]],
    ["1. juli 2012 til 31. dec. 2015", ["2012-07-01", "day"], ["2015-12-31", "day"]],
    ["1. okt. 2013 - 26. marts 2014", ["2013-10-01", "day"], ["2014-03-26", "day"]],
    ["fra foråret 2020 til udgangen af 2021", ["2020-03-01", "season"], ["2021-12-31", "year"]],
    ["frem til 2020", null, ["2020-12-31", "year"]],
    ["indtil 1. maj 2017", null, ["2017-05-01", "day"]],
    ["til og med september 2017", null, ["2017-09-30", "month"]],
    ["frem til 1. halvår 2019", null, ["2019-06-30", "half_year"]],
  ])("%s", (text, start, end) => {
    expect(period(`Forsøget løber ${text}.`)).toEqual([start, end]);
  });

  it("reports a period whose end precedes its start, and does not store it", () => {
    const { periods, problems } = readPeriods("Forsøget løb 1. juli 2015 til 31. dec. 2012.");
    expect(periods).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ text: "1. juli 2015 til 31. dec. 2012", reason: expect.stringMatching(/end .* before .* start/) })]);
    expect(readPeriods("i perioden 2020 til 2016").problems).toHaveLength(1);
  });

  it("does not read a two-digit parliamentary year or a law number as a period", () => {
    expect(readPeriods("Beskæftigelsesudvalget 2019-20, LÆ 265").periods).toEqual([]);
  });
});

describe("a period's end split by a column layout", () => {
  it("reports `- 31.` … `december 2021` instead of storing December 2021 (before: 2021-12-01, month)", () => {
    const r = readDates("1. januar 2018 - 31. forholdstalskravene december 2021");
    expect(r.dates.map((d) => d.date)).toEqual(["2018-01-01"]);
    expect(r.problems).toEqual([expect.objectContaining({ text: "december 2021", reason: expect.stringMatching(/stands apart/) })]);
  });
  it("still reads a month on its own", () => {
    expect(readDates("Forsøget startede i december 2021.").dates).toEqual([expect.objectContaining({ date: "2021-12-01", precision: "month" })]);
  });
});
