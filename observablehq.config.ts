// Observable Framework configuration. The site must build and run with no
// network: libraries come from node_modules (scripts/offline), so nothing here
// may point at a CDN, a font host or the DuckDB extension repository.
import { readdirSync } from "node:fs";

// One source page per seed document: /sources/<doc_id>.
const seedDocuments = readdirSync(new URL("seeds", import.meta.url))
  .filter((name) => name.endsWith(".txt"))
  .map((name) => name.replace(/\.txt$/, ""));

export default {
  title: "Frikommuneforsøg — evidence base",
  root: "src",

  // One entry per page, in sidebar order. Add new pages here.
  pages: [
    { name: "Overview", path: "/" },
    { name: "Trial durations", path: "/durations" },
    { name: "Sources", path: "/sources" },
    { name: "Data", path: "/data" }
  ],
  dynamicPaths: seedDocuments.map((doc) => `/sources/${doc}`),

  // Framework's default stylesheet pulls web fonts from a CDN; the theme alone uses system fonts.
  globalStylesheets: [],
  // An empty inline icon keeps the browser from asking for /favicon.ico.
  head: '<link rel="icon" href="data:,">',
  footer: "Frikommuneforsøg — evidence base · built with Observable Framework",

  // `null` skips an extension; leaving it undefined would make Framework download it.
  // Query Parquet by inserting Arrow tables: DuckDBClient.of({t: await FileAttachment(…).parquet()}).
  duckdb: { extensions: { json: null, parquet: null } }
};
