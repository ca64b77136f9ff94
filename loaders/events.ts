/** Dated milestones in running text: each date in a sentence, typed by the words around it. */
import { MONTH, findDanishDates, monthNumber } from "./dates.ts";
import type { Span } from "./prose.ts";
import type { EventStatement } from "./types.ts";

const KINDS: Array<[string, RegExp]> = [
  // OCR writes forlænget as `forlenget`, `forleenget`.
  ["extension", /forl\S{0,2}nge[ts]|fortsættes/i],
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
 * Events in one sentence, each typed by the words between the previous date and its own. A date
 * without a year takes the first year in which it falls after `after`, and is marked `year_inferred`.
 */
export function eventsIn(span: Span, after: string | null = null): EventStatement[] {
  const found = findDanishDates(span.quote).map((d) => ({ ...d, year_inferred: false }));
  if (after) {
    for (const m of span.quote.matchAll(DAY_MONTH)) {
      const [month, day] = [monthNumber(m[2]), Number(m[1])];
      const iso = (y: number) => `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      let year = Number(after.slice(0, 4));
      if (iso(year) <= after) year++;
      found.push({ date: iso(year), precision: "day", index: m.index!, text: m[0], year_inferred: true });
    }
  }
  found.sort((a, b) => a.index - b.index);
  let from = 0;
  return found.map((d) => {
    const window = span.quote.slice(from, d.index + d.text.length);
    from = d.index + d.text.length;
    const kind = KINDS.find(([, re]) => re.test(window))?.[0] ?? kindOf(span.quote);
    return {
      source_line: span.source_line, source_line_end: span.source_line_end, quote: span.quote, title_as_written: null,
      date: d.date, date_precision: d.precision, year_inferred: d.year_inferred,
      // `udgangen af 2022` is where an extension runs to, not when something happened.
      event: d.precision === "year" ? (kind === "extension" ? "extended_until" : "year_end") : kind,
    };
  });
}
