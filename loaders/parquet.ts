/** Rows + schema → Parquet bytes, written by DuckDB so types (DATE, lists) are exact; and the same table
 *  as an Arrow IPC stream, which DuckDB-WASM inserts without its Parquet extension. */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { readParquet } from "parquet-wasm";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TableSchema } from "./schema.ts";
import type { Row } from "./corpus.ts";

/**
 * Creates table `name` on `connection` from `rows`, with exactly the schema's columns and types (through a
 * JSON file in `dir`, which DuckDB reads with the types given).
 */
export async function createTable(connection: DuckDBConnection, name: string, rows: Row[], schema: TableSchema, dir: string): Promise<void> {
  const json = join(dir, `${name}.json`);
  const names = schema.columns.map((c) => c.name);
  for (const [i, row] of rows.entries()) {
    const extra = Object.keys(row).filter((k) => !names.includes(k));
    const missing = names.filter((k) => !(k in row));
    if (extra.length || missing.length) throw new Error(`row ${i} does not fit the schema: extra [${extra}], missing [${missing}]`);
  }
  writeFileSync(json, JSON.stringify(rows));
  const columns = schema.columns.map((c) => `'${c.name}': '${c.type}'`).join(", ");
  const select = names.map((n) => `"${n}"`).join(", ");
  await connection.run(`CREATE TABLE "${name}" AS SELECT ${select} FROM read_json('${json}', format='array', columns={${columns}})`);
}

export async function toParquet(rows: Row[], schema: TableSchema): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "frikommune-"));
  try {
    const parquet = join(dir, "table.parquet");
    const db = await DuckDBInstance.create(":memory:");
    const connection = await db.connect();
    try {
      await createTable(connection, "t", rows, schema, dir);
      await connection.run(`COPY t TO '${parquet}' (FORMAT parquet)`);
    } finally {
      connection.closeSync();
    }
    return readFileSync(parquet);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The table as an Arrow IPC stream, read from the Parquet file itself: the same columns and types
 * (DATE as Date32, lists as List<Utf8>) the browser had when it decoded the Parquet file.
 */
export async function toArrow(rows: Row[], schema: TableSchema): Promise<Uint8Array> {
  return readParquet(await toParquet(rows, schema)).intoIPCStream();
}
