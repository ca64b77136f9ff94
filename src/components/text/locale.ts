// The site's one Danish (da-DK) formatting module: numbers, kroner, counts and dates, so figures read as the
// sources write them (100.000 · 2,5 · 2,5 mio. kr. · 1. juli 2017). Pages, charts, embeds and the SQL
// notebook (resultFormat.ts) all format through it. No imports, so it is unit-tested in Node.

const DAY = 86_400_000;

/** A number keeps its own decimals up to this many (1278,3333); 2,5 is never rounded to 3. */
const MAX_DECIMALS = 4;

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(grouped: boolean, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${grouped}/${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("da-DK", { maximumFractionDigits, useGrouping: grouped });
    numberFormats.set(key, format);
  }
  return format;
}

// Thousands grouped from five digits: 100.000, but years and municipality codes stay 2012 and 791.
function number(value: number | bigint, maximumFractionDigits: number): string {
  return numberFormat(Math.abs(Number(value)) >= 10_000, maximumFractionDigits).format(value);
}

/**
 * Every number the site shows, in prose, tables, tooltips and axes: a decimal comma with the value's own
 * decimals (up to four), thousands grouped with "." from five digits. 2.5 → "2,5", 1278 → "1278",
 * 100000 → "100.000", -2500000 → "-2.500.000" (hyphen-minus, so copied figures stay numbers), BigInt too.
 * Four-digit numbers stay ungrouped (Danish allows both), so a year or a municipality code (2012, 791)
 * never gets a separator, and a count reads the same in a sentence as in the SQL notebook's table.
 */
export function formatNumber(value: number | bigint): string {
  return number(value, MAX_DECIMALS);
}

/** A count and its noun, singular only for exactly 1: "1 row", "100.000 rows", "7 kommuner". */
export function formatCount(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

const list = new Intl.ListFormat("en", { type: "conjunction" });

/**
 * Items joined as the pages' English prose joins them: "a", "a and b", "a, b, and c". The items (Danish
 * names, dates) keep their own form; only the joining words are the prose's.
 */
export function formatList(items: Iterable<string>): string {
  return list.format(items);
}

/**
 * Kroner as Danish reports write them: from a million "2,5 mio. kr." (one decimal at most), below it
 * "720.000 kr." (øre at most, by the formatNumber rule); "ca. " in front when approximate.
 */
export function formatKr(value: number, approximate = false): string {
  const text = Math.abs(value) >= 1e6 ? `${number(value / 1e6, 1)} mio. kr.` : `${number(value, 2)} kr.`;
  return approximate ? `ca. ${text}` : text;
}

const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("da-DK", { ...options, timeZone: "UTC" });
const dayMonthYear = utc({ day: "numeric", month: "long", year: "numeric" });
const monthYear = utc({ month: "long", year: "numeric" });
const dateTime = utc({ dateStyle: "long", timeStyle: "medium" });
const monthTick = utc({ month: "short", year: "numeric" });

/**
 * A date (UTC; a Date, epoch milliseconds or an ISO string) at its precision, as the sources write it:
 * "1. juli 2017" (day, the default), "juli 2017" (month), "2017" (year), and "udgangen af 2022" for a year
 * anchored to 31 December — how the loaders store `udgangen af`/`ultimo 2022` and a period's end (loaders/dates.ts).
 * "time" adds the time of day: "26. august 2021 kl. 13.04.05". Missing → "–"; not a date → the value as text.
 * A quarter, season or half-year is written as the sources write it, from any day in it (the loaders anchor a
 * start to its first day and an end to its last): "3. kvartal 2019", "foråret 2020", "2. halvår 2019".
 */
const SEASONS = ["foråret", "sommeren", "efteråret", "vinteren"];

export function formatDate(value: Date | number | string | null | undefined, precision: string | null = "day"): string {
  if (value === null || value === undefined) return "–";
  const date = new Date(value);
  if (!Number.isFinite(+date)) return String(value);
  if (precision === "year") {
    const yearEnd = date.getUTCMonth() === 11 && date.getUTCDate() === 31;
    return yearEnd ? `udgangen af ${date.getUTCFullYear()}` : String(date.getUTCFullYear());
  }
  if (precision === "month") return monthYear.format(date);
  const month = date.getUTCMonth();
  if (precision === "quarter") return `${Math.floor(month / 3) + 1}. kvartal ${date.getUTCFullYear()}`;
  if (precision === "half_year") return `${month < 6 ? 1 : 2}. halvår ${date.getUTCFullYear()}`;
  // Spring is March to May, as loaders/dates.ts reads `foråret`; winter (no loader anchors it) is named by the year its December is in.
  if (precision === "season") return `${SEASONS[Math.floor(((month + 10) % 12) / 3)]} ${date.getUTCFullYear() - (month < 2 ? 1 : 0)}`;
  if (precision === "time") return dateTime.format(date);
  return dayMonthYear.format(date);
}

/** True when a date (UTC) has a time of day, not just midnight. */
export function hasTime(value: Date | number): boolean {
  return +value % DAY !== 0;
}

/** Time-axis ticks: the year on 1 January ("2013"), else month and year ("jul. 2017"). */
export function formatTimeTick(date: Date): string {
  return date.getUTCMonth() === 0 && date.getUTCDate() === 1 ? String(date.getUTCFullYear()) : monthTick.format(date);
}
