/** What a `src/data/<table>.<format>.ts` entry point runs: read seeds and reference data, write one table. */
import { buildTables, type Corpus, type Row } from "./corpus.ts";
import { toArrow, toParquet } from "./parquet.ts";
import { readReference, readSeeds } from "./reference.ts";
import { SCHEMA, type TableName, type TableSchema } from "./schema.ts";
import { SeedError } from "./seed.ts";

/** `FRIKOMMUNE_ROOT` points the loaders at another copy of `seeds/` and `data/` (used by tests). */
export function readCorpus(root = process.env.FRIKOMMUNE_ROOT || undefined): Corpus {
  return buildTables(readSeeds(root), readReference(root));
}

/**
 * The table as JSON, for a page's first chart: no DuckDB to download before it draws. Dates are epoch
 * milliseconds, as the Arrow copy's columns give them, so either source serves.
 */
export function toJson(rows: Row[], schema: TableSchema): string {
  const dates = schema.columns.filter((c) => c.type === "DATE").map((c) => c.name);
  return JSON.stringify(rows.map((row) => {
    const out = { ...row };
    for (const name of dates) if (out[name] !== null) out[name] = Date.parse(`${out[name]}T00:00:00Z`);
    return out;
  }));
}

const WRITERS = { parquet: toParquet, arrow: toArrow, json: toJson };

/**
 * Writes the table to stdout: Parquet (the published file), Arrow IPC (what DuckDB in the browser
 * reads) or JSON (what a page's first chart reads). A seed error ends the process with the message
 * naming file and line.
 */
export async function writeTable(name: TableName, format: keyof typeof WRITERS = "parquet"): Promise<void> {
  try {
    const { tables, warnings } = readCorpus();
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    process.stdout.write(await WRITERS[format](tables[name], SCHEMA[name]));
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  }
}
