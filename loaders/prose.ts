/** Running text spread over seed lines: joining it, splitting it into sentences, and finding where each sits. */
import { SeedError, squash, type Seed } from "./seed.ts";
import type { Source } from "./types.ts";

export interface Passage {
  text: string;
  /** Seed line (1-based) of each character of `text`. */
  lineAt: (offset: number) => number;
  /** Where a table's rows begin in `text`: each row reads as a sentence of its own. */
  rows: number[];
}

/**
 * Joins the non-blank lines `from..to` with single spaces, remembering where each came from. Two layouts
 * are read the way they are meant:
 * - a text table's row whose first cell is empty continues the row above, cell by cell (a title wrapped
 *   in its column), so `| 2 | Ledighedsydelse … i 12. |` and `|   | måned … |` read as
 *   `| 2 | Ledighedsydelse … i 12. måned … |`;
 * - a table laid out with spaces (a PDF's layout text: three columns or more under a head) reads row by
 *   row, as a text table, a title wrapped in its column joined to its row;
 * - two columns printed side by side (OCR or a PDF's layout text: a gap of three or more spaces at the
 *   same place on several lines of a block, no line running across it) read column by column.
 */
export function passage(seed: Seed, from: number, to: number): Passage {
  const pieces: Piece[] = [];
  let block: number[] = [];
  for (let n = from; n <= to + 1; n++) {
    if (n <= to && !isBlank(seed.lines[n - 1])) {
      block.push(n);
      continue;
    }
    pieces.push(...(alignedTable(seed, block) ?? columns(seed, block) ?? tableRows(seed, block)));
    block = [];
  }
  return passageOf(pieces, from);
}

interface Piece {
  text: string;
  line: number;
  /** The first cell of a table's row: a sentence begins there. */
  row?: boolean;
}

/** A rule under a table's head (`|-----|:---|`). */
export const TABLE_RULE = /^[\s|:+-]+$/;

/** A table row's cells as pieces, `| cell` each, the first marked as where the row begins. */
const rowPieces = (cells: string[], line: number): Piece[][] => cells.map((c, i) => [{ text: c ? `| ${c}` : "|", line, row: i === 0 }]);

/** A block's lines as pieces, a text table's continuation rows merged into the row above. */
function tableRows(seed: Seed, block: number[]): Piece[] {
  const pieces: Piece[] = [];
  let row: Piece[][] | null = null;
  const flush = () => {
    for (const cell of row ?? []) pieces.push(...cell);
    row = null;
  };
  for (const n of block) {
    const line = squash(seed.lines[n - 1]);
    const cells = tableCells(line);
    if (cells && row && cells[0] === "" && cells.length === row.length && !TABLE_RULE.test(line)) {
      for (const [i, c] of cells.entries()) if (c) row[i].push({ text: c, line: n });
      continue;
    }
    flush();
    if (cells) row = rowPieces(cells, n);
    else pieces.push({ text: line, line: n });
  }
  flush();
  return pieces;
}

/** A line's runs of text between gaps of two spaces or more, with the column each starts at. */
const runs = (line: string) => [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ at: m.index, text: m[0] }));

/**
 * A block laid out as a table with spaces: a head of three cells or more and at least two rows of three,
 * each run of text in the column of the head's cell it starts under (give or take two characters), one run
 * per column. Its rows as pieces, `| cell` per cell as for a text table; a line holding only a first cell
 * in lower case continues the row above (`Fleksibilitet i tilrettelæggelsen af` / `opfølgningssamtaler`).
 * Null for any other block: a two-column page or table is read by `columns`.
 */
function alignedTable(seed: Seed, block: number[]): Piece[] | null {
  if (block.length < 3) return null;
  const lines = block.map((n) => seed.lines[n - 1].replace(/\t/g, "    ").trimEnd());
  const starts = runs(lines[0]).map((r) => r.at);
  if (starts.length < 3) return null;
  const cellsOf = (line: string): string[] | null => {
    const cells: string[] = starts.map(() => "");
    let last = -1;
    for (const r of runs(line)) {
      let column = starts.length - 1;
      while (column >= 0 && starts[column] > r.at + 2) column--;
      if (column <= last) return null;
      cells[column] = r.text;
      last = column;
    }
    return cells;
  };
  const rows = lines.map(cellsOf);
  if (rows.some((r) => r === null) || rows.slice(1).filter((r) => r!.filter(Boolean).length >= 3).length < 2) return null;
  const pieces: Piece[] = [];
  let row: Piece[][] = [];
  rows.forEach((cells, i) => {
    const line = block[i];
    const wraps = row.length > 0 && cells!.filter(Boolean).length === 1 && /^\p{Ll}/u.test(cells![0]);
    if (wraps) {
      row[0].push({ text: cells![0], line });
      return;
    }
    for (const cell of row) pieces.push(...cell);
    row = rowPieces(cells!, line);
  });
  for (const cell of row) pieces.push(...cell);
  return pieces;
}

