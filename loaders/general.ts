/**
 * The general layer: what any document yields without knowing its layout. Trials of the catalogue
 * named anywhere (titles compared folded, so case, punctuation and hyphenation across line breaks do
 * not matter), dated statements, reported figures, decisions on applications, and who took part in
 * what — each with its lines and verbatim words.
 */
import { tableDecisionsIn } from "./decisionTable.ts";
import { decisionsIn, type DecisionRead } from "./decisionWording.ts";
import { eventsIn } from "./events.ts";
import { findingsIn } from "./findings.ts";
import { flatTableFigures, yearColumnFigures } from "./flatTable.ts";
import { findMunicipalities, type MunicipalityMention, type Register } from "./municipalities.ts";
import { UNITS } from "./numbers.ts";
import { markerPage } from "./pages.ts";
import { paragraphs, passage, sentences, spanOf, TABLE_RULE, type Passage, type Span } from "./prose.ts";
import { foldChar, longestNameAt, networkByWords, SHORT_NAME_AFTER, shortNameAt } from "./reference.ts";
import { squash, type Seed } from "./seed.ts";
import { takingPart } from "./takingPart.ts";
import { emptyExtract, mentionAt, type DocumentExtract, type Kind } from "./types.ts";

/** What the general layer needs of the reference data (see `Reference`). */
export interface GeneralReference {
  /** Folded trial title as written → trial_id. */
  trialTitles: Map<string, string>;
  /** Folded network name as written → network. */
  networks: Map<string, string>;
  /** A trial's short names, folded → trial_id (`Reference.trialShortNames`). */
  trialShortNames?: Map<string, string>;
  register: Register;
}

/** A catalogue phrase (a trial's title, a network's name) found in a passage. */
export interface Hit {
  /** Offsets in the passage's text. */
  start: number;
  end: number;
  /** What it names: the trial_id, or the network. */
  id: string;
  /** The words as written, which resolve to `id` again when folded. */
  as_written: string;
}

/** A paragraph with what the general layer found in it, offsets in its passage's text. */
export interface Paragraph {
  passage: Passage;
  sentences: Span[];
  /** Where a sentence's own words begin, after a heading line it runs on from (`opensAfterHeadings`). */
  opens: (s: Span) => number;
  trials: Hit[];
  networks: Hit[];
  municipalities: MunicipalityMention[];
}

const ALL_UNITS = new Set(UNITS);

/** Shorter folded titles (`mikrolån`) occur in ordinary words; they are left to the layout parsers. */
const MIN_TITLE = 12;

/** `text` folded as titles are (foldTitle), with the index in `text` each folded character came from. */
function foldWithMap(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const ch of foldChar(text, i)) {
      folded += ch;
      at.push(i);
    }
  }
  return { folded, at };
}

/** Catalogue phrases grouped by their first KEY folded characters, so a passage is scanned once, not once per phrase. */
const KEY = 6;
type PhraseIndex = Map<string, Array<[phrase: string, id: string]>>;
const indexes = new WeakMap<Map<string, string>, { size: number; index: PhraseIndex }>();

function phraseIndex(phrases: Map<string, string>): PhraseIndex {
  const cached = indexes.get(phrases);
  if (cached?.size === phrases.size) return cached.index;
  const index: PhraseIndex = new Map();
  for (const [phrase, id] of phrases) {
    if (phrase.length < MIN_TITLE) continue;
    const key = phrase.slice(0, KEY);
    const bucket = index.get(key);
    if (bucket) bucket.push([phrase, id]);
    else index.set(key, [[phrase, id]]);
  }
  indexes.set(phrases, { size: phrases.size, index });
  return index;
}

