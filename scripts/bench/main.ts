// `npm run bench`: prints loader, page and interaction figures measured in one run, with ratios.
// Figures, not assertions: these machines are noisy; compare ratios from the same run.
import { cpus, totalmem } from "node:os";
import { benchLoaders } from "./loaders.ts";
import { FIRST_CONTENT } from "../../test/browser/site.ts";
import { benchEditQuery, benchExplorer, benchInteraction, benchPages, median } from "./pages.ts";

const MB = 1e6;
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

console.log(
  `frikommune bench · ${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model.trim()} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · node ${process.version}\n`,
);

console.log("Loaders: seeds → tables → Parquet (synthetic corpora in the seeds' grammar)");
console.log("scale  documents      lines       rows   parse s  parquet s  s per 1000 lines  growth vs 1×");
const { figures: loaders, largest } = await benchLoaders();
const base = loaders[0];
for (const l of loaders) {
  const total = l.parseSeconds + l.parquetSeconds;
  console.log(
    `${String(l.scale).padStart(5)}× ${String(l.documents).padStart(9)} ${String(l.lines).padStart(10)} ${String(l.rows).padStart(10)} ${f2(l.parseSeconds).padStart(9)} ${f2(l.parquetSeconds).padStart(10)} ${(total / (l.lines / 1000)).toFixed(3).padStart(17)} ${f1(total / (base.parseSeconds + base.parquetSeconds)).padStart(13)}×`,
  );
}

// BENCH_PAGES=/durations,/embed/timeline measures only those pages (quicker; the rest of the bench still runs).
// Each chart page and embed also in a filtered view: a programme, which the page loader draws too (scripts/page-loader/printPage.ts).
const only = process.env.BENCH_PAGES?.split(",");
const pages = (only ? FIRST_CONTENT.filter((p) => only.includes(p.path)) : FIRST_CONTENT).flatMap((p) =>
  p.filtered ? [p, { ...p, path: p.path + p.filtered }] : [p],
);
const PASSES = [
  { name: "unthrottled", throttle: false, compress: false, label: "unthrottled" },
  { name: "mobile", throttle: true, compress: false, label: "mobile profile (150 ms, 1.6 Mbit/s, CPU 4× slower)" },
  { name: "brotli", throttle: true, compress: true, label: "mobile profile, the server compressing (brotli, as a CDN does; MB are bytes on the wire)" },
];
// BENCH_PASSES=mobile,brotli runs only those passes; BENCH_VISITS=9 visits each page (and its reference) 9 times, not 3.
const passes = process.env.BENCH_PASSES?.split(",");
const runs = Number(process.env.BENCH_VISITS ?? 3);
for (const { throttle, compress, label } of PASSES.filter((pass) => !passes || passes.includes(pass.name))) {
  console.log(
    `\nPages, ${label}: cold cache, local static server, ${runs} visits, each followed by one of its reference (the same chart inlined as plain SVG)`,
  );
  console.log("(ratio = the median of each visit's first mark over its reference's; pair ratios = the least and the greatest of them;");
  console.log(
    " page paint = the page's own first contentful paint: Framework's page shell; a chart drawn at build time is in the page's HTML; other columns are medians)",
  );
  console.log(
    "page                                                first mark ms  reference ms  ratio  pair ratios  page paint ms  mark/paint  MB before mark  MB total  requests",
  );
  for (const p of await benchPages(pages, { throttle, compress, runs })) {
    console.log(
      `${decodeURIComponent(p.path).padEnd(51)} ${f1(p.firstMarkMs).padStart(13)} ${f1(p.referenceMs).padStart(13)} ${f1(median(p.pairRatios)).padStart(6)} ${`${f1(Math.min(...p.pairRatios))}–${f1(Math.max(...p.pairRatios))}`.padStart(12)} ${f1(p.firstPaintMs).padStart(14)} ${f1(p.firstMarkMs / p.firstPaintMs).padStart(11)} ${f2(p.bytesBeforeMark / MB).padStart(15)} ${f2(p.bytesTotal / MB).padStart(9)} ${String(p.requests).padStart(9)}`,
    );
  }
}

const explorer = await benchExplorer();
console.log(
  `\nExplorer (/explore, the SQL notebook, which may wait for DuckDB): first cell's result shown after ${f1(explorer.resultMs)} ms, ${f2(explorer.bytesBefore / MB)} MB before it, ${f2(explorer.bytesTotal / MB)} MB in all`,
);

console.log(
  "\nEdit this query (the section under a chart; its DuckDB and code load when it is first opened): cold visit, the section opened as soon as it is there, ▶ Run at once; medians of 3 visits, unthrottled",
);
console.log("page                section shown ms  first run's result ms  MB total");
for (const e of await benchEditQuery())
  console.log(`${e.path.padEnd(19)} ${f1(e.sectionMs).padStart(16)} ${f1(e.resultMs).padStart(22)} ${f2(e.bytesTotal / MB).padStart(9)}`);

const interaction = await benchInteraction(largest);
console.log(
  `\nInteraction: each chart page with every table at ${loaders[loaders.length - 1].scale}× (${interaction.trials} trials, ${interaction.dated} with a period); filter change → the chart's rows → the chart drawn anew`,
);
console.log("(json: before DuckDB has loaded, the view applied in JavaScript to its base rows; duckdb: the view's query in DuckDB-WASM)");
console.log("page            change                                   rows    marks drawn  median ms  runs");
for (const i of interaction.figures)
  console.log(
    `${i.page.padEnd(15)} ${i.action.padEnd(40)} ${i.path.padEnd(6)} ${String(i.marks).padStart(12)} ${(Number.isFinite(i.medianMs) ? f1(i.medianMs) : "> 60 s").padStart(10)} ${String(i.runs).padStart(5)}`,
  );
