// Whether rows a reader's edited query returned can be drawn by a view's chart: the chart reads the
// view's columns by name, so the result must have each of them, holding the same kind of value as the
// view's base rows (a date as epoch milliseconds, a list as a list). Extra columns are ignored. No
// imports, so the unit tests load it in Node.
import type { Row } from "./view.js";

type Kind = "number" | "text" | "true/false" | "list" | "BIGINT" | "other";

function kindOf(value: unknown): Kind {
  if (Array.isArray(value)) return "list";
  if (typeof value === "number") return "number";
  if (typeof value === "string") return "text";
  if (typeof value === "boolean") return "true/false";
  // DuckDB's BIGINT (count(*), sum of integers) arrives as a JavaScript bigint, which the charts cannot scale.
  if (typeof value === "bigint") return "BIGINT";
  return "other";
}

/** Each column's kind of value, from its first value that is not NULL; a column of NULLs only has none. */
function kinds(rows: readonly Row[], columns: readonly string[]): Map<string, Kind> {
  const found = new Map<string, Kind>();
  for (const column of columns) {
    const row = rows.find((r) => r[column] !== null && r[column] !== undefined);
    if (row) found.set(column, kindOf(row[column]));
  }
  return found;
}

/**
 * Why `rows` (with `columns`, in the result's order) cannot be drawn as the view's `base` rows are, or
 * null when they can. `base` is the view's base rows, whose first row lists every column.
 */
export function columnsMisfit(base: readonly Row[], columns: readonly string[], rows: readonly Row[]): string | null {
  const needed = Object.keys(base[0] ?? {});
  const missing = needed.filter((column) => !columns.includes(column));
  if (missing.length) return `The chart needs the column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}, which this result does not have.`;
  const want = kinds(base, needed);
  const have = kinds(rows, needed);
  const wrong = needed.filter((column) => want.has(column) && have.has(column) && want.get(column) !== have.get(column));
  if (wrong.length) {
    return `The chart needs ${wrong.map((column) => `${column} as ${want.get(column)}`).join(", ")}; this result has ${wrong.map((column) => have.get(column)).join(", ")}.`;
  }
  return null;
}
