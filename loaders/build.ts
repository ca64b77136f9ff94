/** What a `src/data/<table>.parquet.ts` entry point runs: read seeds and reference data, write one table. */
import { buildTables, type Corpus } from "./corpus.ts";
import { toParquet } from "./parquet.ts";
import { readReference, readSeeds } from "./reference.ts";
import { SCHEMA, type TableName } from "./schema.ts";
import { SeedError } from "./seed.ts";

/** `FRIKOMMUNE_ROOT` points the loaders at another copy of `seeds/` and `data/` (used by tests). */
export function readCorpus(root = process.env.FRIKOMMUNE_ROOT || undefined): Corpus {
  return buildTables(readSeeds(root), readReference(root));
}

/** Writes the table as Parquet to stdout; a seed error ends the process with the message naming file and line. */
export async function writeTable(name: TableName): Promise<void> {
  try {
    const { tables, warnings } = readCorpus();
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    process.stdout.write(await toParquet(tables[name], SCHEMA[name]));
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  }
}
