/**
 * A view's base rows (src/components/views/): its SQL run by DuckDB over the published tables, and its
 * filters' options, as the JSON a page's first chart and an embed read (src/data/views/<name>.json.ts).
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { baseOrder, identifier, optionsQuery, type BaseRows, type Row, type ViewDefinition } from "../src/components/views/view.ts";
import { sharedCorpus } from "./build.ts";
import type { Corpus } from "./corpus.ts";
import { createTable } from "./parquet.ts";
import { SCHEMA, type TableName } from "./schema.ts";

/**
 * A result's rows as the tables' JSON copies write them and DuckDB-WASM's Arrow rows read: dates as
 * epoch milliseconds. A BIGINT (count(), row_number()) would reach the browser as a BigInt, which
 * JSON cannot hold: the view's SQL casts it to INTEGER.
 */
async function rowsOf(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => {
        if (typeof value === "bigint") throw new Error(`Column ${key} is a BIGINT: cast it to INTEGER in the view's SQL`);
        return [key, value instanceof Date ? value.getTime() : value];
      }),
    ),
  );
}

/** The view's base rows and its filters' options, over `tables` (the tables the loaders build). */
export async function baseRows(view: ViewDefinition, tables: Corpus["tables"]): Promise<BaseRows> {
  const dir = mkdtempSync(join(tmpdir(), "frikommune-view-"));
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    // The tables with the published files' columns and types, which DuckDB-WASM reads from their Arrow copies.
    for (const name of view.tables as TableName[]) await createTable(connection, name, tables[name], SCHEMA[name], dir);
    await connection.run(`CREATE TABLE base AS ${view.sql}`);
    const options: BaseRows["options"] = {};
    for (const filter of view.filters) {
      const sql = optionsQuery(filter);
      if (sql) options[filter.param!] = (await rowsOf(connection, sql)) as BaseRows["options"][string];
    }
    // In the view's order, for applyView's sort (storedOrder()), then a fixed one (a window or a join leaves
    // it to DuckDB's threads), so that the same tables give the same file and the same content hash.
    const columns = (await connection.runAndReadAll("SELECT name FROM pragma_table_info('base') ORDER BY cid"))
      .getRows()
      .map(([name]) => identifier(String(name)));
    return { rows: await rowsOf(connection, `FROM base ORDER BY ${baseOrder(view, columns)}`), options };
  } finally {
    connection.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What `src/data/views/<name>.json.ts` runs: the view's base rows as JSON on stdout. */
export async function writeView(view: ViewDefinition): Promise<void> {
  const outcome = sharedCorpus();
  if (outcome.error !== undefined) {
    process.stderr.write(`error: ${outcome.error}\n`);
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(await baseRows(view, outcome.corpus.tables)));
}
