// Observable Framework configuration. The site must build and run with no
// network: libraries come from node_modules (scripts/offline), so nothing here
// may point at a CDN, a font host or the DuckDB extension repository.
import { readdirSync, readFileSync } from "node:fs";
import { sitePages } from "./scripts/sitePages.ts";
import { CHART_NAMES } from "./src/components/presenter/chartState.ts";
import { FRAME_CSS } from "./src/components/presenter/frame.ts";
import { EMBED_PAGE_CSS } from "./src/embed/styles.ts";

// One source page per seed document: /sources/<doc_id>.
const seedDocuments = readdirSync(new URL("seeds", import.meta.url))
  .filter((name) => name.endsWith(".txt"))
  .map((name) => name.replace(/\.txt$/, ""));

// A script inlined into every page's head, without its comment lines: read by no one there, sent to everyone.
const headScript = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8").replace(/^\s*\/\/.*\n/gm, "");

// The sidebar: these pages in this order and with these names, then any other Markdown page in src/
// (a researcher's own page), named by its title (scripts/sitePages.ts).
export const OWN_PAGES = [
  { name: "Overview", path: "/" },
  { name: "Trial durations", path: "/durations" },
  { name: "Participation", path: "/participation" },
  { name: "Outcomes", path: "/outcomes" },
  { name: "Sources", path: "/sources" },
  { name: "Data", path: "/data" },
  { name: "Explore (SQL)", path: "/explore" },
  { name: "Accessibility (tilgængelighed)", path: "/tilgaengelighed" },
];
export const SITE_PAGES = sitePages(new URL("src", import.meta.url).pathname, OWN_PAGES);

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

export default {
  title: "Frikommuneforsøg — evidence base",
  root: "src",

  pages: SITE_PAGES,
  // Besides the source pages: an embed page per chart (src/embed/[chart].md.ts, a page loader), and the module that draws
  // the same charts, which Framework then builds as a JavaScript module other sites can import.
  dynamicPaths: [...seedDocuments.map((doc) => `/sources/${doc}`), ...CHART_NAMES.map((chart) => `/embed/${chart}`), "/embed/charts.js"],

  // Framework's default stylesheet pulls web fonts from a CDN; the theme alone uses system fonts.
  globalStylesheets: [],
  // Framework's default theme with the contrast and link styles WCAG 2.1 AA asks for.
  style: "style.css",
  // An empty inline icon keeps the browser from asking for /favicon.ico. The Content Security Policy
  // allows only this site's own origin; DuckDB-WASM also needs blob: workers and WebAssembly compilation,
  // Framework inline module scripts and styles, and downloads are made as blob: URLs. The inline script
  // gives Plot's charts and Inputs' tables on any page what WCAG asks of them (the file says what).
  head: ({ path }: { path: string }) =>
    [
      '<link rel="icon" href="data:,">',
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
      `<script>${headScript("scripts/page-template/accessibleDefaults.js")}</script>`,
      `<script>${headScript("scripts/page-loader/takeOver.js")}</script>`,
      // An embed page's styles, there before its drawing made at build time is parsed (src/embed/styles.ts).
      ...(path.startsWith("/embed/") ? [`<style>${EMBED_PAGE_CSS(FRAME_CSS)}</style>`] : []),
    ].join("\n"),
  footer: 'Frikommuneforsøg — evidence base · built with Observable Framework · <a href="/tilgaengelighed" lang="da">Tilgængelighedserklæring</a>',

  // `null` skips an extension; leaving it undefined would make Framework download it. Without the
  // Parquet extension DuckDB cannot read .parquet files: pages and `sql:` front matter name the tables'
  // Arrow copies (./data/<table>.arrow), which DuckDB inserts with its built-in Arrow reader.
  duckdb: { extensions: { json: null, parquet: null } },
};
