/** Running text spread over seed lines: joining it, splitting it into sentences, and finding where each sits. */
import { SeedError, squash, type Seed } from "./seed.ts";
import type { Source } from "./types.ts";

export interface Passage {
  text: string;
  /** Seed line (1-based) of each character of `text`. */
  lineAt: (offset: number) => number;
}

/** Joins the non-blank lines `from..to` with single spaces, remembering where each came from. */
export function passage(seed: Seed, from: number, to: number): Passage {
  let text = "";
  const starts: Array<[offset: number, line: number]> = [];
  for (let n = from; n <= to; n++) {
    const line = squash(seed.lines[n - 1] ?? "");
    if (!line) continue;
    if (text) text += " ";
    starts.push([text.length, n]);
    text += line;
  }
  return {
    text,
    lineAt(offset) {
      // Binary search: passages can span a whole document.
      let lo = 0;
      let hi = starts.length - 1;
      if (hi < 0 || offset < starts[0][0]) return from;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid][0] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return starts[lo][1];
    },
  };
}

export interface Span extends Source {
  start: number;
  end: number;
  /** For a bullet item: the sentence ending in `:` that introduces its list, if any. */
  lead: string | null;
}

const BULLET = /[•\uf0b7]/;

/** Sentences and bullet items of a passage, each with its verbatim text and lines. */
export function sentences(p: Passage): Span[] {
  const spans: Span[] = [];
  const boundary = /(?<=[.!?])\s+(?=[\p{Lu}•\uf0b7])|\s*[•\uf0b7]\s*/gu;
  let start = 0;
  let isBullet = false;
  let lead: string | null = null;
  const push = (end: number) => {
    const raw = p.text.slice(start, end);
    const quote = raw.trim();
    if (!quote) return;
    const from = start + raw.length - raw.trimStart().length;
    spans.push({ ...spanOf(p, from, from + quote.length), lead: isBullet ? lead : null });
    if (!isBullet) lead = quote.endsWith(":") ? quote : null;
  };
  for (const m of p.text.matchAll(boundary)) {
    push(m.index!);
    // Once a list starts, the rest of the paragraph belongs to its items.
    isBullet ||= BULLET.test(m[0]);
    start = m.index! + m[0].length;
  }
  push(p.text.length);
  return spans;
}

/** Runs of lines `from..to` separated by paragraph breaks, as passages. */
export function paragraphs(seed: Seed, from: number, to: number, isBreak: (line: string) => boolean = isBlank): Passage[] {
  const out: Passage[] = [];
  let start: number | null = null;
  for (let n = from; n <= to + 1; n++) {
    const line = n <= to ? seed.lines[n - 1] : undefined;
    if (line === undefined || isBreak(line)) {
      if (start !== null) out.push(passage(seed, start, n - 1));
      start = null;
    } else if (start === null && !isBlank(line)) start = n;
  }
  return out.filter((p) => p.text);
}

export function spanOf(p: Passage, start: number, end: number): Span {
  return {
    start,
    end,
    lead: null,
    quote: p.text.slice(start, end),
    source_line: p.lineAt(start),
    source_line_end: p.lineAt(Math.max(start, end - 1)),
  };
}

/** Lines that hold only white space. */
export function isBlank(line: string | undefined): boolean {
  return !line?.trim();
}

/** Index of the first line (1-based, from `from`) whose text matches, or throws naming the file. */
export function findLine(seed: Seed, pattern: RegExp, from = 1): number {
  for (let n = from; n <= seed.lines.length; n++) if (pattern.test(seed.lines[n - 1])) return n;
  throw new SeedError(seed.file, from, `expected a line matching ${pattern} at or after this line`);
}
