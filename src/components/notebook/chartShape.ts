// Which chart, if any, a notebook result gets: exactly one numeric column beside one date column (a line
// over time) or one text or boolean column (a bar per category). Anything else is only a table.
import type { ColumnKind, Precision } from "./resultFormat.js";

/** More bars than this are unreadable; the table shows them. */
export const MAX_BARS = 60;

export interface ChartShape {
  mark: "bar" | "line";
  /** The category (bar) or date (line) column. */
  key: string;
  /** The numeric column. */
  value: string;
}

export function chartShape(columns: ReadonlyArray<{ name: string; kind: ColumnKind }>, rowCount: number): ChartShape | null {
  if (columns.length !== 2 || columns[0].name === columns[1].name) return null;
  const value = columns.find((c) => c.kind === "number");
  const key = columns.find((c) => c !== value);
  if (!value || !key) return null;
  if (key.kind === "temporal" && rowCount >= 2) return { mark: "line", key: key.name, value: value.name };
  if ((key.kind === "text" || key.kind === "boolean") && rowCount >= 1 && rowCount <= MAX_BARS) {
    return { mark: "bar", key: key.name, value: value.name };
  }
  return null;
}

/**
 * A line's points in date order, with a break (value null, which a line does not join across) wherever
 * a year, month or day is missing at the column's precision: 2012, 2016 are not joined across 2013–2015.
 * Times of day have no natural step, so they are never broken.
 */
export function breakAtGaps<P extends { date: Date; value: number | null }>(points: P[], precision: Precision): Array<P | { date: Date; value: null }> {
  const sorted = [...points].sort((a, b) => +a.date - +b.date);
  if (precision === "time") return sorted;
  const next = (d: Date) =>
    precision === "year"
      ? Date.UTC(d.getUTCFullYear() + 1, 0, 1)
      : precision === "month"
        ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
        : +d + 86_400_000;
  return sorted.flatMap((p, i) => (i > 0 && +p.date > next(sorted[i - 1].date) ? [{ date: new Date(next(sorted[i - 1].date)), value: null }, p] : [p]));
}
