/** Dated milestones in running text: each date in a sentence, typed by the words around it. */
import { overlaps, readDates, readPeriods, readYearEnds, type DanishDate, type FoundDate, type Period } from "./dates.ts";
import { BEFORE_DATE, extensionTo, type ExtensionKind } from "./endWording.ts";
import type { Span } from "./prose.ts";
import type { EventStatement, ReadProblem } from "./types.ts";

const KINDS: Array<[string, RegExp]> = [
  // A refusal's or a request's own date, where no new end follows (`gav 3. maj 2022 afslag på forlængelse`,
  // `blev 1. maj 2022 ikke forlænget`, `ansøgte 1. marts 2022 om forlængelse`), is not an extension's.
  [
    "extension_refused",
    /afslag\s+på\s+(?:\p{L}+\s+){0,3}forl\S{0,2}n[gq]|ikke\s+(?:\p{L}+\s+){0,2}forl\S{0,2}n[gq]|forl\S{0,2}n[gq]\p{L}*\s+ikke\b|forl\S{0,2}n[gq]\p{L}*\s+(?:\p{L}+\s+){0,3}(?:er|blev)\s+(?:afslået|afvist)/iu,
  ],
  ["application", /(?:ansøg|anmod)\p{L}*\s+om\s+(?:\p{L}+\s+){0,3}forl\S{0,2}n[gq]/iu],
  // OCR writes forlænget as `forlenget`, `forleenget`, `forlænqet`.
  ["extension", /forl\S{0,2}n[gq]e[ts]|fortsættes/i],
  ["application_received", /modtog|ansøgning\p{L}* .*modtaget|modtaget .*ansøgning|indsendt/iu],
  ["hearing", /høring/i],
  ["entry_into_force", /ikrafttrædelse|træder i kraft/i],
  ["deadline", /frist/i],
  // A word that begins with møde (`mødet`, `møderne`), not one that holds it (`imødekommer`, `fremmøde`).
  ["meeting", /(?<!\p{L})møde/iu],
  ["webinar", /webinar/i],
  ["correspondence", /\bmail\b|brev/i],
  ["trial_start", /igangsat|påbegyndt|startede|(?<!\p{L})begynd(?:e|er|te)(?!\p{L})/iu],
  // Last: `ansøgning af 15. juni 2022`, `Dato for ansøgningen`, `i ansøgningsrunden i foråret 2016`, but
  // not `den første frikommuneansøgning …, som blev igangsat 1. juli 2012`.
  ["application", /ansøgning/i],
];

export function kindOf(text: string): string {
  return KINDS.find(([, re]) => re.test(text))?.[0] ?? "dated_statement";
}

/**
 * Events in one sentence, each typed by the words between the previous date and its own. A date
 * without a year takes the first year in which it falls after `after`, and is marked `year_inferred`.
 * A date that does not exist or has an implausible year is added to `problems` and yields no event.
 */
export function eventsIn(span: Span, after: string | null, problems: ReadProblem[], options: { trialWording?: boolean } = {}): EventStatement[] {
  const read = readDates(span.quote, { after });
  for (const p of read.problems) problems.push({ source_line: span.source_line, text: p.text, reason: p.reason });
  // A bare year after `til` (`forlænget til 2023`, `kører frem til 2023`) is an end where the words
  // before it make one: the year's last day, precision `year`.
  const q = span.quote;
  const isEnd = (y: { index: number; text: string }) =>
    !read.dates.some((d) => overlaps(d, y)) &&
    (extensionTo(q.slice(0, y.index), q.slice(y.index + y.text.length)) !== null || PLANNED_END.test(q.slice(0, y.index)));
  const bare = readYearEnds(q);
  const yearEnds = bare.dates.filter(isEnd);
  // `forlænget til 2045`: an end with an implausible year is reported, not dropped.
  for (const p of bare.problems.filter(isEnd)) problems.push({ source_line: span.source_line, text: p.text, reason: p.reason });
  if (yearEnds.length) read.dates = [...read.dates, ...yearEnds].sort((a, b) => a.index - b.index);
  const ofYears = periodsOfYears(span.quote, read.dates, problems, span.source_line);
  // An unreadable date still ends the words that type the next one.
  const ends = read.problems.map((p) => p.index + p.text.length);
  const dated = read.dates.map((d, i) => {
    const from = Math.max(i ? read.dates[i - 1].index + read.dates[i - 1].text.length : 0, ...ends.filter((e) => e <= d.index));
    const window = span.quote.slice(from, d.index + d.text.length);
    const kind = KINDS.find(([, re]) => re.test(window))?.[0] ?? kindOf(span.quote);
    // `udgangen af 2022` is where an extension runs to, not when something happened.
    const yearEnd = d.precision === "year" && d.date.endsWith("-12-31");
    // Who asks for or refuses an extension may stand before an earlier date (`ønskede d. 26. august 2021
    // forsøget forlænget til`): the extension is read from the sentence's start.
    const extension = extensionTo(span.quote.slice(0, d.index), span.quote.slice(d.index + d.text.length, read.dates[i + 1]?.index));
    // `for perioden 1. januar 2018 – 31. december 2021`: the date a period's end follows is its start.
    const next = read.dates[i + 1];
    const startsPeriod = !!next && PERIOD_END.test(span.quote.slice(d.index + d.text.length, next.index));
    const worded = options.trialWording ? trialWordingKind(span.quote.slice(from, d.index), span.quote, read.dates.length, extension, startsPeriod) : null;
    // An end asked for or refused is never an extension's new end, whichever parser reads it.
    const notGranted = extension === "extended_until" ? null : extension;
    return {
      ...sourceOf(span),
      date: d.date,
      date_precision: d.precision,
      year_inferred: d.year_inferred,
      event: worded ?? notGranted ?? (yearEnd ? (kind === "extension" ? "extended_until" : "year_end") : kind),
    };
  });
  const stated = (d: DanishDate): EventStatement => ({
    ...sourceOf(span),
    date: d.date,
    date_precision: d.precision,
    year_inferred: false,
    event: "dated_statement",
  });
  // A sentence whose new end is only asked for or refused decides no extension on its other dates.
  const asked = dated.find((e) => e.event === "extension_requested" || e.event === "extension_refused")?.event;
  const undecided = asked === "extension_requested" ? "application" : asked;
  if (undecided) for (const e of dated) if (e.event === "extension") e.event = undecided;
  return [...dated, ...ofYears.flatMap((p) => [...(p.start ? [stated(p.start)] : []), stated(p.end)])];
}

