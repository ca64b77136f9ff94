/**
 * Danish dates and periods as documents write them → ISO dates with their precision. Impossible dates,
 * implausible years and periods that end before they start are returned as problems, never stored.
 */
import type { Unreadable } from "./types.ts";

/** How exact a date is; a vague date keeps its precision (`foråret 2020` is a season, not 1 March). */
export type DatePrecision = "day" | "month" | "quarter" | "season" | "half_year" | "year";

/** Years a date about the trials can fall in; anything else is a misreading (`20122`, `1912`). */
export const PLAUSIBLE_YEARS = { first: 2000, last: 2040 } as const;

export interface DanishDate {
  /**
   * ISO `YYYY-MM-DD`. A month, quarter, season, half-year or year is anchored to its first day; `udgangen
   * af`/`ultimo` and the end of a period to its last.
   */
  date: string;
  precision: DatePrecision;
}

export interface FoundDate extends DanishDate {
  /** The words read and where they start in the text. */
  text: string;
  index: number;
  /** True when the year is not written and was taken from the context (`d. 24. februar`). */
  year_inferred: boolean;
}

export interface DateReading {
  dates: FoundDate[];
  problems: Unreadable[];
}

export interface ReadContext {
  /** ISO date the text is known to follow (a letter's date): a day and month without a year fall after it. */
  after?: string | null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januar: 1,
  feb: 2,
  februar: 2,
  mar: 3,
  marts: 3,
  apr: 4,
  april: 4,
  maj: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Any Danish month name or abbreviation, longest first. */
export const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** `okt` → 10. */
export function monthNumber(name: string): number {
  const month = MONTHS[name.toLowerCase().replace(/\.$/, "")];
  if (!month) throw new RangeError(`not a Danish month: "${name}"`);
  return month;
}

/** What one form of date states; `year` null for a day and month whose year the context gives. */
interface Stated {
  year: number | null;
  month: number;
  day: number;
  precision: DatePrecision;
  /** `udgangen af 2024`: the last day of the span, not the first. */
  last?: boolean;
}

const YEAR = String.raw`(\d{4,})(?!\d)`;
const EDGE = String.raw`primo|ultimo|(?:udgangen|slutningen|starten|begyndelsen)\s+af`;
const isEnd = (edge: string | undefined) => !!edge && /^(?:ultimo|udgangen|slutningen)/i.test(edge);
/** A bare year that starts a range (`fra 2012-2017`, `fra 2016 til 2020`) is read as a period, not a date. */
const NOT_A_RANGE = String.raw`(?!\s*(?:-|–|—|til(?:\s+og\s+med)?)\s*\d)`;
const SEASONS: Record<string, number> = { forår: 3, foråret: 3, sommer: 6, sommeren: 6, efterår: 9, efteråret: 9 };

const FORMS: Array<[RegExp, (m: string[]) => Stated]> = [
  // `1. maj 2017`, `1.sept. 2013`, `31. dec 2015`
  [
    new RegExp(String.raw`(?<![\d.])(\d{1,2})\.\s*(${MONTH})\.?\s+${YEAR}`, "giu"),
    (m) => ({ year: +m[3], month: monthNumber(m[2]), day: +m[1], precision: "day" }),
  ],
  // `26-08-2021`, `31.12.2022`, `26/8/2021`
  [new RegExp(String.raw`(?<![\d.,/-])(\d{1,2})([-./])(\d{1,2})\2${YEAR}`, "gu"), (m) => ({ year: +m[4], month: +m[3], day: +m[1], precision: "day" })],
  // `26/8 2021`, `26/8-2021`
  [new RegExp(String.raw`(?<![\d.,/-])(\d{1,2})/(\d{1,2})[ -]${YEAR}`, "gu"), (m) => ({ year: +m[3], month: +m[2], day: +m[1], precision: "day" })],
  // `2021-08-26`
  [/(?<![\d.,/-])(\d{4})-(\d{2})-(\d{2})(?![\d])/gu, (m) => ({ year: +m[1], month: +m[2], day: +m[3], precision: "day" })],
  // `september 2017`, `Jan. 2014`, `ultimo september 2017`, `udgangen af februar 2024`
  [
    new RegExp(String.raw`(?<!\p{L})(?:(${EDGE})\s+)?(${MONTH})\.?\s+${YEAR}`, "giu"),
    (m) => ({ year: +m[3], month: monthNumber(m[2]), day: 1, precision: "month", last: isEnd(m[1]) }),
  ],
  // `foråret 2020`, `sommeren 2020`, `efteråret 2020`; OCR's `a` for `å` (`efteraret 2020`)
  [
    new RegExp(String.raw`(?<!\p{L})(for[åa]ret|for[åa]r|sommeren|sommer|efter[åa]ret|efter[åa]r)\s+${YEAR}`, "giu"),
    (m) => ({ year: +m[2], month: SEASONS[m[1].toLowerCase().replace(/^(for|efter)a/, "$1å")], day: 1, precision: "season" }),
  ],
  // `1. halvår 2019`, `andet halvår 2019` (`halvar` as OCR reads it)
  [
    new RegExp(String.raw`(?<![\d.\p{L}])(1|2|første|andet|f[ø0]rste)\.?\s*halv[åa]r\s+${YEAR}`, "giu"),
    (m) => ({ year: +m[2], month: /^(?:1|f[ø0]rste)$/i.test(m[1]) ? 1 : 7, day: 1, precision: "half_year" }),
  ],
  // `3. kvartal 2019`
  [new RegExp(String.raw`(?<![\d.])([1-4])\.?\s*kvartal\s+${YEAR}`, "giu"), (m) => ({ year: +m[2], month: 3 * (+m[1] - 1) + 1, day: 1, precision: "quarter" })],
  // `udgangen af 2024`, `ultimo 2018`, `primo 2018`
  [new RegExp(String.raw`(?<!\p{L})(${EDGE})\s+${YEAR}`, "giu"), (m) => ({ year: +m[2], month: 1, day: 1, precision: "year", last: isEnd(m[1]) })],
  // `siden 2020`, `fra 2018`: a year a state of affairs runs from (not `i 2021`, which dates a figure)
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:siden|fra)\s+((?:19|20)\d{2})(?![\d.,]\d)${NOT_A_RANGE}(?!\s*(?:kr\.?|kroner|mio\.?|DKK|%|pct\.?|procent)(?!\p{L}))`,
      "giu",
    ),
    (m) => ({ year: +m[1], month: 1, day: 1, precision: "year" }),
  ],
  // `d. 24. februar`, `den 1. maj`: no year
  [
    new RegExp(String.raw`(?<!\p{L})(?:d\.|den)\s*(\d{1,2})\.\s*(${MONTH})\b(?!\.?\s*\d)`, "giu"),
    (m) => ({ year: null, month: monthNumber(m[2]), day: +m[1], precision: "day" }),
  ],
];

const pad = (n: number) => String(n).padStart(2, "0");
const isoOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function exists(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const MONTHS_SPANNED: Record<DatePrecision, number> = { day: 0, month: 1, quarter: 3, season: 3, half_year: 6, year: 12 };

/** The last day of the month, quarter, season, half-year or year a date stands for; a day is its own. */
export function lastDay({ date, precision }: DanishDate): string {
  if (precision === "day") return date;
  const [year, month] = date.split("-").map(Number);
  const first = precision === "year" ? 1 : month;
  return new Date(Date.UTC(year, first - 1 + MONTHS_SPANNED[precision], 0)).toISOString().slice(0, 10);
}

/** The first and last day of the span a date stands for at its precision, whichever day anchors it. */
function spanOfDate({ date, precision }: DanishDate): [string, string] {
  if (precision === "day") return [date, date];
  const [year, month] = date.split("-").map(Number);
  const months = MONTHS_SPANNED[precision];
  // Seasons start in March, June, September and December (winter runs into the next year).
  const offset = precision === "season" ? 2 : 0;
  const first = precision === "year" ? 1 : Math.floor(((month - 1 - offset + 12) % 12) / months) * months + 1 + offset;
  const start = isoOf(month < first ? year - 1 : year, first, 1);
  return [start, lastDay({ date: start, precision })];
}

/**
 * Whether two dates can be the same day: a vague date stands for its span (`2018` for all of 2018,
 * `sommeren 2018` for June to August), so it agrees with any date in it and with any span it meets.
 */
export function datesAgree(a: DanishDate, b: DanishDate): boolean {
  const [aFirst, aLast] = spanOfDate(a);
  const [bFirst, bLast] = spanOfDate(b);
  return aFirst <= bLast && bFirst <= aLast;
}

function resolve(s: Stated, after: string | null | undefined): DanishDate | { reason: string } | null {
  let year = s.year;
  if (year === null) {
    if (!after) return null;
    year = Number(after.slice(0, 4));
    if (isoOf(year, s.month, s.day) <= after) year++;
  }
  if (year < PLAUSIBLE_YEARS.first || year > PLAUSIBLE_YEARS.last) {
    return { reason: `implausible year ${year} (expected ${PLAUSIBLE_YEARS.first}–${PLAUSIBLE_YEARS.last})` };
  }
  if (!exists(year, s.month, s.day)) return { reason: `no such date: ${s.day}.${s.month}.${year}` };
  const first = { date: isoOf(year, s.month, s.day), precision: s.precision };
  return s.last ? { ...first, date: lastDay(first) } : first;
}

/**
 * `1. april 2018 - 31.` then other words, then `december 2021`: two columns read across, so the month
 * that follows is not a month-long date but the end day's month. Read as `december 2021` it would be wrong.
 */
const SPLIT_DAY_BEFORE = /[-–]\s*\d{1,2}\.\s+(?:[\p{L}@]+[-,.]?\s+){1,5}$/u;

/** Every date in `text`, in order, and every date-like place that names no real, plausible date. */
export function readDates(text: string, context: ReadContext = {}): DateReading {
  const found: Array<{ index: number; end: number; stated: Stated; text: string }> = [];
  for (const [pattern, read] of FORMS) {
    for (const m of text.matchAll(pattern)) found.push({ index: m.index!, end: m.index! + m[0].length, stated: read(m), text: m[0] });
  }
  // Of overlapping readings the earliest and then the longest wins (`1. maj 2017` over `maj 2017`).
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: DateReading = { dates: [], problems: [] };
  let until = -1;
  for (const f of found) {
    if (f.index < until) continue;
    until = f.end;
    if (f.stated.precision === "month" && SPLIT_DAY_BEFORE.test(text.slice(Math.max(0, f.index - 80), f.index))) {
      out.problems.push({ index: f.index, text: f.text, reason: "a period's end day stands apart from its month (columns read across lines?)" });
      continue;
    }
    const r = resolve(f.stated, context.after);
    if (r === null) continue;
    if ("reason" in r) out.problems.push({ index: f.index, text: f.text, reason: r.reason });
    else out.dates.push({ ...r, index: f.index, text: f.text, year_inferred: f.stated.year === null });
  }
  return out;
}

/** Parses a string that is exactly one Danish date; throws otherwise. */
export function parseDanishDate(text: string): DanishDate {
  const { dates, problems } = readDates(text.trim());
  if (problems.length) throw new RangeError(problems[0].reason);
  if (dates.length !== 1 || dates[0].text.length !== text.trim().length) throw new RangeError(`not a Danish date: "${text}"`);
  return { date: dates[0].date, precision: dates[0].precision };
}

export interface Period {
  /** null for `frem til 2020`: only the end is stated. */
  start: DanishDate | null;
  /** The last day of what the end names (`til og med september 2017` → 30 September). */
  end: DanishDate;
  text: string;
  index: number;
}

export interface PeriodReading {
  periods: Period[];
  /** Unreadable dates, and periods whose end precedes their start. */
  problems: Unreadable[];
}

const BETWEEN = /^\s*(?:-|–|—|til og med|til)\s*$/i;
const UNTIL = /(?:frem til|indtil|til og med)\s*$/i;
/** A bare year: not part of a longer number, a date or a decimal. */
const BARE_YEAR = String.raw`(\d{4})(?!\d|[.,/-]\d)`;
const YEARS = new RegExp(String.raw`(?<![\d.,/-])(\d{4})\s*(?:-|–|—|til og med|til)\s*${BARE_YEAR}`, "giu");
const UNTIL_YEAR = new RegExp(String.raw`(?<!\p{L})(?:frem til|indtil|til og med)\s+${BARE_YEAR}`, "giu");
const plausible = (year: number) => year >= PLAUSIBLE_YEARS.first && year <= PLAUSIBLE_YEARS.last;
/**
 * `faldet med 8.000 kr. fra 2021 til 2022`, `steget fra 2020 til 2022`: two years a figure is compared
 * between, not a period (a word of change earlier in the clause, `fra` right before the first year).
 * Case-sensitive: under `i`, `\p{Lu}` would match any letter.
 */
const COMPARED =
  /(?<!\p{L})(?:faldet|faldt|falder|steget|steg|stiger|øget|øgede|øges|reduceret|mindsket|vokset|voksede|gået\s+(?:op|ned)|ændret)(?!\p{L})(?:[^.;:]|\.(?!\s+\p{Lu})){0,80}\bfra\s+$/u;
/**
 * A bare year after `til`, `indtil`, `frem til`, `til og med` (`forlænget til 2023`), not after a number or
 * date (`2021 til 2022`: a period, see `readPeriods`), an amount (`til 2023 kr.`) or part of a longer number or date.
 */
const YEAR_AFTER_TO =
  /(?<!\d\s*)(?<!\p{L})(?:ind|frem\s+)?ti[l1I](?:\s+og\s+med)?\s+((?:19|20)\d{2})(?!\d|[.,/-]\d)(?!\s*(?:kr\.?|kroner|mio\.?|mia\.?|DKK|%|pct\.?|procent)(?!\p{L}))/giu;

/** Whether two readings of `text` share a character (a bare year inside a date `readDates` read). */
export function overlaps(a: { index: number; text: string }, b: { index: number; text: string }): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/**
 * Bare years after `til` (`forlænget til 2023`, `frem til 2023`) as the last day of the year, with
 * precision `year`, each with the year's place in `text` (the words before it say what the end is; a
 * caller keeps only those they make an end of), and an implausible year as a problem. No single date
 * reads them (see `readDates`).
 */
export function readYearEnds(text: string): DateReading {
  const out: DateReading = { dates: [], problems: [] };
  for (const m of text.matchAll(YEAR_AFTER_TO)) {
    const year = +m[1];
    const index = m.index! + m[0].length - m[1].length;
    if (!plausible(year))
      out.problems.push({ index, text: m[1], reason: `implausible year ${year} (expected ${PLAUSIBLE_YEARS.first}–${PLAUSIBLE_YEARS.last})` });
    else out.dates.push({ date: isoOf(year, 12, 31), precision: "year", text: m[1], index, year_inferred: false });
  }
  return out;
}

/**
 * Every period in `text`: two dates joined by `-` or `til` (`1. juli 2012 til 31. dec. 2015`), two
 * years (`i perioden 2016 til 2020`, `fra 2012-2017`, `2016-2020`), or an end alone (`frem til 2020`,
 * `indtil 1. maj 2017`, `til og med september 2017`).
 */
export function readPeriods(text: string, context: ReadContext = {}): PeriodReading {
  const { dates, problems } = readDates(text, context);
  const candidates: Period[] = [];
  const used = new Set<FoundDate>();
  dates.forEach((d, i) => {
    const next = dates[i + 1];
    if (next && !used.has(d) && BETWEEN.test(text.slice(d.index + d.text.length, next.index))) {
      candidates.push({ start: d, end: next, index: d.index, text: text.slice(d.index, next.index + next.text.length) });
      used.add(d).add(next);
    }
  });
  for (const d of dates) {
    const before = text.slice(0, d.index).match(UNTIL);
    if (used.has(d) || !before) continue;
    candidates.push({ start: null, end: d, index: d.index - before[0].length, text: text.slice(d.index - before[0].length, d.index + d.text.length) });
  }
  const taken = (from: number, to: number) => dates.some((d) => d.index < to && from < d.index + d.text.length);
  for (const m of text.matchAll(YEARS)) {
    const [from, to] = [+m[1], +m[2]];
    if (!plausible(from) || !plausible(to) || taken(m.index!, m.index! + m[0].length)) continue;
    if (COMPARED.test(text.slice(0, m.index))) continue;
    candidates.push({
      start: { date: isoOf(from, 1, 1), precision: "year" },
      end: { date: isoOf(to, 12, 31), precision: "year" },
      index: m.index!,
      text: m[0],
    });
  }
  for (const m of text.matchAll(UNTIL_YEAR)) {
    if (!plausible(+m[1]) || taken(m.index!, m.index! + m[0].length)) continue;
    candidates.push({ start: null, end: { date: isoOf(+m[1], 12, 31), precision: "year" }, index: m.index!, text: m[0] });
  }
  const periods: Period[] = [];
  for (const c of candidates.sort((a, b) => a.index - b.index)) {
    const p = periodOf(c.start, c.end, c.text, c.index);
    if ("reason" in p) problems.push(p);
    else periods.push(p);
  }
  return { periods, problems: problems.sort((a, b) => a.index - b.index) };
}

/** The period from `start` to the last day `end` names, or a problem when that end precedes the start. */
export function periodOf(start: DanishDate | null, end: DanishDate, text: string, index: number): Period | Unreadable {
  const last = { date: lastDay(end), precision: end.precision };
  if (start && last.date < start.date) return { index, text, reason: `the period's end (${last.date}) is before its start (${start.date})` };
  return { start: start && { date: start.date, precision: start.precision }, end: last, text, index };
}
