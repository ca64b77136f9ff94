import { csvParse, dsvFormat } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { fiveSeedCorpus } from "./loaders/helpers.ts";
import { SCHEMA } from "../loaders/schema.ts";
import { toCsv, toExcelCsv } from "../src/components/page/csv.ts";

const { tables } = fiveSeedCorpus();
const columns = (table: keyof typeof SCHEMA) => SCHEMA[table].columns;
/** A row as CSV would carry it: dates ISO, lists `|`-joined, null empty, numbers as text. */
const asText = (row: Record<string, unknown>, table: keyof typeof SCHEMA) =>
  Object.fromEntries(
    columns(table).map((c) => {
      const v = row[c.name];
      return [c.name, v === null ? "" : Array.isArray(v) ? v.join("|") : String(v)];
    }),
  );

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
    const text = toExcelCsv(
      [{ metric: "Saved; roughly", value: 2.5, unit: "mio. kr." }],
      [
        { name: "metric", type: "VARCHAR" },
        { name: "value", type: "DOUBLE" },
        { name: "unit", type: "VARCHAR" },
      ],
    );
    expect(text).toBe('\uFEFFmetric;value;unit\r\n"Saved; roughly";2,5;mio. kr.\r\n');
    const parsed = dsvFormat(";").parse(toExcelCsv(tables.participation, columns("participation")).slice(1));
    expect(parsed.map((r) => ({ ...r }))).toEqual(tables.participation.map((r) => asText(r, "participation")));
  });
});

describe("CSV downloads with hostile cells", () => {
  // A seed line a spreadsheet would read as a formula (OWASP "CSV injection"), beside real numbers.
  const hostileColumns = [
    { name: "text", type: "VARCHAR" },
    { name: "value", type: "DOUBLE" },
    { name: "themes", type: "VARCHAR[]" },
  ];
  const hostile = ['=HYPERLINK("http://x","klik")', "+cmd|' /C calc'!A0", "- punkt", "@SUM(A1)", "\tx", "\rx"];
  const rows = [
    ...hostile.map((text, i) => ({ text, value: i === 2 ? -720000 : 1.5, themes: [text, "ok"] })),
    { text: "almindelig tekst", value: -0.25, themes: [] },
  ];

  it("for Danish Excel: a text cell starting with = + - @ tab or CR gets a leading ', numbers stay numbers", () => {
    const parsed = dsvFormat(";").parse(toExcelCsv(rows, hostileColumns).slice(1));
    expect(parsed.map((r) => r.text)).toEqual([...hostile.map((t) => `'${t}`), "almindelig tekst"]);
    expect(parsed.map((r) => r.value)).toEqual(["1,5", "1,5", "-720000", "1,5", "1,5", "1,5", "-0,25"]);
    expect(parsed.map((r) => r.themes)).toEqual([...hostile.map((t) => `'${t}|ok`), ""]);
    // No cell of the file, quoted or not, starts a formula.
    for (const row of parsed) for (const [name, v] of Object.entries(row)) if (name !== "value") expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("the real lines table: its cells starting with - reach Danish Excel as text, marked and nothing else changed", () => {
    const parsed = dsvFormat(";").parse(toExcelCsv(tables.lines, columns("lines")).slice(1));
    const expected = tables.lines.map((r) => {
      const row = asText(r, "lines");
      for (const c of columns("lines")) if (c.type.startsWith("VARCHAR") && /^[=+\-@\t\r]/.test(row[c.name])) row[c.name] = `'${row[c.name]}`;
      return row;
    });
    expect(parsed.map((r) => ({ ...r }))).toEqual(expected);
    expect(parsed.filter((r) => Object.values(r).some((v) => v.startsWith("'-"))).length).toBeGreaterThanOrEqual(8);
  });

  it("plain CSV stays RFC 4180 data: every value exactly as in the table", () => {
    const parsed = csvParse(toCsv(rows, hostileColumns));
    expect(parsed.map((r) => r.text)).toEqual([...hostile, "almindelig tekst"]);
    expect(parsed.map((r) => Number(r.value))).toEqual(rows.map((r) => r.value));
    expect(parsed.map((r) => r.themes)).toEqual([...hostile.map((t) => `${t}|ok`), ""]);
  });
});
