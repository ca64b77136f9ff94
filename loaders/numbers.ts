/**
 * Danish amounts, counts and percentages → numbers with their unit and qualifier. Whatever looks like
 * an amount but cannot be read unambiguously is returned as a problem, never guessed.
 */
import { MONTH } from "./dates.ts";
import type { Unreadable } from "./types.ts";

export const UNITS = [
  "DKK",
  "persons",
  "municipalities",
  "applications",
  "trials",
  "cases",
  "certificates",
  "percent",
  "hours",
  "days",
  "weeks",
  "months",
  "conversations",
  "courses",
  "percentage_points",
  "responses",
] as const;
export type Unit = (typeof UNITS)[number];

/** How the document qualifies a figure: `ca.` approximate, `over` at_least, `knap` at_most, nothing exact. */
export type Qualifier = "exact" | "approximate" | "at_least" | "at_most";

export interface Quantity {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** `qualifier === "approximate"`, kept for readers of the `approximate` column. */
  approximate: boolean;
  /** The words the quantity was read from, qualifier included. */
  text: string;
  /** Offset of `text` in the text read. */
  index: number;
}

export interface QuantityReading {
  quantities: Quantity[];
  problems: Unreadable[];
}

const WORDS: Record<string, number> = {
  en: 1,
  én: 1,
  et: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
};

/** `fire` → 4, `12` → 12; null for a word that is no count. */
export function countWord(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : (WORDS[word.toLowerCase()] ?? null);
}

