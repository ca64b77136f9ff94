/** Dated milestones in running text: each date in a sentence, typed by the words around it. */
import { MONTH, findDanishDates, monthNumber } from "./dates.ts";
import type { Span } from "./prose.ts";
import type { EventStatement } from "./types.ts";

const KINDS: Array<[string, RegExp]> = [
  ["extension", /forlænget|fortsættes|forlænges/i],
  ["application_received", /modtog|ansøgning\w* .*modtaget|indsendt/i],
  ["hearing", /høring/i],
  ["entry_into_force", /ikrafttrædelse|træder i kraft/i],
  ["deadline", /frist/i],
  ["meeting", /møde/i],
  ["webinar", /webinar/i],
  ["correspondence", /\bmail\b|brev/i],
  ["trial_start", /igangsat|påbegyndt|startede/i],
];

/** `d. 24. februar`: a day and month with no year, read in the document's context. */
const DAY_MONTH = new RegExp(String.raw`\bd\.\s*(\d{1,2})\.\s*(${MONTH})\b(?!\.?\s+\d{4})`, "gi");

export function kindOf(text: string): string {
  return KINDS.find(([, re]) => re.test(text))?.[0] ?? "dated_statement";
}

/**
 * Events in one sentence. A date without a year takes the first year in which it falls after
 * `after` (the document's latest earlier date), and is marked `year_inferred`.
 */
export function eventsIn(span: Span, after: string | null = null): EventStatement[] {
  const base = { source_line: span.source_line, source_line_end: span.source_line_end, quote: span.quote, title_as_written: null };
  const event = kindOf(span.quote);
  // `udgangen af 2022` is where an extension runs to, not when something happened.
  const dated = findDanishDates(span.quote).map((d) => ({
    ...base, date: d.date, date_precision: d.precision, year_inferred: false,
    event: d.precision === "year" ? (event === "extension" ? "extended_until" : "year_end") : event,
  }));
  if (after) {
    for (const m of span.quote.matchAll(DAY_MONTH)) {
      const [month, day] = [monthNumber(m[2]), Number(m[1])];
      let year = Number(after.slice(0, 4));
      const iso = (y: number) => `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      if (iso(year) <= after) year++;
      dated.push({ ...base, date: iso(year), date_precision: "day", year_inferred: true, event });
    }
  }
  return dated;
}