/** Every phrase of `phrases` (folded → what it names) in the passage, the longest where one contains another. */
function phrasesIn(p: Passage, phrases: Map<string, string>): Hit[] {
  const { folded, at } = foldWithMap(p.text);
  const index = phraseIndex(phrases);
  const found: Array<{ start: number; end: number; id: string }> = [];
  for (let i = 0; i + MIN_TITLE <= folded.length; i++) {
    for (const [phrase, id] of index.get(folded.slice(i, i + KEY)) ?? []) {
      if (folded.startsWith(phrase, i)) found.push({ start: i, end: i + phrase.length, id });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: Hit[] = [];
  let covered = -1;
  for (const f of found) {
    if (f.start < covered) continue;
    covered = f.end;
    const [start, end] = [at[f.start], at[f.end - 1] + 1];
    hits.push({ start, end, id: f.id, as_written: p.text.slice(start, end) });
  }
  return hits;
}

const SHORT_NAME = new RegExp(SHORT_NAME_AFTER, "giu");

/**
 * Catalogue titles in the passage (`phrasesIn`) and trials named by a short name after `forsøget med`
 * (`forsøget med opfølgningssamtaler`, `forsøget med LÆ 265`: `shortNameAt`) where no title stands.
 */
function trialsIn(p: Passage, ref: GeneralReference): Hit[] {
  const titles = phrasesIn(p, ref.trialTitles);
  if (!ref.trialShortNames?.size) return titles;
  const short: Hit[] = [];
  for (const m of p.text.matchAll(SHORT_NAME)) {
    const found = shortNameAt(p.text, m.index + m[0].length, ref.trialShortNames);
    if (!found || titles.some((t) => t.start < found.end && m.index < t.end)) continue;
    short.push({ start: m.index, end: found.end, id: found.id, as_written: p.text.slice(m.index, found.end) });
  }
  return short.length ? [...titles, ...short].sort((a, b) => a.start - b.start) : titles;
}

/** `Frikommunenetværket om en mere fleksibel beskæftigelsesindsats`: a network by some words of its name (networkByWords). */
const NETWORK_ABOUT = /(?<!\p{L})(?:frikommune)?netværk(?:et)?\s+(?:om|for|vedr\.|vedrørende)\s+/giu;

/** Network names in the passage: as the catalogue writes them, or shortened after `netværket om`, the longest that names one. */
function networksIn(p: Passage, networks: Map<string, string>): Hit[] {
  const named = phrasesIn(p, networks);
  for (const m of p.text.matchAll(NETWORK_ABOUT)) {
    const from = m.index + m[0].length;
    if (named.some((n) => n.start < from + 1 && from < n.end)) continue;
    const found = longestNameAt(p.text, from, 10, 2, (words) => networkByWords(words.join(" "), networks));
    if (found) named.push({ start: from, end: found.end, id: found.id, as_written: p.text.slice(from, found.end) });
  }
  return named.sort((a, b) => a.start - b.start);
}

export function readGeneral(seed: Seed, kind: Kind | "unknown", ref: GeneralReference): DocumentExtract {
  const first = seed.lines.findIndex((l) => l.trim());
  const out = emptyExtract({
    title: squash(seed.lines[first] ?? ""),
    kind,
    issuer: null,
    published: null,
    published_precision: null,
    programme: null,
    source_line: null,
  });
  // Trial titles anywhere in the document, across paragraph and page breaks.
  const whole = passage(seed, 1, seed.lines.length);
  const named = trialsIn(whole, ref).map((hit) => ({ hit, at: spanOf(whole, hit.start, hit.end) }));
  for (const { hit, at } of named) out.trials.push(mentionAt(hit.as_written, at));
  const furniture = repeatedPageHeads(seed);
  for (const line of furniture) out.skipped.push({ from: line, to: line, reason: "page header or footer, repeated" });
  // A PDF's page markers (`--- side 2 ---`) and repeated page heads end a paragraph; they are skipped, not read.
  const prose = { ...seed, lines: seed.lines.map((line, i) => (markerPage(line) === null && !furniture.has(i + 1) ? line : "")) };
  const paras: Paragraph[] = paragraphs(prose, 1, seed.lines.length).map((p) => ({
    passage: p,
    sentences: sentences(p),
    opens: opensAfterHeadings(p),
    trials: trialsIn(p, ref),
    networks: networksIn(p, ref.networks),
    municipalities: findMunicipalities(p.text, ref.register),
  }));
  leadAcrossParagraphs(paras);
  for (const p of paras) {
    const trialOf = trialsReferredTo(p);
    for (const s of p.sentences) {
      if (isTableHead(p, s)) out.skipped.push({ from: s.source_line, to: s.source_line_end, reason: "a table's head or rule" });
      const trial = trialOf(s);
      out.events.push(...eventsIn(s, null, out.problems, { trialWording: true }).map((e) => ({ ...e, title_as_written: trial?.as_written ?? null })));
      const subject = { title_as_written: null, municipality_as_written: reporter(p, s) };
      // Without a layout to say which figures are results, every count is kept with its sentence; not
      // those in a trial's title (`… inden for 18 måneder`).
      const titles = p.trials.filter((t) => t.start < s.end && s.start < t.end).map((t) => ({ start: t.start - s.start, end: t.end - s.start }));
      out.outcomes.push(...findingsIn(s, subject, out.problems, ALL_UNITS, titles).filter((o) => o.kind === "quantitative"));
    }
  }
  out.outcomes.push(...flatTableFigures(seed, ref.register), ...yearColumnFigures(seed));
  const inProse = decisionsIn(seed, paras, out.problems);
  const saidOf = (d: DecisionRead) => `${d.trial?.id ?? d.statement.application} ${d.statement.decision}`;
  const said = new Set(inProse.map(saidOf));
  const decisions = [...inProse, ...tableDecisionsIn(seed, named).filter((d) => !said.has(saidOf(d)))];
  out.decisions.push(...decisions.map((d) => d.statement));
  // An application decided under its own heading names a trial, in the catalogue or not: one it lacks
  // becomes a provisional trial with a proposed id, listed for review.
  for (const { trial, heading } of decisions) if (heading && !trial) out.trials.push(mentionAt(heading.title, heading));
  const taken = takingPart(seed, paras, decisions, ref.register);
  out.participation.push(...taken.participation);
  out.networks.push(...taken.networks);
  return out;
}

// `Forsøget`, `Det`, `Dette forsøg` without a title: the trial last named; so is the unnamed subject of
// a list item's sentence opening with a verb of going on or ending (`Forlænges til 31.12.2023.`) and
// `det` right after such a verb (`Med udkastet forlænges det frem til 2023.`). `Forsøget med …` names a
// trial of its own, one the catalogue may lack.
const GOES_ON_OR_ENDS = String.raw`(?:Forl|forl)\S{0,2}n[gq](?:es|et)|(?:Forts|forts)(?:æ|ae)tt(?:es|er)|(?:Videref|videref)(?:ø|o|0)r(?:es|t)|(?:Udl|udl)øb(?:er)?|(?:Oph|oph)ører`;
const REFERS_BACK = new RegExp(
  String.raw`^(?:Forsøget|Det|Dette(?:\s+forsøg)?)\b|\bforsøget\b|^(?:${GOES_ON_OR_ENDS})(?!\p{L})|(?<!\p{L})(?:${GOES_ON_OR_ENDS})\s+det\b`,
  "u",
);
const NAMES_OWN = /\bforsøg(?:et)?\s+(?:med|om|vedr\.?|vedrørende)\s/iu;

/**
 * The trial each sentence of a paragraph concerns: the one it names, else (`Forsøget`, `Det`) the one
 * last named earlier in the paragraph. A sentence naming two trials concerns neither, and neither is
 * referred back to; a heading line (a short line without a sentence's end, text going on below it)
 * ends what can be referred back to.
 */
function trialsReferredTo(p: Paragraph): (s: Span) => Hit | null {
  let last: Hit | null = null;
  let lastLine = 0;
  const heads = headingLines(p);
  return (s) => {
    const named = p.trials.filter((t) => t.start >= s.start && t.end <= s.end);
    const ids = new Set(named.map((t) => t.id));
    if (ids.size > 1) {
      last = null;
      return null;
    }
    if (ids.size === 1) {
      [last] = named;
      lastLine = s.source_line_end;
      return last;
    }
    if (NAMES_OWN.test(s.quote)) {
      last = null;
      return null;
    }
    if (!last || !REFERS_BACK.test(s.quote)) return null;
    if (heads.some((h) => h >= lastLine && h <= s.source_line)) return null;
    return last;
  };
}

/**
 * A list set off in a paragraph of its own (`… deltager to af netværkets elleve kommuner:`, a blank line,
 * `• Jammerbugt Kommune, …`): its items' lead is the sentence before the colon, as for a list inside
 * its paragraph (`sentences`).
 */
function leadAcrossParagraphs(paras: Paragraph[]): void {
  paras.forEach((p, i) => {
    const before = paras[i - 1]?.sentences.at(-1)?.quote;
    if (!before?.endsWith(":") || !/^\s*[•\uf0b7*–-]\s/u.test(p.passage.text)) return;
    for (const s of p.sentences) s.lead ??= before;
  });
}

/** A table's first row when it holds words only (`| Nr. | Forsøg | Start |`), or a rule under it (`|-----|---|`). */
function isTableHead(p: Paragraph, s: Span): boolean {
  const { rows } = p.passage;
  if (!rows.includes(s.start)) return false;
  if (TABLE_RULE.test(s.quote)) return true;
  return s.start === rows[0] && !/\d/.test(s.quote) && !p.trials.some((t) => t.start < s.end && s.start < t.end);
}

/** A passage's lines: seed line, offset of the line's first character, text. */
function linesOf(p: Passage): Array<{ line: number; start: number; text: string }> {
  const lines: Array<{ line: number; start: number; text: string }> = [];
  for (let i = 0; i < p.text.length; i++) {
    const line = p.lineAt(i);
    if (lines.at(-1)?.line !== line) lines.push({ line, start: i, text: "" });
    lines[lines.length - 1].text += p.text[i];
  }
  return lines;
}

/** A line ending in a word that cannot end a heading: the sentence goes on below it (`… sammen med` / `Aalborg Kommune`). */
const GOES_ON_BELOW = /(?<!\p{L})(?:og|eller|samt|i|af|for|med|til|på|om|at|som|fra|ved|hos|under|efter|over|mellem|end|den|det|de|en|et|sammen|kr)$/iu;

/**
 * Where a sentence's own words begin: after any heading line it runs on from (minutes' `Økonomi`,
 * `Beslutning i Byrådet den 15. december 2022` on a line of their own with the text right under them,
 * read as one sentence with it). A heading is a short line in upper case at the paragraph's start or
 * after a sentence's end, ending in no punctuation and no word a sentence goes on after, the next line
 * opening in upper case (not with `Kommune`, which ends a name).
 */
function opensAfterHeadings(p: Passage): (s: Span) => number {
  const lines = linesOf(p);
  const ends: number[] = [];
  lines.forEach((l, i) => {
    const body = l.text.trim();
    const next = lines[i + 1]?.text.trim() ?? "";
    const afterEnd = i === 0 || /[.!?:]$/.test(lines[i - 1].text.trim());
    const heading = afterEnd && /^\p{Lu}/u.test(body) && !/[.!?:;,]$/.test(body) && !GOES_ON_BELOW.test(body) && body.split(/\s+/).length <= 8;
    if (heading && /^\p{Lu}/u.test(next) && !/^kommuner?(?!\p{L})/iu.test(next))
      ends.push(lines[i + 1].start + (lines[i + 1].text.length - lines[i + 1].text.trimStart().length));
  });
  return (s) => ends.filter((e) => e > s.start && e < s.end).at(-1) ?? s.start;
}

/** Lines of a paragraph that are headings: a short line after a sentence's end, not ending one itself, text going on in upper case. */
function headingLines(p: Paragraph): number[] {
  const lines = linesOf(p.passage);
  return lines
    .filter((l, i) => {
      const body = l.text.trim();
      const next = lines[i + 1]?.text.trim() ?? "";
      const prev = i ? lines[i - 1].text.trim() : "";
      return i > 0 && /[.!?:]$/.test(prev) && !/[.!?:;,]$/.test(body) && /^\p{Lu}/u.test(next) && body.split(/\s+/).length <= 8;
    })
    .map((l) => l.line);
}

/**
 * The municipality a sentence's figures speak for: the one it opens with as its subject (`Morsø Kommune
 * har opgjort en besparelse på …`), where it names no other. A genitive (`Viborgs opgørelse`), a joint
 * name or an addressee speaks for no single municipality.
 */
function reporter(p: Paragraph, s: Span): string | null {
  const named = p.municipalities.filter((m) => m.index >= s.start && m.end <= s.end);
  const [m] = named;
  if (named.length !== 1 || m.index !== p.opens(s) || m.genitive || m.matches.length !== 1) return null;
  return ADDRESSED.test(p.passage.text.slice(Math.max(0, m.index - 12), m.index)) ? null : m.as_written;
}

/** A letter's addressee (`att. Hjørring Kommune`, `c/o`), which a PDF's text may run into the sentence below. */
const ADDRESSED = /(?<!\p{L})(?:att(?:\.|:|n\.)?|c\/o|til)\s*$/iu;

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
