import { describe, expect, it } from "vitest";
import { chartShape, MAX_BARS } from "../../src/components/chartShape.ts";
import type { ColumnKind } from "../../src/components/resultFormat.ts";

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
