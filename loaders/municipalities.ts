/**
 * Official municipality register; a matcher for a name as written (forms, aliases, joint names, OCR
 * repair unless the word is another known place), and a finder of municipality mentions in free text.
 */
import { distance } from "fastest-levenshtein";
import { readCsv } from "./dsv.ts";
import { joinBrokenWords } from "./seed.ts";

export interface Municipality {
  code: number;
  name: string;
  region: string;
}

export interface Register {
  municipalities: Municipality[];
  /** Folded alias → code, from `data/municipality_aliases.csv`. */
  aliases: Map<string, number>;
  /**
   * Folded names of places that are not municipalities (former counties, regions, countries, towns),
   * from `data/places_not_municipalities.csv`: never repaired into the official name they resemble.
   */
  notMunicipalities: Set<string>;
}

const FILES = {
  municipalities: "data/municipalities.csv",
  aliases: "data/municipality_aliases.csv",
  places: "data/places_not_municipalities.csv",
};

/** Builds the register from the curated CSV files in `data/`. */
export function parseRegister(municipalitiesCsv: string, aliasesCsv: string, placesCsv: string): Register {
  const rows = readCsv(municipalitiesCsv, FILES.municipalities, ["kommunekode", "dagi_navn", "kort_navn", "regionsnavn"]);
  const municipalities = rows.map((r) => ({ code: Number(r.kommunekode), name: r.kort_navn, region: r.regionsnavn }));
  if (municipalities.length !== 98) throw new Error(`${FILES.municipalities}: expected 98 municipalities, found ${municipalities.length}`);
  const aliases = new Map(readCsv(aliasesCsv, FILES.aliases, ["alias", "kommunekode"]).map((r) => [fold(r.alias), Number(r.kommunekode)]));
  for (const r of rows) aliases.set(fold(r.dagi_navn), Number(r.kommunekode));
  const notMunicipalities = new Set(readCsv(placesCsv, FILES.places, ["name", "kind"]).map((r) => fold(r.name)));
  return { municipalities, aliases, notMunicipalities };
}

/** Lower case, Danish letters spelt out, punctuation and hyphens dropped. */
export function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/\s*kommune[r]?\b/g, "")
    .replace(/[^a-z]/g, "");
}

/** Danish letters reduced to one Latin letter each, so that an OCR slip on one of them costs one edit. */
function skeleton(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "a")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/[^a-z]/g, "");
}

/** OCR renders ø as `@`, `0` or `g`, and æ as `ee` or `ae`: every reading of those, the name as written first. */
function ocrReadings(name: string): string[] {
  let readings = [name, name.replace(/[@0]/g, "ø")];
  // Each `g` that could be an ø (not before a vowel) is read both ways.
  const gs = [...name.matchAll(/g(?![aeiouyæøå])/g)].map((m) => m.index!).slice(0, 4);
  for (const at of gs) readings = readings.flatMap((r) => [r, `${r.slice(0, at)}ø${r.slice(at + 1)}`]);
  readings = readings.flatMap((r) => [r, r.replace(/[ae]e/g, "æ")]);
  return [...new Set(readings)];
}

/** Largest edit distance accepted between skeletons: one slip, two in long names. */
function tolerance(length: number): number {
  return length < 10 ? 1 : 2;
}

/** `genitive`: the name matched only once its genitive `s` was dropped (`Hjørrings`). */
export type Match = { code: number; name: string; how: "exact" | "alias" | "ocr"; distance: number; genitive: boolean };

/** Per register: names by folded form, skeletons, and the answers already given (names repeat a lot). */
const indexes = new WeakMap<Municipality[], { byName: Map<string, Municipality>; skeletons: string[]; answers: Map<string, Match | null> }>();

function indexOf(register: Register) {
  let index = indexes.get(register.municipalities);
  if (!index) {
    index = {
      byName: new Map(register.municipalities.map((m) => [fold(m.name), m])),
      skeletons: register.municipalities.map((m) => skeleton(m.name)),
      answers: new Map(),
    };
    indexes.set(register.municipalities, index);
  }
  return index;
}

/**
 * Finds the register entry for a name as written. Accepts an OCR repair only when the nearest
 * official name is within tolerance and strictly nearer than the runner-up; otherwise returns null.
 */
export function matchMunicipality(written: string, register: Register): Match | null {
  const index = indexOf(register);
  const key = written.trim();
  if (!index.answers.has(key)) index.answers.set(key, match(key, register, index));
  return index.answers.get(key)!;
}

function match(written: string, register: Register, index: ReturnType<typeof indexOf>): Match | null {
  const folded = fold(written);
  // The name as written, then as a genitive (`Hjørrings`, `Vesthimmerlands Kommune`).
  for (const key of folded.endsWith("s") ? [folded, folded.slice(0, -1)] : [folded]) {
    const exact = index.byName.get(key);
    const genitive = key !== folded;
    if (exact) return { code: exact.code, name: exact.name, how: "exact", distance: 0, genitive };
    const alias = register.aliases.get(key);
    if (alias !== undefined) return { ...byCode(register, alias), how: "alias", distance: 0, genitive };
  }
  if (register.notMunicipalities.has(folded)) return null;
  const readings = ocrReadings(written.replace(/\s*[Kk]ommuner?$/, "")).map(skeleton);
  const ranked = register.municipalities
    .map((m, i) => ({ m, i, d: Math.min(...readings.map((r) => distance(r, index.skeletons[i]))) }))
    .sort((a, b) => a.d - b.d);
  const [best, second] = ranked;
  if (best.d <= tolerance(index.skeletons[best.i].length) && best.d < second.d) {
    return { code: best.m.code, name: best.m.name, how: "ocr", distance: best.d, genitive: false };
  }
  return null;
}

