// Loader throughput: seeds → tables → Parquet, on the real seeds and synthetic corpora 10×, 100×, 1000×.
import { buildTables, type Corpus } from "../../loaders/corpus.ts";
import { toParquet } from "../../loaders/parquet.ts";
import { SCHEMA, TABLE_NAMES } from "../../loaders/schema.ts";
import { syntheticCorpus } from "./synthetic.ts";

export interface LoaderFigure {
  scale: number;
  documents: number;
  lines: number;
  rows: number;
  parseSeconds: number;
  parquetSeconds: number;
  parquetBytes: number;
}

/** The figures per scale, and the tables of the largest corpus (for the interaction benchmark). */
const readCorpusTables = ({ seeds, reference }: ReturnType<typeof syntheticCorpus>) => buildTables(seeds, reference).tables;

export async function benchLoaders(scales = [1, 10, 100, 1000]): Promise<{ figures: LoaderFigure[]; largest: Corpus["tables"] }> {
  const figures: LoaderFigure[] = [];
  let largest: Corpus["tables"] | undefined;
  // Warm-up, not timed: the first Parquet write starts DuckDB.
  await toParquet(readCorpusTables(syntheticCorpus(1)).documents, SCHEMA.documents);
  for (const scale of scales) {
    const { seeds, reference } = syntheticCorpus(scale);
    let started = performance.now();
    const { tables } = buildTables(seeds, reference);
    const parseSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    let parquetBytes = 0;
    for (const name of TABLE_NAMES) parquetBytes += (await toParquet(tables[name], SCHEMA[name])).length;
    const parquetSeconds = (performance.now() - started) / 1000;
    const rows = TABLE_NAMES.reduce((n, name) => n + tables[name].length, 0);
    figures.push({ scale, documents: seeds.length, lines: tables.lines.length, rows, parseSeconds, parquetSeconds, parquetBytes });
    largest = tables;
  }
  return { figures, largest: largest! };
}
