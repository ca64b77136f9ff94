// Loader throughput: seeds → tables → Parquet, on the real seeds and synthetic corpora 10×, 100×, 1000×.
import { buildTables } from "../../loaders/corpus.ts";
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

export async function benchLoaders(scales = [1, 10, 100, 1000]): Promise<LoaderFigure[]> {
  const figures: LoaderFigure[] = [];
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
  }
  return figures;
}
