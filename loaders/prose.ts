/** Running text spread over seed lines: joining it, splitting it into sentences, and finding where each sits. */
import { SeedError, squash, type Seed } from "./seed.ts";
import type { Source } from "./types.ts";

export interface Passage {
  text: string;
  /** Seed line (1-based) of each character of `text`. */
  lineAt: (offset: number) => number;
}

/**
 * Joins the non-blank lines `from..to` with single spaces, remembering where each came from. A text
 * table's row whose first cell is empty continues the row above, cell by cell (a title wrapped in its
 * column), so each cell reads as one phrase: `| 2 | Ledighedsydelse … i 12. |` and `|   | måned … |`
 * read as `| 2 | Ledighedsydelse … i 12. måned … |`.
 */
export function passage(seed: Seed, from: number, to: number): Passage {
  const pieces: Piece[] = [];
  let row: Piece[][] | null = null;
  const flush = () => {
    for (const cell of row ?? []) pieces.push(...cell);
    row = null;
  };
  for (let n = from; n <= to; n++) {
    const line = squash(seed.lines[n - 1] ?? "");
    const cells = tableCells(line);
    if (cells && row && cells[0] === "" && cells.length === row.length && !/^[\s|:+-]+$/.test(line)) {
      for (const [i, c] of cells.entries()) if (c) row[i].push({ text: c, line: n });
      continue;
    }
    flush();
    if (cells) row = cells.map((c) => [{ text: c ? `| ${c}` : "|", line: n }]);
    else if (line) pieces.push({ text: line, line: n });
  }
  flush();
  return passageOf(pieces, from);
}

interface Piece {
  text: string;
  line: number;
}

/** The cells of a text table's row (`| 2 | Titel | 01.07.2018 |`), trimmed; null for any other line. */
function tableCells(line: string): string[] | null {
  if (!/^\|.*\|$/.test(line)) return null;
  return line
    .slice(1, -1)
    .split("|")
    .map((c) => c.trim());
}

/** Pieces of text joined with single spaces, each character remembering its piece's line. */
function passageOf(pieces: Piece[], from: number): Passage {
  let text = "";
  const starts: Array<[offset: number, line: number]> = [];
  for (const { text: piece, line } of pieces) {
    if (text) text += " ";
    starts.push([text.length, line]);
    text += piece;
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
    // A table's continued cell can put the end on an earlier line than the start.
    source_line_end: Math.max(p.lineAt(start), p.lineAt(Math.max(start, end - 1))),
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
