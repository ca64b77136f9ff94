// How the SQL notebook reads a DuckDB result: the kind of each Arrow column, and every value as plain
// text in the site's Danish formats (locale.ts: 100.000 · 2,5 · 1. juli 2012). Imports only locale.ts, so it
// is unit-tested in Node.
import { formatDate, formatNumber, hasTime } from "../text/locale.js";

export type ColumnKind = "number" | "temporal" | "text" | "boolean" | "other";

/** How finely a date column's values are given: every value on 1 January is a year (date_trunc('year', …)). */
export type Precision = "year" | "month" | "day" | "time";

export interface ResultColumn {
  name: string;
  /** The Arrow type's name, e.g. Int32, Float64, Date32<DAY>, Utf8, List<Utf8>. */
  type: string;
  kind: ColumnKind;
  /** Temporal columns: the finest precision among the column's values. */
  precision?: Precision;
}

/** The kind of an Arrow column from its type's name (`String(field.type)`). */
export function columnKind(arrowType: string): ColumnKind {
  // Anchored: Interval<DAY_TIME> is not an Int.
  if (/^((Int|Uint)\d+|Float\d+|Decimal\b.*)$/.test(arrowType)) return "number";
  if (/^(Date\d+|Timestamp)</.test(arrowType)) return "temporal";
  // DuckDB's ENUM arrives as a dictionary of strings.
  if (/^(Large)?Utf8$|^Dictionary<.*Utf8>$/.test(arrowType)) return "text";
  if (arrowType === "Bool") return "boolean";
  return "other";
}

/** The columns of an Arrow table (or anything with its schema); with its rows, each date column's precision. */
export function columnsOf(table: {
  schema: { fields: Array<{ name: string; type: unknown }> };
  numRows?: number;
  getChildAt?(index: number): { get(row: number): unknown } | null;
}): ResultColumn[] {
  return table.schema.fields.map((field, i) => {
    const type = String(field.type);
    const kind = columnKind(type);
    const vector = kind === "temporal" ? table.getChildAt?.(i) : null;
    if (!vector) return { name: field.name, type, kind };
    const values = Array.from({ length: table.numRows ?? 0 }, (_, row) => vector.get(row));
    return { name: field.name, type, kind, precision: temporalPrecision(values) };
  });
}

/** The finest precision the values need: "year" if every one is 1 January at midnight (UTC), "month" if the 1st, … */
export function temporalPrecision(values: Iterable<unknown>): Precision {
  let finest: Precision = "year";
  for (const value of values) {
    if (value === null || value === undefined) continue;
    const ms = +(value as number | Date);
    if (!Number.isFinite(ms)) continue;
    if (hasTime(ms)) return "time";
    const date = new Date(ms);
    if (date.getUTCDate() !== 1) finest = "day";
    else if (date.getUTCMonth() !== 0 && finest === "year") finest = "month";
  }
  return finest;
}

/**
 * A date cell (epoch milliseconds or Date, UTC) at its column's precision — "1. juli 2012", "juli 2012",
 * "2012" — with the time only when the value has one.
 */
export function formatTemporal(value: number | Date, precision?: Precision): string {
  return formatDate(value, hasTime(value) ? "time" : (precision ?? "day"));
}

/** Any cell of a result as the text the notebook shows; NULL as "NULL". `precision`: its date column's. */
export function formatValue(value: unknown, kind: ColumnKind, precision?: Precision): string {
  if (value === null || value === undefined) return "NULL";
  if (kind === "temporal" && (typeof value === "number" || value instanceof Date)) return formatTemporal(value, precision);
  if (typeof value === "number" || typeof value === "bigint") return formatNumber(value);
  if (typeof value === "string") return value;
  // Lists (Arrow vectors) and structs (Arrow rows) have toJSON; BigInts inside them become plain digits.
  if (typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v));
  }
  return String(value);
}
