/**
 * How documents say a trial goes on or ends: `fortsættes til`, `forlænges/forlænget/forlænge … til`,
 * `udløber`, `permanentgøres`, `annulleret`. Dates are read by `dates.ts`; this module only finds the
 * words that say what a date means.
 */
import { overlaps, readDates, readYearEnds, type FoundDate } from "./dates.ts";

export interface EndWording {
  /** The date a trial was continued or extended to. */
  extended_until: string | null;
  /** The date it runs out (`udløber`). */
  expires: string | null;
  permanent: boolean;
  cancelled: boolean;
}

// An unreadable date after these words is reported where the document's dates are read.
/**
 * Words that carry a trial on: `forlænges/forlænget/forlænge/forlængelse(n)`, `fortsættes/fortsætter`,
 * `kan fortsætte`, `videreføres/videreført`. OCR writes forlænget as `forlenget`, `forleenget`,
 * `forlænqet`, and æ as `ae`.
 */
const GOES_ON = String.raw`forl\S{0,2}n[gq](?:es|et|e|elsen|else)|forts(?:æ|ae)tt(?:es|er|e)|videref(?:ø|o|0)r(?:es|t|e)`;
/** `til`, `indtil`, `frem til`; OCR writes `ti1`. */
const TO = String.raw`(?:ind|frem\s+)?ti[l1I]`;
/**
 * A verb of going on and the `til` after it; a few words may stand between (`forlænge forsøget med
 * ledighedsydelse til`), but not a sentence end, another `til` or a coordinated clause (`kan fortsætte
 * til udgangen af 2022, og det vil jeg tage stilling til i efteråret 2020`: the second `til` is not the
 * verb's). The greedy start takes the last such verb before the date (`ansøgningen om forlængelse er
 * imødekommet, så forsøget forlænges til`).
 */
const GOES_ON_TO = String.raw`^(?<lead>.*)\b(?:${GOES_ON})\b(?<between>(?:(?!,\s*(?:og|men|så|mens|idet)\b|\b${TO}\b)[^.;]){0,80}?)\b${TO}\b`;

/** Words that may stand between `til` (or `fra`, `siden`) and its date: `den`, `d.`, `i`, `pr.`, `med`, `og med`, `udgangen af`. */
export const BEFORE_DATE = String.raw`(?:(?:den|d\.|i|pr\.|med|og\s+med|udgangen\s+af)\s+)*$`;
const EXTENSION_BEFORE = new RegExp(String.raw`${GOES_ON_TO}\s*${BEFORE_DATE}`, "isu");

export type ExtensionKind = "extended_until" | "extension_requested" | "extension_refused";

// Said of the extension in the words before its verb, within its clause (`\b` is ASCII's: not before `ø`).
const REFUSED = /\bafslag\b|\bafsl(?:å|a)(?:r|et|s)\b|\bafvis\p{L}*|\bafvist\b|\bikke(?:\s+\p{L}+){0,2}\s*$/iu;
const GRANTED = /\bgodkend\p{L}*|\bimødekom\p{L}*|\bbevilg\p{L}*|\btilladelse\b/iu;
const REQUESTED =
  /\b(?:an)?søg(?:er|t|te|ning\p{L}*)\b|\banmod\p{L}*|(?<!\p{L})ønsk(?:er|et|ede|es|e)?(?!\p{L})|\bforeslå\p{L}*|\bforslag\p{L}*|\bindstill\p{L}*|\bvil\s+(?:gerne\s+)?(?:have|søge)\b/iu;
// Said after the verb (`forlænges ikke`), or after the date (`… til 31.12.2024 er afslået`).
const NOT_AFTER = /^\s*ikke\b/iu;
const REFUSED_AFTER =
  /^[^.;]{0,40}?(?<!\p{L})(?:afslået|afvist|ikke\s+(?:godkendt|imødekommet|bevilget)|(?:godkendes|imødekommes|bevilges|tillades)\s+ikke)(?!\p{L})/iu;
/**
 * A permission on a condition (`kan fortsætte til udgangen af 2023, hvis ministeriet godkender …`,
 * `forudsat at …`, `under forudsætning af …`, `såfremt …`, `på betingelse af …`): the end is not granted
 * yet, so it is read as asked for. The condition follows the date directly, or stands in the verb's
 * own clauses before it (`Hvis ministeriet godkender det, forlænges forsøget til …`).
 */