const QUALIFIERS: Array<[Qualifier, string[]]> = [
  ["approximate", ["ca.", "ca", "cirka", "omkring", "omtrent", "anslået"]],
  // `godt 300`, `godt og vel 100`: a little over the figure.
  ["at_least", ["over", "mere end", "flere end", "mindst", "godt og vel", "godt"]],
  // `op mod 100` is close to, and not over, 100.
  ["at_most", ["knap", "under", "mindre end", "færre end", "op til", "op mod", "højst", "maksimalt", "næsten"]],
];
const QUALIFIER_OF = new Map(QUALIFIERS.flatMap(([q, words]) => words.map((w) => [w, q] as const)));
/** A qualifier right before a figure; longest words first, so `ca.` wins over `ca`. */
const QUALIFIER_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(${[...QUALIFIER_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(".", "\\."))
    .join("|")})\s+$`,
  "iu",
);

/** Digit groups joined by `.`, `,` or a (no-break) space before exactly three digits: read strictly later. */
const LITERAL = String.raw`\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3}(?!\d))*`;
/** Not part of a longer number, a word, or the second half of a range (`1-2 mio. kr.`). */
const START = String.raw`(?<![\p{L}\d.,]|\d\s?[-–]\s?)`;
const SIGN = "(?<sign>[-−])?";
const SCALE = String.raw`(?<scale>mio\.?|mia\.?|millioner|milliarder)`;
const CURRENCY = String.raw`(?:kroner|krone|kr\.?(?!\p{L})|DKK(?!\p{L}))`;

const MONEY_PATTERNS = [
  // `ca. 2,5 mio. kr.`, `720.000,- kr.`, `-720.000 DKK`
  String.raw`${START}${SIGN}(?<literal>${LITERAL})(?<dash>,-)?\s*(?:${SCALE}\s*)?${CURRENCY}`,
  // `kr. 720.000`, `DKK 2,5 mio.`
  String.raw`(?<![\p{L}])(?:kr\.?|DKK)\s*${SIGN}(?<literal>${LITERAL})(?<dash>,-)?(?:\s*${SCALE})?(?!\s*\d)`,
  // `720.000,-` alone
  `${START}${SIGN}(?<literal>${LITERAL}),-`,
].map((p) => new RegExp(p, "giu"));

/** Digits next to a currency word: every such place must be read or reported. */
const LOOKS_LIKE_MONEY = new RegExp(
  String.raw`\d[\d.,\s\u00a0\u202f–-]*(?:${SCALE.replace("?<scale>", "?:")}\s*)?${CURRENCY}|(?<![\p{L}])(?:kr\.?|DKK)\s*\d`,
  "giu",
);

/**
 * What a count counts: one row per Danish noun, singular and plural as written (both the same word for
 * `forsøg`, `forløb`). `compound`: the noun also counts at the end of a compound (`sygedagpengemodtagere`,
 * `opfølgningssamtaler`, `konsulenttimer`); not for nouns that end ordinary words (`årsager`, `brugere`).
 * `unless`: words after the noun that make it an adjective (`3 ledige stillinger`). The noun may also be
 * genitive (`kommuners`) or, after `af`, definite (`seks af kommunerne`).
 */
interface CountNoun {
  unit: Unit;
  singular: string;
  plural: string;
  compound?: boolean;
  unless?: string;
}
const COUNT_NOUNS: CountNoun[] = [
  { unit: "municipalities", singular: "kommune", plural: "kommuner" },
  { unit: "persons", singular: "borger", plural: "borgere", compound: true },
  { unit: "persons", singular: "modtager", plural: "modtagere", compound: true },
  { unit: "persons", singular: "deltager", plural: "deltagere", compound: true },
  { unit: "persons", singular: "person", plural: "personer", compound: true },
  { unit: "persons", singular: "pensionist", plural: "pensionister", compound: true },
  { unit: "persons", singular: "ledig", plural: "ledige", unless: String.raw`\s+(?:stilling|job|plads)` },
  { unit: "applications", singular: "ansøgning", plural: "ansøgninger", compound: true },
  { unit: "trials", singular: "forsøg", plural: "forsøg" },
  { unit: "trials", singular: "frikommuneforsøg", plural: "frikommuneforsøg" },
  { unit: "cases", singular: "sag", plural: "sager" },
  { unit: "certificates", singular: "attest", plural: "attester", compound: true },
  { unit: "hours", singular: "time", plural: "timer", compound: true },
  { unit: "days", singular: "dag", plural: "dage", compound: true },
  { unit: "weeks", singular: "uge", plural: "uger" },
  { unit: "months", singular: "måned", plural: "måneder" },
  { unit: "conversations", singular: "samtale", plural: "samtaler", compound: true },
  { unit: "courses", singular: "forløb", plural: "forløb", compound: true },
  { unit: "percentage_points", singular: "procentpoint", plural: "procentpoint" },
  { unit: "percentage_points", singular: "pct.-point", plural: "pct.-point" },
  // A consultation's answers (`Der er kommet 3 høringssvar`); `svar` alone is any answer.
  { unit: "responses", singular: "høringssvar", plural: "høringssvar" },
];

/** A noun as a pattern that OCR's misreadings also match (`fors@g`, `maaneder`, `ressourcefor10b`). */
function nounPattern(word: string): string {
  const ocr: Record<string, string> = { l: "[l1]", ø: "[øo@0g]", æ: "(?:æ|ae)", å: "(?:å|aa|a)", ".": String.raw`\.`, "-": "-?" };
  return [...word].map((ch) => ocr[ch] ?? ch).join("");
}
/** One alternative per noun row, plural before singular; compounds take any letters before. */
const NOUNS: Array<[Unit, string]> = COUNT_NOUNS.map((n) => [
  n.unit,
  `${n.compound ? String.raw`[\p{L}@0]*` : ""}(?:${[...new Set([n.plural, n.singular])].map(nounPattern).join("|")})${n.unless ? `(?!${n.unless})` : ""}`,
]);
/**
 * The one unit the nouns of a table's column heads count (`Sager i alt  Heraf fritaget` → cases); null
 * when they name none, several, or money or shares.
 */
export function unitOfHeads(heads: string): Unit | null {
  if (/%|pct\.?|procent|kr\.?(?!\p{L})|kroner|DKK/iu.test(heads)) return null;
  const units = new Set(NOUNS.filter(([, n]) => new RegExp(`(?<!\\p{L})(?:${n})(?:s|ne|ene|erne)?(?!\\p{L})`, "iu").test(heads)).map(([u]) => u));
  return units.size === 1 ? [...units][0] : null;
}

/** A count of one (`et forsøg`, `en borger`) is an article, not a figure. */
const COUNT_WORDS = Object.keys(WORDS).filter((w) => WORDS[w] > 1);
/**
 * What may stand between a count and its noun: `af (de) …`, with the whole's own count (`to af
 * netværkets elleve kommuner`, `tre af jeres 4 ansøgninger`), or one or two adjectives (`11 nordjyske
 * kommuner`, `ti andre nordjyske kommuner`).
 */
const BETWEEN = String.raw`(?:af\s+(?:(?:de|jeres|vores|\p{L}+s)\s+)?(?:[\p{L}\d]+\s+)?|(?:\p{Ll}+e\s+){1,2})?`;
/** The whole after `X af`: its own count (`af netværkets elleve`, `af de 11`), read as a figure too. */
const WHOLE_AFTER = new RegExp(String.raw`^\s+af\s+(?:(?:de|jeres|vores|\p{L}+s)\s+)?(\d+|${COUNT_WORDS.join("|")})\s+`, "iud");
const NOUN = String.raw`(?:${NOUNS.map(([, n]) => `(${n})`).join("|")})(?:s|ne|ene|erne)?(?!\p{L})`;
// Not part of a longer number, word, date (`1/7`, `2018-07-01`) or range, nor the second group of a
// phone number (`98 12 34 56`); thousands may be grouped by points or spaces (`1 200 borgere`).
const COUNTED = new RegExp(
  String.raw`(?<![\p{L}\d.,/–-])(?<!\d[ \u00a0])(\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|${COUNT_WORDS.join("|")})\s+${BETWEEN}${NOUN}`,
  "giu",
);
/** `3-4 timer`, `10–12 samtaler`: no one figure, reported rather than read. */
const COUNT_RANGE = new RegExp(String.raw`(?<![\p{L}\d.,])\d+\s?[-–]\s?\d+\s+${BETWEEN}${NOUN}`, "giu");
/**
 * Numbers that name rather than count, though a unit's noun may follow: a paragraph (`§ 17`), a law,
 * page, phone or week number (`lov nr. 1234`, `side 12`, `tlf. 98`, `uge 12`), a clock time; and a
 * year after words of time (`I 2021 forløb samtalerne`, `foråret 2020`).
 */
const NAMES_NOT_COUNTS = /(?:§{1,2}|(?<!\p{L})(?:nr|stk|tlf|kl|pkt|s)\.|(?<!\p{L})(?:side|uge|telefon|lov|nummer))\s*$/iu;
const YEAR_AFTER = new RegExp(
  String.raw`(?<!\p{L})(?:i|år(?:et)?|siden|fra|til|indtil|primo|medio|ultimo|udgangen\s+af|(?:for|efter)året|sommeren|vinteren|(?:${MONTH})\.?)\s+$`,
  "iu",
);
const PERCENT = new RegExp(String.raw`${START}(\d+(?:,\d+)?)\s*(?:%|pct(?!\.?-?\s?point)\.?|procent(?!\p{L}))`, "giu");

/** Whether the number at `index` names something (a paragraph, a year) rather than counts. */
function namesNotCounts(text: string, index: number, literal: string): boolean {
  const before = text.slice(Math.max(0, index - 25), index);
  return NAMES_NOT_COUNTS.test(before) || (/^(?:19|20)\d\d$/.test(literal) && YEAR_AFTER.test(before));
}

/**
 * A number as written: `720.000`, `720 000`, `1.000,50`, `2,5`; and, before `mio.`/`mia.` only, `2.5`
 * (a point followed by one or two digits cannot be a thousands point). Returns a reason when the
 * literal could mean two things or nothing.
 */
export function readNumber(literal: string, scaled = false): number | { reason: string } {
  const text = literal.replace(/[\u00a0\u202f]/g, " ");
  if (/^\d{1,3}( \d{3})+(,\d+)?$|^\d{1,3}(\.\d{3})+(,\d+)?$|^\d+(,\d+)?$/.test(text)) {
    return Number(text.replace(/[ .]/g, "").replace(",", "."));
  }
  if (scaled && /^\d+\.\d{1,2}$/.test(text)) return Number(text);
  return { reason: `cannot tell thousands or decimals in "${literal}"` };
}

/** An estimate named as such just before its figure: `Anslået besparelse: 1.000 kr.`, `skønnet gevinst på 2 mio. kr.`. */
const ESTIMATE_LABEL = /(?<!\p{L})(?:anslået|anslåede|skønnet|skønnede|estimeret|estimerede)\s+\p{L}+(?:\s+på)?\s*:?\s+$/iu;

function qualifierBefore(text: string, index: number): { qualifier: Qualifier; start: number } {
  const m = text.slice(Math.max(0, index - 20), index).match(QUALIFIER_BEFORE);
  if (!m) {
    return ESTIMATE_LABEL.test(text.slice(Math.max(0, index - 40), index)) ? { qualifier: "approximate", start: index } : { qualifier: "exact", start: index };
  }
  return { qualifier: QUALIFIER_OF.get(m[1].toLowerCase())!, start: index - m[0].length };
}

function quantity(text: string, from: number, to: number, value: number, unit: Unit): Quantity {
  const { qualifier, start } = qualifierBefore(text, from);
  return { value, unit, qualifier, approximate: qualifier === "approximate", text: text.slice(start, to), index: start };
}

const SCALES: Record<string, number> = { mio: 1e6, millioner: 1e6, mia: 1e9, milliarder: 1e9 };

function readMoney(text: string): QuantityReading {
  const found: Array<{ index: number; end: number; reading: Quantity | Unreadable }> = [];
  for (const pattern of MONEY_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const g = m.groups!;
      const end = m.index! + m[0].length;
      const scale = g.scale ? SCALES[g.scale.toLowerCase().replace(".", "")] : 1;
      const number = readNumber(g.literal, !!g.scale);
      const reading =
        typeof number === "number"
          ? // Two decimals at most, so that 1,15 mio. is 1150000, not 1150000.0000000002.
            quantity(text, m.index!, end, Math.round((g.sign ? -number : number) * scale * 100) / 100, "DKK")
          : { index: m.index!, text: m[0], reason: number.reason };
      found.push({ index: reading.index, end, reading });
    }
  }
  // The earliest reading of overlapping ones wins (`500 kr. 2019` is not also `kr. 2019`).
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => k.index < f.end && f.index < k.end)) kept.push(f);
  const quantities = kept.flatMap((f) => ("value" in f.reading ? [f.reading] : []));
  const problems = kept.flatMap((f) => ("reason" in f.reading ? [f.reading] : []));
  for (const m of text.matchAll(LOOKS_LIKE_MONEY)) {
    const [from, to] = [m.index!, m.index! + m[0].length];
    if (kept.some((f) => f.index < to && from < f.end)) continue;
    problems.push({
      index: from,
      text: m[0].trim(),
      reason: /\d\s*[-–]\s*\d/.test(m[0]) ? "a range of amounts, not read as one figure" : "an amount this reader cannot read",
    });
  }
  return { quantities, problems };
}

/**
 * Every amount of money (`ca. 2,5 mio. kr.`, `kr. 720.000`, `-720.000 DKK`), every count of
 * municipalities, persons, applications or trials, and every percentage in `text`, in order; and every
 * amount-like place that could not be read.
 */
export function readQuantities(text: string): QuantityReading {
  const money = readMoney(text);
  const counts: Quantity[] = [];
  const unread: Unreadable[] = [...text.matchAll(COUNT_RANGE)].map((m) => ({
    index: m.index!,
    text: m[0],
    reason: "a range of counts, not read as one figure",
  }));
  for (const m of text.matchAll(COUNTED)) {
    if (namesNotCounts(text, m.index!, m[1])) continue;
    const noun = m.slice(2).findIndex((g) => g !== undefined);
    const value = countWord(m[1]) ?? readNumber(m[1]);
    if (typeof value === "number") counts.push(quantity(text, m.index!, m.index! + m[0].length, value, NOUNS[noun][0]));
    else unread.push({ index: m.index!, text: m[0], reason: value.reason });
    // `to af netværkets elleve kommuner`: the whole is a figure of its own.
    const whole = m[0].slice(m[1].length).match(WHOLE_AFTER);
    if (whole?.indices) counts.push(quantity(text, m.index! + m[1].length + whole.indices[1][0], m.index! + m[0].length, countWord(whole[1])!, NOUNS[noun][0]));
  }
  const percentages = [...text.matchAll(PERCENT)].map((m) => quantity(text, m.index!, m.index! + m[0].length, readNumber(m[1]) as number, "percent"));
  return {
    quantities: [...money.quantities, ...counts, ...percentages].sort((a, b) => a.index - b.index),
    problems: [...money.problems, ...unread].sort((a, b) => a.index - b.index),
  };
}
