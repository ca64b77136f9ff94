/**
 * The same document saved twice must not count twice: a seed with the same text as an earlier one
 * (white space and case aside), or most of whose lines stand in an earlier one, is a duplicate.
 */
import type { Seed } from "./seed.ts";

export interface Duplicate {
  file: string;
  of: string;
  message: string;
}

/** More than this share of a document's distinct lines in another document makes it a copy. */
const SHARED = 0.5;
/** Short lines (`Nej`, page numbers, footers) repeat across documents without making them copies. */
const MIN_LINE = 20;

const normal = (line: string) => line.toLowerCase().replace(/\s+/g, " ").trim();

/** The later of each pair of duplicates, in seed order; each checked against the documents kept before it. */
export function findDuplicates(seeds: Seed[]): Duplicate[] {
  const out: Duplicate[] = [];
  const texts = new Map<string, Seed>();
  // line → the kept documents holding it
  const holders = new Map<string, Seed[]>();
  for (const seed of seeds) {
    const text = normal(seed.lines.join(" "));
    const same = texts.get(text);
    if (same) {
      out.push({ file: seed.file, of: same.file, message: `${seed.file}: the same text as ${same.file}; skipped as a duplicate` });
      continue;
    }
    const lines = [...new Set(seed.lines.map(normal).filter((l) => l.length >= MIN_LINE))];
    const shared = new Map<Seed, number>();
    for (const line of lines) for (const other of holders.get(line) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
    const [other, count] = [...shared].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    if (other && count > SHARED * lines.length) {
      out.push({ file: seed.file, of: other.file, message: `${seed.file}: ${count} of its ${lines.length} lines are also in ${other.file}; skipped as a duplicate` });
      continue;
    }
    texts.set(text, seed);
    for (const line of lines) (holders.get(line) ?? holders.set(line, []).get(line)!).push(seed);
  }
  return out;
}
