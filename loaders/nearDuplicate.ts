/**
 * Is a new document one the corpus already holds? The same text saved again (another name, other line
 * ends or spacing, a PDF of a text seed) would count every figure twice.
 */
import { markerPage } from "./pages.ts";
import type { Seed } from "./seed.ts";

/** Lines folded for comparison: case and spacing ignored, blank lines and page markers dropped. */
export function normalisedLines(lines: string[]): string[] {
  return lines.filter((l) => markerPage(l) === null).map((l) => l.toLowerCase().replace(/\s+/g, " ").trim()).filter(Boolean);
}

/** Short lines (`Periode`, `1.`, a page number) recur in unrelated documents; only longer ones count as shared. */
const MIN_SHARED_CHARS = 20;
/** More than this share of the new document's longer lines found in one seed: a duplicate. */
export const SHARED_LIMIT = 0.5;

export interface Duplicate {
  docId: string;
  file: string;
  /** True when the normalised texts are equal; otherwise most lines are shared. */
  same: boolean;
  shared: number;
  of: number;
}

/** The existing seed the new text duplicates, or null. */
export function findDuplicate(lines: string[], seeds: Seed[]): Duplicate | null {
  const mine = normalisedLines(lines);
  const text = mine.join("\n");
  const long = [...new Set(mine.filter((l) => l.length >= MIN_SHARED_CHARS))];
  let best: Duplicate | null = null;
  for (const seed of seeds) {
    const theirs = normalisedLines(seed.lines);
    if (theirs.join("\n") === text) return { docId: seed.docId, file: seed.file, same: true, shared: long.length, of: long.length };
    const set = new Set(theirs);
    const shared = long.filter((l) => set.has(l)).length;
    if (long.length && shared / long.length > SHARED_LIMIT && (!best || shared > best.shared)) {
      best = { docId: seed.docId, file: seed.file, same: false, shared, of: long.length };
    }
  }
  return best;
}
