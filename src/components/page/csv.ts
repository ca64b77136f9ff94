// Tables as CSV text: plain (comma, decimal point) and for Danish Excel (semicolon, decimal comma,
// UTF-8 with a byte-order mark so Excel reads æ, ø, å). Pure: no DOM, no libraries.
// Only the Excel flavour guards against formulas: the plain CSV is data for tools and keeps every
// value exactly as in the table.

export interface CsvColumn {
  name: string;
  /** DuckDB type from the schema (DATE values are epoch milliseconds or Date objects). */
  type: string;
}

interface Dialect {
  separator: string;
  decimal: string;
  /** Prefix text that a spreadsheet would read as a formula with `'` (OWASP's rule for CSV injection). */
  formulaSafe: boolean;
}

const PLAIN: Dialect = { separator: ",", decimal: ".", formulaSafe: false };
const EXCEL_DA: Dialect = { separator: ";", decimal: ",", formulaSafe: true };

/** First characters with which a spreadsheet starts a formula (or, tab and CR, hides one). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown, type: string, { separator, decimal, formulaSafe }: Dialect): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (type === "DATE") text = new Date(value as number | Date).toISOString().slice(0, 10);
  // A number stays a number, negative ones included: only text is neutralised.
  else if (typeof value === "number" || typeof value === "bigint") text = String(value).replace(".", decimal);
  else {
    text = typeof value === "object" && Symbol.iterator in (value as object) ? Array.from(value as Iterable<unknown>).join("|") : String(value);
    if (formulaSafe && FORMULA_START.test(text)) text = `'${text}`;
  }
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

function format(rows: Iterable<Record<string, unknown>>, columns: CsvColumn[], dialect: Dialect): string {
  const lines = [columns.map((c) => cell(c.name, "VARCHAR", dialect)).join(dialect.separator)];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c.name], c.type, dialect)).join(dialect.separator));
  return `${lines.join("\r\n")}\r\n`;
}

/** RFC 4180 CSV; lists are joined with `|`, dates written as YYYY-MM-DD. */
export function toCsv(rows: Iterable<Record<string, unknown>>, columns: CsvColumn[]): string {
  return format(rows, columns, PLAIN);
}

/** CSV as Danish Excel opens it: `;` between fields, `2,5` for decimals, BOM first, and no text cell
 *  starting with `=`, `+`, `-`, `@`, tab or CR (it gets a leading `'`). */
export function toExcelCsv(rows: Iterable<Record<string, unknown>>, columns: CsvColumn[]): string {
  return `\uFEFF${format(rows, columns, EXCEL_DA)}`;
}
