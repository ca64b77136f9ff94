/** Official municipality register and a matcher that repairs OCR-damaged names, or refuses. */
import { distance } from "fastest-levenshtein";

export interface Municipality {
  code: number;
  name: string;
  region: string;
}

export interface Register {
  municipalities: Municipality[];
  /** Folded alias → code, from `data/municipality_aliases.csv`. */
  aliases: Map<string, number>;
}

export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text.trim().split(/\r?\n/).map((line) => line.split(","));
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
}

/** Builds the register from the two curated CSV files in `data/`. */
export function parseRegister(municipalitiesCsv: string, aliasesCsv: string): Register {
  const municipalities = parseCsv(municipalitiesCsv).map((r) => ({
    code: Number(r.kommunekode),
    name: r.kort_navn,
    region: r.regionsnavn,
  }));
  if (municipalities.length !== 98) throw new Error(`data/municipalities.csv: expected 98 municipalities, found ${municipalities.length}`);
  const aliases = new Map(parseCsv(aliasesCsv).map((r) => [fold(r.alias), Number(r.kommunekode)]));
  for (const r of parseCsv(municipalitiesCsv)) aliases.set(fold(r.dagi_navn), Number(r.kommunekode));
  return { municipalities, aliases };
}

/** Lower case, Danish letters spelt out, punctuation and hyphens dropped. */
export function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
    .replace(/\s*kommune[r]?\b/g, "")
    .replace(/[^a-z]/g, "");
}

/** Danish letters reduced to one Latin letter each, so that an OCR slip on one of them costs one edit. */
function skeleton(name: string): string {
  return name.toLowerCase().replace(/æ/g, "a").replace(/ø/g, "o").replace(/å/g, "a").replace(/[^a-z]/g, "");
}

/** OCR renders ø as `@`, `0` or `g`, and æ as `ee` or `ae`: every reading of those, the name as written first. */
function ocrReadings(name: string): string[] {
  let readings = [name, name.replace(/[@0]/g, "ø")];
  // Each `g` that could be an ø (not before a vowel) is read both ways.
  const gs = [...name.matchAll(/g(?![aeiouyæøå])/g)].map((m) => m.index!).slice(0, 4);
  for (const at of gs) readings = readings.flatMap((r) => [r, r.slice(0, at) + "ø" + r.slice(at + 1)]);
  readings = readings.flatMap((r) => [r, r.replace(/[ae]e/g, "æ")]);
  return [...new Set(readings)];
}

/** Largest edit distance accepted between skeletons: one slip, two in long names. */
function tolerance(length: number): number {
  return length < 10 ? 1 : 2;
}

export type Match = { code: number; name: string; how: "exact" | "alias" | "ocr"; distance: number };

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
  const exact = index.byName.get(folded);
  if (exact) return { code: exact.code, name: exact.name, how: "exact", distance: 0 };
  const alias = register.aliases.get(folded);
  if (alias !== undefined) return { ...byCode(register, alias), how: "alias", distance: 0 };
  const readings = ocrReadings(written.replace(/\s*[Kk]ommuner?$/, "")).map(skeleton);
  const ranked = register.municipalities
    .map((m, i) => ({ m, i, d: Math.min(...readings.map((r) => distance(r, index.skeletons[i]))) }))
    .sort((a, b) => a.d - b.d);
  const [best, second] = ranked;
  if (best.d <= tolerance(index.skeletons[best.i].length) && best.d < second.d) {
    return { code: best.m.code, name: best.m.name, how: "ocr", distance: best.d };
  }
  return null;
}

function byCode(register: Register, code: number): { code: number; name: string } {
  const m = register.municipalities.find((x) => x.code === code);
  if (!m) throw new Error(`data/municipality_aliases.csv: unknown municipality code ${code}`);
  return { code: m.code, name: m.name };
}

/**
 * Splits a written list (`Aalborg, Brgnderslev, Frede- rikshavn … og Vesthimmer- land`) into names,
 * joining words broken by a line-end hyphen.
 */
export function splitNameList(text: string): string[] {
  return text
    .replace(/(\p{L})-\s+(\p{Ll})/gu, "$1$2")
    .replace(/\s+Kom-?\s*muner\.?|\s+[Kk]ommuner\.?/g, "")
    .split(/,|\s+og\s+/)
    .map((s) => s.trim().replace(/\.$/, ""))
    .filter(Boolean);
}
