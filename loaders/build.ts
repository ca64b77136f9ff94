/** What a `src/data/<table>.<format>.ts` entry point runs: read seeds and reference data, write one table. */
import { cached, corpusKey } from "./cache.ts";
import { buildTables, type Corpus, type Row } from "./corpus.ts";
import { findDuplicates } from "./duplicates.ts";
import { toArrow, toParquet } from "./parquet.ts";
import { PROJECT_ROOT, readReference, readSeeds } from "./reference.ts";
import { SCHEMA, type TableName, type TableSchema } from "./schema.ts";
import { SeedError } from "./seed.ts";
import { summary } from "./summary.ts";

/**
 * `FRIKOMMUNE_ROOT` points the loaders at another copy of `seeds/` and `data/` (used by tests). A seed
 * that repeats an earlier one is left out, with a warning naming both files.
 */
export function readCorpus(root = process.env.FRIKOMMUNE_ROOT || PROJECT_ROOT): Corpus {
  const seeds = readSeeds(root);
  const duplicates = findDuplicates(seeds);
  const refused = new Set(duplicates.map((d) => d.file));
  const corpus = buildTables(
    seeds.filter((s) => !refused.has(s.file)),
    readReference(root),
  );
  return { ...corpus, warnings: [...duplicates.map((d) => `${d.message}; skipped as a duplicate`), ...corpus.warnings] };
}

type Outcome = { corpus: Corpus; error?: undefined } | { corpus?: undefined; error: string };

/**
 * The corpus as every loader of one build sees it: extracted once, by the first loader, which prints
 * the build's one summary; the others read the cache. `FRIKOMMUNE_CACHE` moves the cache (tests).
 */
export function sharedCorpus(root = process.env.FRIKOMMUNE_ROOT || PROJECT_ROOT, dir = process.env.FRIKOMMUNE_CACHE || undefined): Outcome {
  const started = performance.now();
  const { value, fresh } = cached<Outcome>(
    corpusKey(root),
    () => {
      try {
        return { corpus: readCorpus(root) };
      } catch (error) {
        if (!(error instanceof SeedError)) throw error;
        return { error: error.message };
      }
    },
    dir,
  );
  if (fresh && value.corpus) process.stderr.write(summary(value.corpus, (performance.now() - started) / 1000));
  return value;
}

/**
 * The table as JSON, for a page's first chart: no DuckDB to download before it draws. Dates are epoch
 * milliseconds, as the Arrow copy's columns give them, so either source serves.
 */
export function toJson(rows: Row[], schema: TableSchema): string {
  const dates = schema.columns.filter((c) => c.type === "DATE").map((c) => c.name);
  return JSON.stringify(
    rows.map((row) => {
      const out = { ...row };
      for (const name of dates) if (out[name] !== null) out[name] = Date.parse(`${out[name]}T00:00:00Z`);
      return out;
    }),
  );
}

const WRITERS = { parquet: toParquet, arrow: toArrow, json: toJson };

/**
 * Writes the table to stdout: Parquet (the published file), Arrow IPC (what DuckDB in the browser
 * reads) or JSON (what a page's first chart reads). A file that cannot be read ends the process with
 * the message naming it.
 */
export async function writeTable(name: TableName, format: keyof typeof WRITERS = "parquet"): Promise<void> {
  const outcome = sharedCorpus();
  if (outcome.error !== undefined) {
    process.stderr.write(`error: ${outcome.error}\n`);
    process.exit(1);
  }
  const { tables } = outcome.corpus;
  process.stdout.write(await WRITERS[format](tables[name], SCHEMA[name]));
}