const CONDITION = String.raw`(?:hvis|såfremt|forudsat|under\s+forudsætning|på\s+(?:betingelse|vilkår))(?!\p{L})`;
const CONDITION_AFTER = new RegExp(String.raw`^\s*,?\s*(?:(?:men\s+|dog\s+)?kun\s+)?${CONDITION}`, "iu");
const CONDITION_BEFORE = new RegExp(String.raw`(?<!\p{L})${CONDITION}`, "iu");
/**
 * The verb's clause is a question (`har spurgt, om forsøget kan fortsætte til …`, `drøftede, om
 * forsøget skal forlænges til …`): whether the trial goes on is not decided, so the end is asked for.
 */
const WHETHER = /,\s*om\s+[^,]*$/u;

/**
 * What the words before a date (`before`, from the sentence's start) say of an
 * extension to it: granted or decided (`forlænges til`, `kan fortsætte til`, `er videreført til`), asked
 * for (`har ansøgt om at forlænge forsøget til`, `ønsker forsøget forlænget til`), or refused or denied
 * (`afslag på forlængelse til`, `er ikke forlænget til`, `forlængelsen til … er afslået`: `after` is the
 * text after the date); null where they lead to no extension. Within one clause a refusal outweighs a
 * grant, and a grant a request (`har godkendt ansøgningen om forlængelse til`).
 */
export function extensionTo(before: string, after = ""): ExtensionKind | null {
  // A word broken across lines (`forlæn- ges`) is read whole.
  const m = before.replace(/(\p{Ll})-\s+(\p{Ll})/gu, "$1$2").match(EXTENSION_BEFORE);
  if (!m?.groups) return null;
  // The verb's own clause group: after the last sentence end (not `d. 26.`) or a coordinated clause
  // (`, og`, `, så`). Within it the nearest clause that says anything decides, walking out through `at`
  // (`indstiller, at udvalget godkender, at kommunen søger om at forlænge` is a request; `ønsker, at
  // forsøget forlænges` too).
  const group = m.groups.lead.split(/[.:!?](?=\s+\p{Lu})|;|,\s*(?=(?:så|og|men|idet|hvorfor|mens)\b)/u).at(-1) ?? "";
  if (NOT_AFTER.test(m.groups.between) || REFUSED_AFTER.test(after)) return "extension_refused";
  if (CONDITION_AFTER.test(after) || CONDITION_BEFORE.test(group) || WHETHER.test(group)) return "extension_requested";
  for (const clause of group.split(/,?\s+at\s+/u).reverse()) {
    if (REFUSED.test(clause)) return "extension_refused";
    if (GRANTED.test(clause)) return "extended_until";
    if (REQUESTED.test(clause)) return "extension_requested";
  }
  return "extended_until";
}

const EXPIRES = /\budløber\b\s*(?:den\s+|d\.\s*|med\s+)?/giu;

/** The first date that starts right after `pattern` (a date is read only where the words lead to it). */
function dateAfter(text: string, pattern: RegExp): string | null {
  for (const m of text.matchAll(pattern)) {
    const rest = text.slice(m.index! + m[0].length);
    const date = readDates(rest).dates[0];
    if (date && date.index === 0) return date.date;
  }
  return null;
}

/** The first date the text says a trial was extended to (not one asked for or refused). */
function grantedEnd(text: string): string | null {
  const d = datesAndYearEnds(text).find((d) => extensionTo(text.slice(0, d.index), text.slice(d.index + d.text.length)) === "extended_until");
  return d?.date ?? null;
}

/**
 * The dates of `text` and, where no date reads them, the bare years after `til` (`forlænget til 2023`,
 * read as the year's last day, precision `year`), in order.
 */
export function datesAndYearEnds(text: string): FoundDate[] {
  const { dates } = readDates(text);
  const free = readYearEnds(text).dates.filter((y) => !dates.some((d) => overlaps(d, y)));
  return [...dates, ...free].sort((a, b) => a.index - b.index);
}

export function readEndWording(text: string): EndWording {
  return {
    extended_until: grantedEnd(text),
    expires: dateAfter(text, EXPIRES),
    permanent: /\bpermanentgø?r(?:es|else)\b/iu.test(text),
    cancelled: /\bannull?eret\b/iu.test(text),
  };
}