// The words just before a date that say what it marks in a trial's life (`løber indtil udgangen af 2022`,
// `siden 1. januar 2019`); a few words may stand between (`den`, `i`, `pr.`). Extensions: `endWording.ts`.
const BEFORE = String.raw`\s+${BEFORE_DATE}`;
const CANCELLED = /\bannull?er(?:et|es|ede)\b|\bopgiv(?:et|es)\b|\bstopp(?:et|es)\b|\bophørt\b|\bikke\s+(?:er\s+|blev\s+|blevet\s+)?(?:anvendt|brugt)\b/iu;
const PLANNED_END = new RegExp(
  String.raw`\b(?:løber|kører|gælder)(?:\s+\S+){0,3}?\s+(?:ind|frem\s+)?til${BEFORE}|\bfrem\s+til${BEFORE}|\b(?:udløber|udløb|ophører|slutter)${BEFORE}`,
  "iu",
);
// The end of a period whose start was the date before: `fra 1. juli 2018 til 31-12-2021`, `1/7 2018 – 31/12 2021`.
const PERIOD_END = /^\s*(?:til|[–-])\s+(?:(?:og\s+med|udgangen\s+af)\s+)?$/iu;
const STARTED = new RegExp(String.raw`\b(?:siden|fra|startede|påbegyndt|igangsat|begyndte)${BEFORE}`, "iu");
/** `Byrådets beslutning fra efteråret 2017`, `brevet fra 3. maj 2021`: `fra` after a decision or a document gives its date, not a start. */
const DATED_BY = new RegExp(
  String.raw`(?<!\p{L})(?:beslutning|afgørelse|godkendelse|tilladelse|brev|svar|notat|referat|ansøgning|bekendtgørelse|aftale|mail|skrivelse|indstilling|høringssvar)(?:en|et|ens|ets|er|erne)?\s+fra${BEFORE}`,
  "iu",
);

/**
 * What a date marks in a trial's life, from the words of prose about one trial (the general layer):
 * a cancellation, an extension's new end (or one asked for or refused: `extensionTo`), a planned end (also a period's end after its start), a start;
 * null where the words say none. `ophører med udgangen af 2021` is a planned end, not a cancellation.
 * `before` is the text from the previous date to this one, `extension` what the sentence says of an
 * extension to it (`extensionTo`), `startsPeriod` whether a period's end follows it (`for perioden
 * 1. januar 2018 – 31. december 2021`); a sentence with one date is a cancellation
 * wherever its cancelling word stands (`Pr. 1. maj 2020 blev forsøget annulleret`).
 */
export function trialWordingKind(before: string, sentence: string, dates: number, extension: ExtensionKind | null, startsPeriod = false): string | null {
  if (CANCELLED.test(before) || (dates === 1 && CANCELLED.test(sentence))) return "cancellation";
  if (extension) return extension;
  if (PLANNED_END.test(before) || PERIOD_END.test(before)) return "planned_end";
  if ((STARTED.test(before) && !DATED_BY.test(before)) || startsPeriod) return "trial_start";
  return null;
}

function sourceOf(span: Span): Pick<EventStatement, "source_line" | "source_line_end" | "quote" | "title_as_written"> {
  return { source_line: span.source_line, source_line_end: span.source_line_end, quote: span.quote, title_as_written: null };
}

/**
 * Periods written as bare years (`i perioden 2016 til 2020`, `for perioden 2021-2022`, `frem til 2020`),
 * which no single date reads: each start and end, the end at the year's last day. A period ending before
 * it starts is a problem.
 */
function periodsOfYears(text: string, dates: FoundDate[], problems: ReadProblem[], line: number): Period[] {
  const read = readPeriods(text);
  const overlapsDate = (from: number, to: number) => dates.some((d) => d.index < to && from < d.index + d.text.length);
  for (const p of read.problems)
    if (!overlapsDate(p.index, p.index + p.text.length) && /end .* before/.test(p.reason)) problems.push({ source_line: line, text: p.text, reason: p.reason });
  return read.periods.filter((p) => !overlapsDate(p.index, p.index + p.text.length));
}
