// The tables' JSON copies (src/data/<table>.json.ts), for what a page or an embed shows first: they
// need no DuckDB-WASM (34 MB) to arrive. All eleven together are 0.4 MB; the Parquet files remain the
// published tables.
import { FileAttachment } from "observablehq:stdlib";

/** Tables as the JSON loaders write them (src/data/<table>.json.ts): dates are epoch milliseconds. */
// biome-ignore lint/suspicious/noExplicitAny: a table's columns are in loaders/schema.ts; each page reads the ones it needs.
export type Tables = Record<string, Array<Record<string, any>>>;

// Literal paths: Framework finds a page's files by reading its code.
const FILES = {
  trials: () => FileAttachment("../../data/trials.json"),
  mentions: () => FileAttachment("../../data/mentions.json"),
  participation: () => FileAttachment("../../data/participation.json"),
  municipalities: () => FileAttachment("../../data/municipalities.json"),
  networks: () => FileAttachment("../../data/networks.json"),
  disagreements: () => FileAttachment("../../data/disagreements.json"),
  events: () => FileAttachment("../../data/events.json"),
  documents: () => FileAttachment("../../data/documents.json"),
  outcomes: () => FileAttachment("../../data/outcomes.json"),
  decisions: () => FileAttachment("../../data/decisions.json"),
  lines: () => FileAttachment("../../data/lines.json"),
};
export type JsonTableName = keyof typeof FILES;

// Each table is fetched once, however many charts on a page ask for it.
const fetched = new Map<JsonTableName, Promise<Tables[JsonTableName]>>();

/** The named tables as arrays of rows, by name. */
export async function jsonTables(...names: JsonTableName[]): Promise<Tables> {
  for (const name of names) if (!fetched.has(name)) fetched.set(name, FILES[name]().json() as Promise<Tables[JsonTableName]>);
  // Only the named tables are there: a caller reads no other.
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await fetched.get(name)!]))) as Tables;
}
