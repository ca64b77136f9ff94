/**
 * The general layer: what any document yields without knowing its layout. Trials of the catalogue
 * named anywhere (titles compared folded, so case, punctuation and hyphenation across line breaks do
 * not matter), dated statements, and reported figures — each with its lines and verbatim words.
 */
import { eventsIn } from "./events.ts";
import { findingsIn } from "./findings.ts";
import { markerPage } from "./pages.ts";
import { paragraphs, passage, sentences, spanOf } from "./prose.ts";
import { squash, type Seed } from "./seed.ts";
import { emptyExtract, mentionAt, type DocumentExtract, type Kind } from "./types.ts";

/** Shorter folded titles (`mikrolån`) occur in ordinary words; they are left to the layout parsers. */
const MIN_TITLE = 12;

/** Letters and digits of `text` in lower case, with the index in `text` each came from. */
function foldWithMap(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i].toLowerCase();
    if (/[\p{L}\d]/u.test(ch)) {
      folded += ch;
      at.push(i);
    }
  }
  return { folded, at };
}

export function readGeneral(seed: Seed, kind: Kind | "unknown", foldedTitles: Iterable<string>): DocumentExtract {
  const first = seed.lines.findIndex((l) => l.trim());
  const out = emptyExtract({
    title: squash(seed.lines[first] ?? ""), kind, issuer: null, published: null, published_precision: null, programme: null, source_line: null,
  });
  // Trial titles anywhere in the document, the longest first where one title contains another.
  const whole = passage(seed, 1, seed.lines.length);
  const { folded, at } = foldWithMap(whole.text);
  const found: Array<{ start: number; end: number }> = [];
  for (const title of foldedTitles) {
    if (title.length < MIN_TITLE) continue;
    for (let i = folded.indexOf(title); i >= 0; i = folded.indexOf(title, i + 1)) found.push({ start: i, end: i + title.length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let covered = -1;
  for (const f of found) {
    if (f.start < covered) continue;
    covered = f.end;
    const span = spanOf(whole, at[f.start], at[f.end - 1] + 1);
    out.trials.push(mentionAt(span.quote, span));
  }
  const furniture = repeatedPageHeads(seed);
  for (const line of furniture) out.skipped.push({ from: line, to: line, reason: "page header or footer, repeated" });
  // A PDF's page markers (`--- side 2 ---`) end a paragraph; they are skipped as markers, not read.
  const prose = { ...seed, lines: seed.lines.map((line) => (markerPage(line) === null ? line : "")) };
  for (const p of paragraphs(prose, 1, seed.lines.length)) {
    for (const s of sentences(p)) {
      if (furniture.has(s.source_line)) continue;
      out.events.push(...eventsIn(s, null, out.problems));
      out.outcomes.push(...findingsIn(s, { title_as_written: null, municipality_as_written: null }, out.problems).filter((o) => o.kind === "quantitative"));
    }
  }
  return out;
}

/**
 * A page's header or footer (`Side 2 af 2`, the meeting and its date) printed again on every later page:
 * the first is read, the repeats would state its date once per page. Returns the repeats' lines, each
 * page-numbered line with the line after it when that line also repeats (digits aside).
 */
function repeatedPageHeads(seed: Seed): Set<number> {
  const shape = (line: string) => squash(line).replace(/\d+/g, "#").toLowerCase();
  const seen = new Set<string>();
  const repeats = new Set<number>();
  seed.lines.forEach((line, i) => {
    if (!/\bside\s+\d+\s+(?:af|of)\s+\d+\b/i.test(line)) return;
    const key = `${shape(line)}\n${shape(seed.lines[i + 1] ?? "")}`;
    if (seen.has(key)) {
      repeats.add(i + 1);
      if (seed.lines[i + 1]?.trim()) repeats.add(i + 2);
    }
    seen.add(key);
  });
  return repeats;
}
