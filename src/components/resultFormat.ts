// How the SQL notebook reads a DuckDB result: the kind of each Arrow column, and every value as plain
// text in Danish formats (100.000 · 2,5 · 1. juli 2012). No imports, so it is unit-tested in Node.

export type ColumnKind = "number" | "temporal" | "text" | "boolean" | "other";

export interface ResultColumn {
  name: string;
  /** The Arrow type's name, e.g. Int32, Float64, Date32<DAY>, Utf8, List<Utf8>. */
  type: string;
  kind: ColumnKind;
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

/** The columns of an Arrow table (or anything with its schema). */
export function columnsOf(table: { schema: { fields: Array<{ name: string; type: unknown }> } }): ResultColumn[] {
  return table.schema.fields.map((field) => {
    const type = String(field.type);
    return { name: field.name, type, kind: columnKind(type) };
  });
}

// Thousands grouped from five digits: 100.000, but years and municipality codes stay 2012 and 791.
const grouped = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 4 });
const ungrouped = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 4, useGrouping: false });
const dayFormat = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeStyle: "medium", timeZone: "UTC" });
const DAY = 86_400_000;

/** 100000 → "100.000", 2.5 → "2,5", 2012 → "2012"; BigInt too. */
export function formatNumber(value: number | bigint): string {
  return (Math.abs(Number(value)) >= 10_000 ? grouped : ungrouped).format(value);
}

/** "1 row", "100.000 rows". */
export function formatRows(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? "row" : "rows"}`;
}

/** Dates (epoch milliseconds or Date, UTC) as "1. juli 2012", with the time only when there is one. */
export function formatTemporal(value: number | Date): string {
  const ms = +value;
  if (!Number.isFinite(ms)) return String(value);
  return ms % DAY === 0 ? dayFormat.format(ms) : timeFormat.format(ms);
}

/** Any cell of a result as the text the notebook shows; NULL as "NULL". */
export function formatValue(value: unknown, kind: ColumnKind): string {
  if (value === null || value === undefined) return "NULL";
  if (kind === "temporal" && (typeof value === "number" || value instanceof Date)) return formatTemporal(value);
  if (typeof value === "number" || typeof value === "bigint") return formatNumber(value);
  if (typeof value === "string") return value;
  // Lists (Arrow vectors) and structs (Arrow rows) have toJSON; BigInts inside them become plain digits.
  if (typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v));
  }
  return String(value);
}
