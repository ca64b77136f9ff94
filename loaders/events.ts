/** Dated milestones in running text: each date in a sentence, typed by the words around it. */
import { readDates, readPeriods, type DanishDate, type FoundDate, type Period } from "./dates.ts";
import type { Span } from "./prose.ts";
import type { EventStatement, ReadProblem } from "./types.ts";

const KINDS: Array<[string, RegExp]> = [
  // OCR writes forlænget as `forlenget`, `forleenget`.
  ["extension", /forl\S{0,2}nge[ts]|fortsættes/i],
  ["application_received", /modtog|ansøgning\p{L}* .*modtaget|modtaget .*ansøgning|indsendt/iu],
  ["hearing", /høring/i],
  ["entry_into_force", /ikrafttrædelse|træder i kraft/i],
  ["deadline", /frist/i],
  ["meeting", /møde/i],
  ["webinar", /webinar/i],
  ["correspondence", /\bmail\b|brev/i],
  ["trial_start", /igangsat|påbegyndt|startede/i],
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
export function eventsIn(span: Span, after: string | null, problems: ReadProblem[]): EventStatement[] {
  const read = readDates(span.quote, { after });
  for (const p of read.problems) problems.push({ source_line: span.source_line, text: p.text, reason: p.reason });
  const ofYears = periodsOfYears(span.quote, read.dates, problems, span.source_line);
  // An unreadable date still ends the words that type the next one.
  const ends = read.problems.map((p) => p.index + p.text.length);
  const dated = read.dates.map((d, i) => {
    const from = Math.max(i ? read.dates[i - 1].index + read.dates[i - 1].text.length : 0, ...ends.filter((e) => e <= d.index));
    const window = span.quote.slice(from, d.index + d.text.length);
    const kind = KINDS.find(([, re]) => re.test(window))?.[0] ?? kindOf(span.quote);
    // `udgangen af 2022` is where an extension runs to, not when something happened.
    const yearEnd = d.precision === "year" && d.date.endsWith("-12-31");
    return {
      ...sourceOf(span),
      date: d.date,
      date_precision: d.precision,
      year_inferred: d.year_inferred,
      event: yearEnd ? (kind === "extension" ? "extended_until" : "year_end") : kind,
    };
  });
  const stated = (d: DanishDate): EventStatement => ({
    ...sourceOf(span),
    date: d.date,
    date_precision: d.precision,
    year_inferred: false,
    event: "dated_statement",
  });
  return [...dated, ...ofYears.flatMap((p) => [...(p.start ? [stated(p.start)] : []), stated(p.end)])];
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
