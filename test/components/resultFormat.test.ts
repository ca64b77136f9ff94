import { describe, expect, it } from "vitest";
import { columnKind, columnsOf, formatTemporal, formatValue, temporalPrecision } from "../../src/components/notebook/resultFormat.ts";

describe("column kinds from Arrow type names", () => {
  it.each([
    ["Int32", "number"],
    ["Uint64", "number"],
    ["Float64", "number"],
    ["Decimal[38e+2]", "number"],
    ["Date32<DAY>", "temporal"],
    ["Date64<MILLISECOND>", "temporal"],
    ["Timestamp<MICROSECOND>", "temporal"],
    ["Utf8", "text"],
    ["LargeUtf8", "text"],
    ["Dictionary<Uint8, Utf8>", "text"],
    ["Bool", "boolean"],
    ["Interval<DAY_TIME>", "other"],
    ["Time32<MILLISECOND>", "other"],
    ["List<Utf8>", "other"],
    ["Struct<{a:Int32}>", "other"],
    ["Binary", "other"],
    ["Null", "other"],
  ] as const)("%s is %s", (type, kind) => {
    expect(columnKind(type)).toBe(kind);
  });

  it("reads a table's schema", () => {
    const schema = {
      fields: [
        { name: "status", type: { toString: () => "Utf8" } },
        { name: "n", type: "Float64" },
      ],
    };
    expect(columnsOf({ schema })).toEqual([
      { name: "status", type: "Utf8", kind: "text" },
      { name: "n", type: "Float64", kind: "number" },
    ]);
  });
});

describe("values as text, in Danish formats", () => {
  it("groups thousands from five digits, with a decimal comma", () => {
    expect(formatValue(100000, "number")).toBe("100.000");
    expect(formatValue(99999, "number")).toBe("99.999");
    expect(formatValue(2012, "number")).toBe("2012");
    expect(formatValue(2.5, "number")).toBe("2,5");
    expect(formatValue(1278.333333, "number")).toBe("1278,3333");
    expect(formatValue(-2500000, "number")).toBe("-2.500.000");
    expect(formatValue(12345678901234567890n, "number")).toBe("12.345.678.901.234.567.890");
  });

  it("writes dates as the sources do, with the time only when there is one", () => {
    expect(formatValue(Date.UTC(2012, 6, 1), "temporal")).toBe("1. juli 2012");
    expect(formatValue(new Date(Date.UTC(2015, 11, 31)), "temporal")).toBe("31. december 2015");
    expect(formatTemporal(Date.UTC(2021, 7, 26, 13, 4, 5))).toBe("26. august 2021 kl. 13.04.05");
    expect(formatTemporal(NaN)).toBe("NaN");
  });

  it("shows NULL, text verbatim (markup included), booleans, lists and structs", () => {
    expect(formatValue(null, "text")).toBe("NULL");
    expect(formatValue(undefined, "number")).toBe("NULL");
    expect(formatValue("<img src=x onerror=alert(1)>", "text")).toBe("<img src=x onerror=alert(1)>");
    expect(formatValue("Brønderslev", "text")).toBe("Brønderslev");
    expect(formatValue(true, "boolean")).toBe("true");
    expect(formatValue({ toJSON: () => ["economy", "staff"] }, "other")).toBe('["economy","staff"]');
    expect(formatValue({ toJSON: () => ({ a: 1n, b: null }) }, "other")).toBe('{"a":"1","b":null}');
  });
});

describe("dates at their column's precision", () => {
  const utc = (...parts: [number, number, number]) => Date.UTC(...parts);
  it("a column whose dates are all 1 January is years, all the 1st months, else days or times", () => {
    expect(temporalPrecision([utc(2012, 0, 1), null, utc(2016, 0, 1)])).toBe("year");
    expect(temporalPrecision([utc(2012, 0, 1), utc(2012, 6, 1)])).toBe("month");
    expect(temporalPrecision([utc(2012, 0, 1), utc(2012, 6, 2)])).toBe("day");
    expect(temporalPrecision([utc(2012, 0, 1), utc(2012, 0, 1) + 3_600_000])).toBe("time");
  });

  it("date_trunc('year', …) reads 2012, not 1. januar 2012", () => {
    const years = {
      schema: {
        fields: [
          { name: "year", type: "Date32<DAY>" },
          { name: "n", type: "Int32" },
        ],
      },
      numRows: 2,
      getChildAt: (i: number) => ({ get: (row: number) => (i === 0 ? [utc(2012, 0, 1), utc(2016, 0, 1)][row] : row) }),
    };
    const [year] = columnsOf(years);
    expect(year.precision).toBe("year");
    expect(formatValue(utc(2012, 0, 1), "temporal", year.precision)).toBe("2012");
    expect(formatValue(utc(2012, 6, 1), "temporal", "month")).toBe("juli 2012");
    expect(formatValue(utc(2012, 6, 1), "temporal")).toBe("1. juli 2012");
  });
});
