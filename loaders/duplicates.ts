/**
 * The same document saved twice must not count twice: a seed with the same text as an earlier one
 * (case, spacing, line breaks and page markers aside), or most of whose longer lines stand in an earlier
 * one, is a duplicate. The build skips it; `npm run add` refuses it.
 */
import { markerPage } from "./pages.ts";
import type { Seed } from "./seed.ts";

export interface Duplicate {
  file: string;
  /** The earlier document it repeats. */
  of: Seed;
  /** True when the folded texts are equal; otherwise `shared` of its `lines` longer lines are in `of`. */
  same: boolean;
  shared: number;
  lines: number;
  message: string;
}

/** More than this share of a document's distinct longer lines in another document makes it a copy. */
export const SHARED_LIMIT = 0.5;
/** Short lines (`Nej`, page numbers, footers) repeat across documents without making them copies. */
const MIN_LINE = 20;

/** Lines folded for comparison: case and spacing ignored, blank lines and page markers dropped. */
function folded(lines: string[]): string[] {
  return lines
    .filter((l) => markerPage(l) === null)
    .map((l) => l.toLowerCase().replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** The later of each pair of duplicates, in seed order; each checked against the documents kept before it. */
export function findDuplicates(seeds: Seed[]): Duplicate[] {
  const out: Duplicate[] = [];
  const texts = new Map<string, Seed>();
  // line → the kept documents holding it
  const holders = new Map<string, Seed[]>();
  for (const seed of seeds) {
    const mine = folded(seed.lines);
    const text = mine.join(" ");
    const lines = [...new Set(mine.filter((l) => l.length >= MIN_LINE))];
    const same = texts.get(text);
    if (same) {
      out.push({ file: seed.file, of: same, same: true, shared: lines.length, lines: lines.length, message: `${seed.file}: the same text as ${same.file}` });
      continue;
    }
    const shared = new Map<Seed, number>();
    for (const line of lines) for (const other of holders.get(line) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
    const [other, count] = [...shared].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    if (other && count > SHARED_LIMIT * lines.length) {
      out.push({
        file: seed.file,
        of: other,
        same: false,
        shared: count,
        lines: lines.length,
        message: `${seed.file}: ${count} of its ${lines.length} longer lines are also in ${other.file}`,
      });
      continue;
    }
    texts.set(text, seed);
    for (const line of lines) (holders.get(line) ?? holders.set(line, []).get(line)!).push(seed);
  }
  return out;
}

/** The seed a new document repeats, or null: the same check as the build's, with the new one last. */
export function duplicateOf(candidate: Seed, seeds: Seed[]): Duplicate | null {
  return findDuplicates([...seeds, candidate]).find((d) => d.file === candidate.file) ?? null;
}
