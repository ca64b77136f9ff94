// Which chart, if any, a notebook result gets: exactly one numeric column beside one date column (a line
// over time) or one text or boolean column (a bar per category). Anything else is only a table.
import type { ColumnKind } from "./resultFormat.js";

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
