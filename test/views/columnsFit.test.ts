// Whether an edited query's result can be drawn as a view's chart ("Edit this query"), with the rows
// DuckDB-WASM's Node build gives for the timeline's own query and for edits of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseRows } from "../../loaders/views.ts";
import type { TableName } from "../../loaders/schema.ts";
import { columnsMisfit } from "../../src/components/views/columnsFit.ts";
import { periods } from "../../src/components/views/timeline.ts";
import { type BaseRows, type Row, rowsOf, viewQuery } from "../../src/components/views/view.ts";
import { fiveSeedCorpus } from "../loaders/helpers.ts";
import { duckdbWasm } from "./duckdbWasm.ts";

const { tables } = fiveSeedCorpus();
let base: BaseRows;
let db: Awaited<ReturnType<typeof duckdbWasm>>;

beforeAll(async () => {
  base = await baseRows(periods, tables);
  db = await duckdbWasm(tables, periods.tables as TableName[]);
}, 120_000);
afterAll(() => db?.close());

/** The result of `sql` as the edit cell reads it: its columns in order, and its rows made plain. */
async function run(sql: string): Promise<{ columns: string[]; rows: Row[] }> {
  const table = await db.query(sql);
  return { columns: table.schema.fields.map((f) => f.name), rows: rowsOf(table) };
}

const { sql } = viewQuery(periods, { sort: "start" }, { literals: true });

describe("an edited query's result and the timeline", () => {
  it("fits when only the rows change, or a column is added", async () => {
    const { columns, rows } = await run(sql.replace("LIMIT 200", "LIMIT 3"));
    expect(rows).toHaveLength(3);
    expect(columnsMisfit(base.rows, columns, rows)).toBeNull();
    const more = await run(`SELECT *, 1 AS extra FROM (${sql})`);
    expect(columnsMisfit(base.rows, more.columns, more.rows)).toBeNull();
  });

  it("fits when no row is left: the chart says none matches", async () => {
    const { columns, rows } = await run(`SELECT * FROM (${sql}) WHERE false`);
    expect(columnsMisfit(base.rows, columns, rows)).toBeNull();
  });

  it("names the columns a result lacks", async () => {
    const { columns, rows } = await run("SELECT trial_id, title FROM trials");
    expect(columnsMisfit(base.rows, columns, rows)).toMatch(/^The chart needs the columns .*\bstart_date\b.*, which this result does not have\.$/);
  });

  it("names a column whose values are of another kind: text for a date, a BIGINT for a number", async () => {
    const text = await run(`SELECT * REPLACE (CAST(start_date AS VARCHAR) AS start_date) FROM (${sql})`);
    expect(columnsMisfit(base.rows, text.columns, text.rows)).toBe("The chart needs start_date as number; this result has text.");
    const bigint = await run(`SELECT * REPLACE (CAST(days AS BIGINT) AS days) FROM (${sql})`);
    expect(columnsMisfit(base.rows, bigint.columns, bigint.rows)).toBe("The chart needs days as number; this result has BIGINT.");
  });
});
