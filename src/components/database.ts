// DuckDB for a chart page, opened only once the page's first chart is on screen: the chart draws from
// the tables' JSON copies (jsonTables.ts, chartRows.ts) while the Parquet engine and DuckDB-WASM load,
// then the page's SQL takes over. Nothing here is imported statically, so that a page importing this
// module loads neither Arrow nor the Parquet engine's code before its chart.

/** A Parquet file's address: `FileAttachment("data/t.parquet").href`. Framework preloads Arrow and the
 *  Parquet engine's code for any page that names a .parquet file in FileAttachment(), unless the page
 *  reads only a property such as .href; passing the address keeps that code behind the first chart. */
type ParquetHref = string;
type Client = { query(sql: string, params?: unknown[]): Promise<unknown> };

/**
 * A DuckDB client over `files` (Parquet files by table name), opened after the element at `selector`
 * shows its chart; `setup` runs on it first (views). Cells that use it wait for it.
 */
export async function openDatabaseAfter(selector: string, files: Record<string, ParquetHref>, setup?: (db: Client) => Promise<unknown>): Promise<Client> {
  const chart = document.querySelector(selector);
  if (!chart) throw new Error(`No element ${selector} on the page to wait for`);
  await drawn(chart);
  const [{ loadParquet }, { DuckDBClient }] = await Promise.all([
    import("./parquet.js"),
    import("observablehq:stdlib/duckdb") as Promise<{ DuckDBClient: { of(tables: object): Promise<Client> } }>,
  ]);
  const tables = await Promise.all(Object.entries(files).map(async ([name, href]) => [name, await loadParquet({ arrayBuffer: () => download(href) })] as const));
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
