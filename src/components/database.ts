// DuckDB for a chart page, opened only once the page's first chart is on screen: the chart draws from
// the tables' JSON copies (jsonTables.ts, chartRows.ts) while the Parquet engine and DuckDB-WASM load,
// then the page's SQL takes over.
import { drawn, loadParquet } from "./parquet.js";

type ParquetFile = { arrayBuffer(): Promise<ArrayBuffer> };
type Client = { query(sql: string, params?: unknown[]): Promise<unknown> };

/**
 * A DuckDB client over `files` (Parquet attachments by table name), opened after the element at
 * `selector` shows its chart; `setup` runs on it first (views). Cells that use it wait for it.
 */
export async function openDatabaseAfter(selector: string, files: Record<string, ParquetFile>, setup?: (db: Client) => Promise<unknown>): Promise<Client> {
  const chart = document.querySelector(selector);
  if (!chart) throw new Error(`No element ${selector} on the page to wait for`);
  await drawn(chart);
  const [tables, { DuckDBClient }] = await Promise.all([
    Promise.all(Object.entries(files).map(async ([name, file]) => [name, await loadParquet(file)] as const)),
    // Imported here, not at the top: a static import would load DuckDB's client before the first chart.
    import("observablehq:stdlib/duckdb") as Promise<{ DuckDBClient: { of(tables: object): Promise<Client> } }>,
  ]);
  const db = await DuckDBClient.of(Object.fromEntries(tables));
  await setup?.(db);
  return db;
}

/**
 * A cell value that is null at once and then what `promise` resolves to: a cell using it runs before
 * DuckDB is ready and again after. (A cell value that stays pending would block its cell's re-runs.)
 */
export async function* nullUntil<T>(promise: Promise<T>): AsyncGenerator<T | null> {
  yield null;
  yield await promise;
}

/**
 * Marks a chart with where its rows came from, `data-rows="json"` or `"duckdb"`, so that the first draw
 * and the one DuckDB's query makes can be told apart (the browser tests compare them).
 */
export function drawnFrom<T extends Element>(chart: T, sql: unknown): T {
  if (chart instanceof HTMLElement || chart instanceof SVGElement) chart.dataset.rows = sql ? "duckdb" : "json";
  return chart;
}
