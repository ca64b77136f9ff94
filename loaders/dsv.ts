/** Curated CSV files read with d3-dsv (quoted cells, commas inside them), checked row by row. */
import { csvParseRows } from "d3-dsv";
import { SeedError } from "./seed.ts";

export type CsvRow = Record<string, string> & { line: string };

/**
 * Rows of a CSV file with a header, each with its line number. A row with the wrong number of cells,
 * or an empty cell in a `required` column, stops the build naming the file and line. Line numbers
 * count records, so they hold for files without line breaks inside quoted cells (all of `data/`).
 */
export function readCsv(text: string, file: string, required: readonly string[] = []): CsvRow[] {
  const [header, ...rows] = csvParseRows(text.replace(/^\uFEFF/, "").trimEnd());
  if (!header) throw new SeedError(file, null, "the file is empty");
  for (const column of required) if (!header.includes(column)) throw new SeedError(file, 1, `no column "${column}"`);
  return rows.map((cells, i) => {
    const line = i + 2;
    if (cells.length !== header.length) {
      throw new SeedError(file, line, `expected ${header.length} comma-separated cells, found ${cells.length}`);
    }
    const row = Object.fromEntries(header.map((h, k) => [h, cells[k]]));
    for (const column of required) if (!row[column].trim()) throw new SeedError(file, line, `column "${column}" is empty`);
    return { ...row, line: String(line) };
  });
}
