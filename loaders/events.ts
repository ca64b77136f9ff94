/** Dated milestones in running text: each date in a sentence, typed by the words around it. */
import { readDates } from "./dates.ts";
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
  // An unreadable date still ends the words that type the next one.
  const ends = read.problems.map((p) => p.index + p.text.length);
  return read.dates.map((d, i) => {
    const from = Math.max(i ? read.dates[i - 1].index + read.dates[i - 1].text.length : 0, ...ends.filter((e) => e <= d.index));
    const window = span.quote.slice(from, d.index + d.text.length);
    const kind = KINDS.find(([, re]) => re.test(window))?.[0] ?? kindOf(span.quote);
    // `udgangen af 2022` is where an extension runs to, not when something happened.
    const yearEnd = d.precision === "year" && d.date.endsWith("-12-31");
    return {
      source_line: span.source_line,
      source_line_end: span.source_line_end,
      quote: span.quote,
      title_as_written: null,
      date: d.date,
      date_precision: d.precision,
      year_inferred: d.year_inferred,
      event: yearEnd ? (kind === "extension" ? "extended_until" : "year_end") : kind,
    };
  });
}
