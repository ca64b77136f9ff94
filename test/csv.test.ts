import { csvParse, dsvFormat } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { fiveSeedCorpus } from "./loaders/helpers.ts";
import { SCHEMA } from "../loaders/schema.ts";
import { toCsv, toExcelCsv } from "../src/components/csv.ts";

const { tables } = fiveSeedCorpus();
const columns = (table: keyof typeof SCHEMA) => SCHEMA[table].columns;
/** A row as CSV would carry it: dates ISO, lists `|`-joined, null empty, numbers as text. */
const asText = (row: Record<string, unknown>, table: keyof typeof SCHEMA) =>
  Object.fromEntries(columns(table).map((c) => {
    const v = row[c.name];
    return [c.name, v === null ? "" : Array.isArray(v) ? v.join("|") : String(v)];
  }));

describe("CSV downloads", () => {
  it("parse back to the same rows (outcomes: quotes, commas, lists, decimals)", () => {
    const parsed = csvParse(toCsv(tables.outcomes, columns("outcomes")));
    expect(parsed.columns).toEqual(columns("outcomes").map((c) => c.name));
    expect(parsed.map((r) => ({ ...r }))).toEqual(tables.outcomes.map((r) => asText(r, "outcomes")));
  });

  it("write dates as YYYY-MM-DD from epoch milliseconds, as the browser has them", () => {
    const rows = tables.trials.map((t) => ({ ...t, start_date: t.start_date === null ? null : Date.parse(t.start_date as string) }));
    const parsed = csvParse(toCsv(rows, columns("trials")));
    expect(parsed.map((r) => r.start_date)).toEqual(tables.trials.map((t) => t.start_date ?? ""));
  });

  it("for Danish Excel: BOM, semicolons, decimal commas, and still the same rows", () => {
    const text = toExcelCsv([{ metric: "Saved; roughly", value: 2.5, unit: "mio. kr." }], [
      { name: "metric", type: "VARCHAR" }, { name: "value", type: "DOUBLE" }, { name: "unit", type: "VARCHAR" },
    ]);
    expect(text).toBe('\uFEFFmetric;value;unit\r\n"Saved; roughly";2,5;mio. kr.\r\n');
    const parsed = dsvFormat(";").parse(toExcelCsv(tables.participation, columns("participation")).slice(1));
    expect(parsed.map((r) => ({ ...r }))).toEqual(tables.participation.map((r) => asText(r, "participation")));
  });
});
