import { describe, expect, it } from "vitest";
import { breakAtGaps, chartShape, MAX_BARS } from "../../src/components/notebook/chartShape.ts";
import type { ColumnKind } from "../../src/components/notebook/resultFormat.ts";

const columns = (...kinds: Array<[string, ColumnKind]>) => kinds.map(([name, kind]) => ({ name, kind }));

describe("automatic chart", () => {
  it("draws a bar per category for one text or boolean column and one number, in either order", () => {
    expect(chartShape(columns(["status", "text"], ["n", "number"]), 5)).toEqual({ mark: "bar", key: "status", value: "n" });
    expect(chartShape(columns(["n", "number"], ["status", "text"]), 5)).toEqual({ mark: "bar", key: "status", value: "n" });
    expect(chartShape(columns(["approximate", "boolean"], ["n", "number"]), 2)).toEqual({ mark: "bar", key: "approximate", value: "n" });
  });

  it("draws a line for one date column and one number", () => {
    expect(chartShape(columns(["year", "temporal"], ["events", "number"]), 4)).toEqual({ mark: "line", key: "year", value: "events" });
  });

  it("draws nothing for other shapes", () => {
    expect(chartShape(columns(["n", "number"]), 1)).toBeNull();
    expect(chartShape(columns(["a", "number"], ["b", "number"]), 10)).toBeNull();
    expect(chartShape(columns(["a", "text"], ["b", "text"]), 10)).toBeNull();
    expect(chartShape(columns(["themes", "other"], ["n", "number"]), 10)).toBeNull();
    expect(chartShape(columns(["status", "text"], ["n", "number"], ["days", "number"]), 5)).toBeNull();
    // Duplicate names cannot be told apart in a row.
    expect(chartShape(columns(["x", "text"], ["x", "number"]), 5)).toBeNull();
  });

  it("draws nothing without rows, a line only through two points, and no more than MAX_BARS bars", () => {
    expect(chartShape(columns(["status", "text"], ["n", "number"]), 0)).toBeNull();
    expect(chartShape(columns(["year", "temporal"], ["n", "number"]), 1)).toBeNull();
    expect(chartShape(columns(["status", "text"], ["n", "number"]), MAX_BARS)).not.toBeNull();
    expect(chartShape(columns(["status", "text"], ["n", "number"]), MAX_BARS + 1)).toBeNull();
    expect(chartShape(columns(["day", "temporal"], ["n", "number"]), 100_000)?.mark).toBe("line");
  });
});

describe("a line over time breaks at missing years, months or days", () => {
  const at = (y: number, m = 0, d = 1) => ({ date: new Date(Date.UTC(y, m, d)), value: y });
  it("2012, 2013, 2016: joined 2012–2013, broken before 2016", () => {
    const line = breakAtGaps([at(2016), at(2012), at(2013)], "year");
    expect(line.map((p) => [p.date.getUTCFullYear(), p.value])).toEqual([
      [2012, 2012],
      [2013, 2013],
      [2014, null],
      [2016, 2016],
    ]);
  });
  it("months and days step by one; times are never broken", () => {
    expect(breakAtGaps([at(2012, 0), at(2012, 1), at(2012, 3)], "month").map((p) => p.value)).toEqual([2012, 2012, null, 2012]);
    expect(breakAtGaps([at(2012, 0, 1), at(2012, 0, 2), at(2012, 0, 9)], "day").map((p) => p.value)).toEqual([2012, 2012, null, 2012]);
    expect(breakAtGaps([at(2012), at(2020)], "time")).toHaveLength(2);
  });
});
