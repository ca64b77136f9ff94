/** Danish dates as written in the seeds → ISO dates with their precision. */

export type DatePrecision = "day" | "month" | "year";

export interface DanishDate {
  /** ISO `YYYY-MM-DD`; a month or year is anchored to its first day, `udgangen af` to its last. */
  date: string;
  precision: DatePrecision;
}

const MONTHS: Record<string, number> = {
  jan: 1, januar: 1, feb: 2, februar: 2, mar: 3, marts: 3, apr: 4, april: 4, maj: 5,
  jun: 6, juni: 6, jul: 7, juli: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** Any Danish month name or abbreviation, longest first. */
export const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");

/** `1. okt. 2013`, `1.sept. 2013`, `31. dec 2015`, `Jan. 2014`, `udgangen af 2022`. */
export const DANISH_DATE = new RegExp(
  String.raw`(?:(\d{1,2})\.\s*(${MONTH})\.?\s+(\d{4}))|(?:\b(${MONTH})\.?\s+(\d{4}))|(?:udgangen\s+af\s+(\d{4}))`,
  "gi",
);

function iso(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`no such date: ${day}.${month}.${year}`);
  }
  return d.toISOString().slice(0, 10);
}

function fromMatch(m: RegExpExecArray): DanishDate {
  if (m[1]) return { date: iso(+m[3], monthNumber(m[2]), +m[1]), precision: "day" };
  if (m[4]) return { date: iso(+m[5], monthNumber(m[4]), 1), precision: "month" };
  return { date: iso(+m[6], 12, 31), precision: "year" };
}

/** Every date in `text`, in order, with the index where it starts. */
export function findDanishDates(text: string): Array<DanishDate & { index: number; text: string }> {
  return [...text.matchAll(DANISH_DATE)].map((m) => ({ ...fromMatch(m as RegExpExecArray), index: m.index!, text: m[0] }));
}

/** Parses a string that is exactly one Danish date; throws otherwise. */
export function parseDanishDate(text: string): DanishDate {
  const found = findDanishDates(text.trim());
  if (found.length !== 1 || found[0].text.length !== text.trim().length) {
    throw new RangeError(`not a Danish date: "${text}"`);
  }
  return { date: found[0].date, precision: found[0].precision };
}

/** `okt` → 10. */
export function monthNumber(name: string): number {
  const month = MONTHS[name.toLowerCase().replace(/\.$/, "")];
  if (!month) throw new RangeError(`not a Danish month: "${name}"`);
  return month;
}
