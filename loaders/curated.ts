/** Facts stated by hand where a seed's layout defeats a parser; every one carries a verbatim quote. */
import { quoteLines, SeedError, squash, type Seed } from "./seed.ts";

/** Parses a tab-separated file with a header row; a row with the wrong number of cells names its line. */
export type TsvRow = Record<string, string> & { line: string };

export function parseTsv(text: string, file: string): TsvRow[] {
  const [header, ...rows] = text.replace(/\n$/, "").split(/\r?\n/);
  const columns = header.split("\t");
  return rows.map((row, i) => {
    const cells = row.split("\t");
    if (cells.length !== columns.length) {
      throw new SeedError(file, i + 2, `expected ${columns.length} tab-separated cells, found ${cells.length}`);
    }
    return { ...Object.fromEntries(columns.map((c, k) => [c, cells[k]])), line: String(i + 2) };
  });
}

/**
 * True when each fragment of `quote` (fragments joined by ` … ` where the seed's columns interleave)
 * occurs, in order, in lines `from..to` of the seed, white space folded.
 */
export function fragmentsOccur(seed: Seed, quote: string, from: number, to: number): boolean {
  const text = quoteLines(seed, from, to);
  let at = 0;
  for (const fragment of quote.split(" … ").map(squash)) {
    const found = text.indexOf(fragment, at);
    if (found < 0) return false;
    at = found + fragment.length;
  }
  return true;
}

/** Checks a curated row's quote against its seed, or throws naming the curated file's line. */
export function verifyQuote(seed: Seed, row: TsvRow, file: string): void {
  const from = Number(row.source_line);
  const to = Number(row.source_line_end);
  if (!(from >= 1 && to >= from && to <= seed.lines.length)) {
    throw new SeedError(file, Number(row.line), `lines ${row.source_line}–${row.source_line_end} are not inside ${seed.file}`);
  }
  if (!fragmentsOccur(seed, row.quote, from, to)) {
    throw new SeedError(file, Number(row.line), `quote not found in ${seed.file} lines ${from}–${to}: "${row.quote}"`);
  }
}