/** Where a gap of three or more spaces after some text ends, on a line; null without one. */
const GAP = /^(\s*\S.*?\S?)\s{3,}(?=\S)/;

/**
 * A block printed in two columns, as pieces: the left column's lines, then the right's. Null unless at
 * least two lines have a gap ending at the same place (give or take two characters) and every other line
 * keeps to one side of it.
 */
function columns(seed: Seed, block: number[]): Piece[] | null {
  const lines = block.map((n) => seed.lines[n - 1].replace(/\t/g, "    ").trimEnd());
  if (lines.some((l) => tableCells(squash(l)))) return null;
  const gaps = lines.map((l) => l.match(GAP)?.[0].length ?? null);
  const at = gaps.filter((g): g is number => g !== null);
  if (at.length < 2 || Math.max(...at) - Math.min(...at) > 2) return null;
  const x = Math.min(...at);
  const leftOnly = (l: string) => l.length < x - 1;
  const rightOnly = (l: string) => l.length - l.trimStart().length >= x - 2;
  if (!lines.every((l, i) => gaps[i] !== null || leftOnly(l) || rightOnly(l))) return null;
  const left: Piece[] = [];
  const right: Piece[] = [];
  lines.forEach((l, i) => {
    const line = block[i];
    const split = gaps[i] ?? (rightOnly(l) ? 0 : l.length);
    if (squash(l.slice(0, split))) left.push({ text: squash(l.slice(0, split)), line });
    if (squash(l.slice(split))) right.push({ text: squash(l.slice(split)), line });
  });
  return [...left, ...right];
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
  const rows: number[] = [];
  for (const { text: piece, line, row } of pieces) {
    if (text) text += " ";
    starts.push([text.length, line]);
    if (row) rows.push(text.length);
    text += piece;
  }
  return {
    text,
    rows,
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

/**
 * Sentences and bullet items of a passage, each with its verbatim text and lines. A lettered or numbered
 * list item (`b) Fleksibilitet …`, `2) Mikrolån …`) after a sentence's end starts a new sentence, though
 * its marker is not upper case.
 */
export function sentences(p: Passage): Span[] {
  const spans: Span[] = [];
  const boundary = /(?<=[.!?])\s+(?=[\p{Lu}•\uf0b7])|(?<=[.!?:])\s+(?=(?:[a-zæøå]|\d{1,2})\)\s)|\s*[•\uf0b7]\s*/gu;
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
  const cuts = [...p.text.matchAll(boundary)].map((m) => ({ at: m.index!, text: m[0] }));
  for (const at of p.rows) if (at > 0 && !cuts.some((c) => c.at <= at && at <= c.at + c.text.length)) cuts.push({ at, text: "" });
  for (const cut of cuts.sort((a, b) => a.at - b.at)) {
    push(cut.at);
    // Once a list starts, the rest of the paragraph belongs to its items.
    isBullet ||= BULLET.test(cut.text);
    start = cut.at + cut.text.length;
  }
  push(p.text.length);
  return spans;
}

/**
 * A blank line inside a sentence: one blank line between a line that ends without a sentence's end and
 * one that goes on in lower case. Text taken from a PDF printed double-spaced has one after every line
 * (seed 003; a decision letter), and a sentence runs on across it.
 */
function wrapsAcross(seed: Seed, n: number, to: number): boolean {
  const [before, after] = [seed.lines[n - 2], seed.lines[n]];
  return n < to && !isBlank(before) && !isBlank(after) && !/[.:;!?]\s*$/.test(before) && /^\s*\p{Ll}/u.test(after);
}

/** Runs of lines `from..to` separated by paragraph breaks, as passages. */
export function paragraphs(seed: Seed, from: number, to: number, isBreak: (line: string) => boolean = isBlank): Passage[] {
  const out: Passage[] = [];
  let start: number | null = null;
  for (let n = from; n <= to + 1; n++) {
    const line = n <= to ? seed.lines[n - 1] : undefined;
    if (line !== undefined && start !== null && isBlank(line) && wrapsAcross(seed, n, to)) continue;
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
