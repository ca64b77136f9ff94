// DuckDB for a chart page, opened only once the page's first chart is on screen: the chart draws from
// its view's base rows (views/) while DuckDB-WASM loads, then the view's SQL takes over. DuckDB reads the tables' Arrow copies (src/data/<table>.arrow), which it inserts with
// its built-in Arrow reader; the Parquet files are the published downloads, and no Parquet engine is
// loaded in the browser (DuckDB-WASM's own Parquet reader is an extension this site never downloads).
import { FileAttachment } from "observablehq:stdlib";
import { lockDown } from "../notebook/lockDown.js";

// Addresses only: Framework preloads Arrow's code for a page that names a .parquet or .arrow file in
// FileAttachment(), unless only a property such as .href is read; addresses keep that code behind the
// first chart. (Literal paths: Framework finds files by them.)
const PARQUET = {
  documents: () => FileAttachment("../../data/documents.parquet").href,
  municipalities: () => FileAttachment("../../data/municipalities.parquet").href,
  trials: () => FileAttachment("../../data/trials.parquet").href,
  mentions: () => FileAttachment("../../data/mentions.parquet").href,
  participation: () => FileAttachment("../../data/participation.parquet").href,
  outcomes: () => FileAttachment("../../data/outcomes.parquet").href,
  decisions: () => FileAttachment("../../data/decisions.parquet").href,
  events: () => FileAttachment("../../data/events.parquet").href,
  networks: () => FileAttachment("../../data/networks.parquet").href,
  disagreements: () => FileAttachment("../../data/disagreements.parquet").href,
  lines: () => FileAttachment("../../data/lines.parquet").href,
};
export type TableName = keyof typeof PARQUET;

const ARROW: Record<TableName, () => string> = {
  documents: () => FileAttachment("../../data/documents.arrow").href,
  municipalities: () => FileAttachment("../../data/municipalities.arrow").href,
  trials: () => FileAttachment("../../data/trials.arrow").href,
  mentions: () => FileAttachment("../../data/mentions.arrow").href,
  participation: () => FileAttachment("../../data/participation.arrow").href,
  outcomes: () => FileAttachment("../../data/outcomes.arrow").href,
  decisions: () => FileAttachment("../../data/decisions.arrow").href,
  events: () => FileAttachment("../../data/events.arrow").href,
  networks: () => FileAttachment("../../data/networks.arrow").href,
  disagreements: () => FileAttachment("../../data/disagreements.arrow").href,
  lines: () => FileAttachment("../../data/lines.arrow").href,
};

/** The address of a table's published Parquet file. */
export const parquetHref = (name: TableName): string => PARQUET[name]();

type Client = { query(sql: string, params?: unknown[]): Promise<unknown> };

/**
 * A table's Arrow copy as DuckDBClient.of() takes a file attachment (name, url, arrayBuffer): it
 * inserts a `.arrow` file with insertArrowFromIPCStream, as it does for a page's own FileAttachment.
 */
function arrowFile(name: TableName) {
  const href = ARROW[name]();
  return { name: `${name}.arrow`, mimeType: "application/vnd.apache.arrow.file", url: async () => href, arrayBuffer: () => download(href) };
}

/**
 * A DuckDB client over the named tables' Arrow copies, opened after the element at `selector` shows
 * its chart; `setup` runs on it first (views). Cells that use it wait for it.
 */
export function openDatabaseAfter(selector: string, names: TableName[], setup?: (db: Client) => Promise<unknown>): Promise<Client> {
  opened = (async () => {
    const chart = document.querySelector(selector);
    if (!chart) throw new Error(`No element ${selector} on the page to wait for`);
    await drawn(chart);
    const { DuckDBClient } = await import("observablehq:stdlib/duckdb");
    // DECIMAL results (an average in "Edit this query") would otherwise arrive as raw Arrow decimals (1.5
    // as the unscaled 15), as in Explore; the views' own columns have none.
    const db: Client = await DuckDBClient.of(Object.fromEntries(names.map((name) => [name, arrowFile(name)])), { query: { castDecimalToDouble: true } });
    await setup?.(db);
    // The reader's SQL runs here too (views/editQuery.ts): once the tables are in, it reads no files or URLs.
    return lockDown(db);
  })();
  return opened;
}

let opened: Promise<Client> | undefined;

/** The DuckDB this page opened with openDatabaseAfter(), if it did: "Edit this query" runs the reader's SQL in it. */
export const pageDatabase = (): Promise<Client> | undefined => opened;

async function download(href: string): Promise<ArrayBuffer> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`Unable to load ${href}: ${response.status}`);
  return response.arrayBuffer();
}

/** Rows as plain objects, as the views' base rows have them. */
export { rowsOf } from "../views/view.js";

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