function byCode(register: Register, code: number): { code: number; name: string } {
  const m = register.municipalities.find((x) => x.code === code);
  if (!m) throw new Error(`data/municipality_aliases.csv: unknown municipality code ${code}`);
  return { code: m.code, name: m.name };
}

/**
 * A name that may join several municipalities (`Frederikshavn/Læsø`, `Gentofte/Gladsaxe Kommuner`):
 * one match per part, or null when any part matches none.
 */
export function matchMunicipalities(written: string, register: Register): Match[] | null {
  const parts = written
    .replace(/\s+[Kk]ommuner?\.?$/, "")
    .split("/")
    .map((p) => p.trim());
  const matches = parts.map((p) => matchMunicipality(p, register));
  return matches.every((m) => m !== null) ? (matches as Match[]) : null;
}

export interface MunicipalityMention {
  /** The words as written, with a following `Kommune`/`Kommuner`. */
  as_written: string;
  /** Offsets of `as_written` in the text. */
  index: number;
  end: number;
  /** One match, or one per part of a joint name (`Frederikshavn/Læsø`). */
  matches: Match[];
  /** A genitive (`Hjørrings`, `Hjørring Kommunes`): the name qualifies the word after it. */
  genitive: boolean;
}

/** A capitalised word, hyphenated compounds included (`Lyngby-Taarbæk`); OCR may write ø as `@` or `0`. */
const WORD = /\p{Lu}[\p{L}@0]*(?:-\p{Lu}[\p{L}@0]*)*/gu;
const KOMMUNE_AFTER = /^\s+[Kk]ommuner?\b/;
/** Official names that are also Danish words (`Vejen til job`): at a sentence's start only before `Kommune`. */
const ALSO_WORDS = new Set(["vejen", "odder", "greve", "fanoe"]);

/**
 * Every municipality named in running text: official names, their `Kommune` and genitive forms and
 * aliases, joint names (`Frederikshavn/Læsø`), two-word names (`Høje Taastrup`). Names of other places
 * (`Roskilde Amt`, `Holland`, `Nørresundby`) are skipped; an OCR repair is accepted only right before
 * `Kommune`, where the text itself says a municipality is meant.
 */
export function findMunicipalities(text: string, register: Register): MunicipalityMention[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ text: m[0], index: m.index!, end: m.index! + m[0].length }));
  const out: MunicipalityMention[] = [];
  const resolve = (written: string, end: number, sentenceStart: boolean): Match | null => {
    const named = KOMMUNE_AFTER.test(text.slice(end));
    const m = matchMunicipality(written, register);
    if (!m || (m.how === "ocr" && !named)) return null;
    if (sentenceStart && !named && ALSO_WORDS.has(fold(written))) return null;
    return m;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    // Two words first: `Roskilde Amt` is no municipality, `Høje Taastrup` is one.
    if (next && /^ $/.test(text.slice(w.end, next.index))) {
      const pair = `${w.text} ${next.text}`;
      if (register.notMunicipalities.has(fold(pair))) {
        i++;
        continue;
      }
      const m = isName(pair) ? resolve(pair, next.end, false) : null;
      if (m) {
        out.push(mention(text, w.index, next.end, [m]));
        i++;
        continue;
      }
    }
    if (/^\s*[Aa]mt\b/.test(text.slice(w.end))) continue;
    const sentenceStart = /(?:^|[.!?:•]\s*)$/.test(text.slice(0, w.index));
    const first = resolve(w.text, w.end, sentenceStart);
    if (!first) continue;
    // `Frederikshavn/Læsø`: each part a municipality.
    const matches = [first];
    let end = w.end;
    while (words[i + 1] && text.slice(end, words[i + 1].index) === "/") {
      const part = resolve(words[i + 1].text, words[i + 1].end, false);
      if (!part) break;
      matches.push(part);
      end = words[++i].end;
    }
    out.push(mention(text, w.index, end, matches));
  }
  return out;

  /** Two-word names worth trying: an official name or alias once folded. */
  function isName(pair: string): boolean {
    const m = matchMunicipality(pair, register);
    return m !== null && m.how !== "ocr";
  }
}

function mention(text: string, index: number, end: number, matches: Match[]): MunicipalityMention {
  const after = text.slice(end, end + 16);
  const suffix = after.match(KOMMUNE_AFTER);
  const to = end + (suffix?.[0].length ?? 0);
  // `Hjørrings`, `Viborg Kommunes`, and a name ending in s with an apostrophe: `Aarhus' forsøg`.
  const genitive = /^\s+[Kk]ommunes(?!\p{L})/u.test(after) || (!suffix && (matches.at(-1)!.genitive || /^['’](?!\p{L})/u.test(after)));
  return { as_written: text.slice(index, to), index, end: to, matches, genitive };
}

/**
 * Splits a written list (`Aalborg, Brgnderslev, Frede- rikshavn … og Vesthimmer- land`) into names,
 * joining words broken by a line-end hyphen; a joint name (`Frederikshavn/Læsø`) gives both.
 */
export function splitNameList(text: string): string[] {
  return joinBrokenWords(text)
    .replace(/\s+Kom-?\s*muner\.?|\s+[Kk]ommuner\.?/g, "")
    .split(/,|\s+og\s+|\s*\/\s*/)
    .map((s) => s.trim().replace(/\.$/, ""))
    .filter(Boolean);
}
