// DuckDB for a chart page, opened only once the page's first chart is on screen: the chart draws from
// the tables' JSON copies (jsonTables.ts, chartRows.ts) while the Parquet engine and DuckDB-WASM load,
// then the page's SQL takes over. The Parquet module is imported only when DuckDB opens, so that a page
// importing this one loads neither Arrow nor the Parquet engine's code before its chart.
import { FileAttachment } from "observablehq:stdlib";

// The published Parquet files, by address only. Framework preloads Arrow and the Parquet engine's code
// for a page that names a .parquet file in FileAttachment(), unless only a property such as .href is
// read; addresses keep that code behind the first chart. (Literal paths: Framework finds files by them.)
const PARQUET = {
  documents: () => FileAttachment("../data/documents.parquet").href,
  municipalities: () => FileAttachment("../data/municipalities.parquet").href,
  trials: () => FileAttachment("../data/trials.parquet").href,
  mentions: () => FileAttachment("../data/mentions.parquet").href,
  participation: () => FileAttachment("../data/participation.parquet").href,
  outcomes: () => FileAttachment("../data/outcomes.parquet").href,
  decisions: () => FileAttachment("../data/decisions.parquet").href,
  events: () => FileAttachment("../data/events.parquet").href,
  networks: () => FileAttachment("../data/networks.parquet").href,
  disagreements: () => FileAttachment("../data/disagreements.parquet").href,
  lines: () => FileAttachment("../data/lines.parquet").href,
};
export type TableName = keyof typeof PARQUET;

/** The address of a table's published Parquet file. */
export const parquetHref = (name: TableName): string => PARQUET[name]();

type Client = { query(sql: string, params?: unknown[]): Promise<unknown> };

/**
 * A DuckDB client over the named tables' Parquet files, opened after the element at `selector` shows
 * its chart; `setup` runs on it first (views). Cells that use it wait for it.
 */
export async function openDatabaseAfter(selector: string, names: TableName[], setup?: (db: Client) => Promise<unknown>): Promise<Client> {
  const chart = document.querySelector(selector);
  if (!chart) throw new Error(`No element ${selector} on the page to wait for`);
  await drawn(chart);
  const [{ loadParquet }, { DuckDBClient }] = await Promise.all([
    import("./parquet.js"),
    import("observablehq:stdlib/duckdb") as Promise<{ DuckDBClient: { of(tables: object): Promise<Client> } }>,
  ]);
  const tables = await Promise.all(names.map(async (name) => [name, await loadParquet({ arrayBuffer: () => download(parquetHref(name)) })] as const));
  const db = await DuckDBClient.of(Object.fromEntries(tables));
  await setup?.(db);
  return db;
}

async function download(href: string): Promise<ArrayBuffer> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`Unable to load ${href}: ${response.status}`);
  return response.arrayBuffer();
}

/** Rows as plain objects (Arrow rows are proxies; dates stay epoch milliseconds). */
export function rowsOf(table: Iterable<{ toJSON(): Record<string, unknown> }>): Array<Record<string, any>> {
  return Array.from(table, (row) => row.toJSON());
}

/**
 * Resolves once `element` shows what its cells display (none is still loading), two frames later so
 * that a resized chart has been drawn: lets heavy loading wait for a page's first chart.
 */
export function drawn(element: Element): Promise<void> {
  return new Promise((resolve) => {
    const check = () =>
      element.querySelector("observablehq-loading") ? requestAnimationFrame(check) : requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    check();
  });
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
