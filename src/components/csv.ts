// Tables as CSV text: plain (comma, decimal point) and for Danish Excel (semicolon, decimal comma,
// UTF-8 with a byte-order mark so Excel reads æ, ø, å). Pure: no DOM, no libraries.

export interface CsvColumn {
  name: string;
  /** DuckDB type from the schema (DATE values are epoch milliseconds or Date objects). */
  type: string;
}

interface Dialect {
  separator: string;
  decimal: string;
}

const PLAIN: Dialect = { separator: ",", decimal: "." };
const EXCEL_DA: Dialect = { separator: ";", decimal: "," };

function cell(value: unknown, type: string, { separator, decimal }: Dialect): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (type === "DATE") text = new Date(value as number | Date).toISOString().slice(0, 10);
  else if (typeof value === "number" || typeof value === "bigint") text = String(value).replace(".", decimal);
  else if (typeof value === "object" && Symbol.iterator in (value as object)) text = Array.from(value as Iterable<unknown>).join("|");
  else text = String(value);
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

function format(rows: Iterable<Record<string, unknown>>, columns: CsvColumn[], dialect: Dialect): string {
  const lines = [columns.map((c) => cell(c.name, "VARCHAR", dialect)).join(dialect.separator)];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c.name], c.type, dialect)).join(dialect.separator));
  return lines.join("\r\n") + "\r\n";
}

/** RFC 4180 CSV; lists are joined with `|`, dates written as YYYY-MM-DD. */
export function toCsv(rows: Iterable<Record<string, unknown>>, columns: CsvColumn[]): string {
  return format(rows, columns, PLAIN);
}

/** CSV as Danish Excel opens it: `;` between fields, `2,5` for decimals, BOM first. */
export function toExcelCsv(rows: Iterable<Record<string, unknown>>, columns: CsvColumn[]): string {
  return "\uFEFF" + format(rows, columns, EXCEL_DA);
}
