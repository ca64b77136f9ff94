// DuckDB-WASM's own Node build (the blocking one: no worker), over the tables' Arrow copies as the
// browser gets them (src/data/<table>.arrow.ts), for the tests that run a view's SQL as a page does.
import * as duckdb from "@duckdb/duckdb-wasm/blocking";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Corpus } from "../../loaders/corpus.ts";
import { toArrow } from "../../loaders/parquet.ts";
import { SCHEMA, type TableName } from "../../loaders/schema.ts";
import type { QueryClient } from "../../src/components/views/view.ts";

const DIST = dirname(createRequire(import.meta.url).resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"));

/** A DuckDB-WASM database holding `names` of `tables`, queried as Framework's DuckDBClient is: SQL and parameters. */
export async function duckdbWasm(tables: Corpus["tables"], names: readonly TableName[]): Promise<QueryClient & { close(): void }> {
  const bundles = {
    mvp: { mainModule: join(DIST, "duckdb-mvp.wasm"), mainWorker: "" },
    eh: { mainModule: join(DIST, "duckdb-eh.wasm"), mainWorker: "" },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  const connection = db.connect();
  for (const name of names) connection.insertArrowFromIPCStream(await toArrow(tables[name], SCHEMA[name]), { name });
  return {
    async query(sql, params = []) {
      if (!params.length) return connection.query(sql);
      const statement = connection.prepare(sql);
      try {
        return statement.query(...params);
      } finally {
        statement.close();
      }
    },
    close() {
      connection.close();
      db.reset();
    },
  };
}
