// Performance budget: every page but the SQL notebook shows its first chart (or first content) before
// DuckDB-WASM or any WebAssembly is requested, within 1.5 MB; on the chart pages DuckDB's query then
// draws the same chart again. Bytes and request order, not timings: those are `npm run bench`'s job.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildTables } from "../../loaders/corpus.ts";
import { syntheticCorpus } from "../../scripts/bench/synthetic.ts";
import { baseRows } from "../../loaders/views.ts";
import { shownFigures, shownFiguresNote, type QuantitativeOutcome } from "../../src/components/charts/quantitativeOutcomes.ts";
import { THEME_MATRIX_LIMIT, themeRows, themeRowsNote } from "../../src/components/charts/themeMatrix.ts";
import { figures, findings, type Finding } from "../../src/components/views/outcomes.ts";
import { applyView } from "../../src/components/views/view.ts";
import { FIRST_CONTENT, firstContent, firstContentWatcher, openSite, siteWithTables, type Site } from "./site.ts";

/** Pages that show everything without DuckDB. */
const LIGHT = /^\/(sources|data|embed)/;

const PAGES = [
  { path: "/durations", chart: '[data-testid="timeline"]', mark: 'g[aria-description="trial period"] > *', marks: 17 },
  { path: "/participation", chart: '[data-testid="matrix"]', mark: ".pm-cell", marks: 65 },
  { path: "/outcomes", chart: '[data-testid="quantitative-chart"]', mark: 'g[aria-label="bar"] rect', marks: 6 },
];
const BUDGET = 1.5e6;
/** The engines a first chart must not wait for: DuckDB-WASM, and any WebAssembly. */
const HEAVY = /duckdb|\.wasm$/;
/** The Parquet engine (5 MB of WebAssembly) that no page needs: DuckDB reads the tables' Arrow copies. */
const PARQUET_ENGINE = /parquet[-_]wasm/;

interface Draw {
  rows: string;
  at: number;
  marks: number;
  /** The chart's markup without generated ids, to compare two draws. */
  markup: string;
  /** What had arrived by then: URL and bytes. */
  arrived: Array<{ url: string; bytes: number }>;
}

/** Records every draw of the chart (a new element with data-rows inside `chart`), in the page. */
const recorder = (chart: string, mark: string) => `(() => {
  window.__draws = [];
  const seen = new WeakSet();
  new MutationObserver(() => {
    const element = document.querySelector(${JSON.stringify(`${chart} [data-rows]`)});
    if (!element || seen.has(element) || !element.querySelector(${JSON.stringify(mark)})) return;
    seen.add(element);
    const at = performance.now();
    window.__draws.push({
      rows: element.dataset.rows, at,
      marks: element.querySelectorAll(${JSON.stringify(mark)}).length,
      markup: element.outerHTML.replace(/ data-rows="\\w+"/, "").replace(/(id="|url\\(#|href="#)[^")]+/g, "$1"),
      arrived: [performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")]
        .filter((e) => e.responseEnd <= at).map((e) => ({ url: e.name, bytes: e.transferSize || e.encodedBodySize || 0 })),
    });
  }).observe(document, { childList: true, subtree: true });
})();`;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe.each(FIRST_CONTENT)("$path", ({ path, mark }) => {
  test("shows its first content within 1.5 MB, before any DuckDB or WebAssembly request", async () => {
    const visit = await site.visit(path, undefined, firstContentWatcher(mark));
    const first = await firstContent(visit, 30_000);
    expect(first.arrived.filter((r) => HEAVY.test(r.url))).toEqual([]);
    const bytes = first.arrived.reduce((n, r) => n + r.bytes, 0);
    expect(bytes).toBeLessThan(BUDGET);
    await visit.page.waitForLoadState("networkidle");
    if (LIGHT.test(path)) expect(visit.requests.filter((url) => HEAVY.test(url))).toEqual([]);
    expect(visit.pageErrors).toEqual([]);
    console.info(`${path}: first content after ${Math.round(first.at)} ms with ${(bytes / 1e6).toFixed(2)} MB`);
    await visit.page.context().close();
  });
});

/** Both draws of a chart page: the first (from JSON) and the last (DuckDB's), with the page left open. */
async function draws(on: Site, path: string, chart: string, mark: string) {
  const visit = await on.visit(path, undefined, recorder(chart, mark));
  await visit.page.locator(`${chart} [data-rows="duckdb"] ${mark}`).first().waitFor();
  const all = await visit.page.evaluate(() => (window as unknown as { __draws: Draw[] }).__draws);
  return { visit, first: all[0], last: all[all.length - 1] };
}

describe.each(PAGES)("$path", ({ path, chart, mark, marks }) => {
  test("draws its first chart from JSON before DuckDB loads, then DuckDB's query draws the same chart", async () => {
    const { visit, first, last } = await draws(site, path, chart, mark);
    expect(first.rows).toBe("json");
    expect(first.marks).toBe(marks);
    expect(first.arrived.filter((r) => HEAVY.test(r.url))).toEqual([]);
    const bytes = first.arrived.reduce((n, r) => n + r.bytes, 0);
    expect(bytes).toBeLessThan(BUDGET);
    expect(last.rows).toBe("duckdb");
    expect(last.markup).toBe(first.markup);
    expect(visit.requests.some((url) => HEAVY.test(url))).toBe(true);
    expect(visit.requests.filter((url) => PARQUET_ENGINE.test(url) || url.endsWith(".parquet"))).toEqual([]);
    expect(visit.requests.some((url) => /\/_file\/data\/\w+\.\w+\.arrow$/.test(url))).toBe(true);
    expect(visit.pageErrors).toEqual([]);
    expect(visit.consoleErrors).toEqual([]);
    console.info(`${path}: first chart (JSON) after ${Math.round(first.at)} ms with ${(bytes / 1e6).toFixed(2)} MB; DuckDB's after ${Math.round(last.at)} ms`);
    await visit.page.context().close();
  });
});

test("at 20× the seeds, the timeline draws its first 200 periods from JSON and from DuckDB alike, and says what it leaves out", async () => {
  const { seeds, reference } = syntheticCorpus(20);
  const { tables } = buildTables(seeds, reference);
  const dated = tables.trials.filter((t) => t.start_date !== null && t.end_date !== null).length;
  const unused = tables.trials.filter((t) => t.status === "not_used").length;
  // Provisional trials without a period are listed apart (the decision letter's applications).
  const undated = tables.trials.filter((t) => t.status !== "not_used" && (t.start_date === null || t.end_date === null) && !t.provisional).length;
  // 17 periods per copy of the seeds; the lists pass 100 only for the trials without a period.
  expect([dated, unused < 100, undated > 100]).toEqual([340, true, true]);
  const copy = await siteWithTables(tables);
  const scaled = await openSite(copy.root);
  try {
    const { visit, first, last } = await draws(scaled, "/durations", PAGES[0].chart, PAGES[0].mark);
    // Synthetic copies share start dates: ties are broken the same way in JavaScript and in SQL.
    expect([first.rows, first.marks, last.rows, last.marks]).toEqual(["json", 200, "duckdb", 200]);
    expect(last.markup).toBe(first.markup);
    await expect
      .poll(() => visit.page.locator('[data-testid="timeline-limit"]').textContent())
      .toBe("The chart draws the first 200 of 340 periods in this order; narrow the filters to see the others. The table below lists all of them.");
    expect(await visit.page.locator('[data-testid="count-dated"]').textContent()).toBe("340");
    expect(await visit.page.locator('[data-testid="unused"] li').count()).toBe(unused);
    expect(await visit.page.locator('[data-testid="undated"] li').count()).toBe(100);
    expect(await visit.page.locator('[data-testid="undated"]').textContent()).toContain(`… and ${undated - 100} more`);
    // The source sentence names ten documents for a list and counts the rest: the trials' list here (the
    // milestones past 200 are thinned to one a day, from a few documents).
    const trialDocuments = new Set(tables.trials.filter((t) => !t.provisional).map((t) => t.doc_id)).size;
    expect(trialDocuments).toBeGreaterThan(10);
    const sources = visit.page.locator('[data-testid="durations-sources"]');
    await expect.poll(() => sources.textContent()).toContain(`and ${trialDocuments - 10} more documents (all on Sources). Milestones:`);
    const links = await sources.evaluate((p) => {
      const milestones = [...p.childNodes].findIndex((n) => n.textContent?.includes("Milestones:"));
      const documents = [...p.querySelectorAll('a[href^="./sources/"]')];
      return documents.map((a) => [...p.childNodes].findIndex((n) => n === a || n.contains(a)) < milestones);
    });
    expect(links.filter((trials) => trials).length).toBe(10);
  } finally {
    await scaled.close();
    copy.remove();
  }
});

test("at 30× the seeds, the outcome charts draw each panel's first 30 figures and the 100 fullest theme rows, from JSON and from DuckDB alike, and say so", async () => {
  const { seeds, reference } = syntheticCorpus(30);
  const { tables } = buildTables(seeds, reference);
  const figureRows = applyView(figures, (await baseRows(figures, tables)).rows) as QuantitativeOutcome[];
  const drawnFigures = shownFigures(figureRows);
  const themed = themeRows(applyView(findings, (await baseRows(findings, tables)).rows) as Finding[]);
  // Past both limits, as a corpus thirty times the seeds is (twenty fill 73 theme rows).
  expect([drawnFigures.figures.length < figureRows.length, themed.rows, themed.total > THEME_MATRIX_LIMIT]).toEqual([true, THEME_MATRIX_LIMIT, true]);
  const copy = await siteWithTables(tables);
  const scaled = await openSite(copy.root);
  try {
    const bars = await draws(scaled, "/outcomes", PAGES[2].chart, PAGES[2].mark);
    expect([bars.first.rows, bars.first.marks, bars.last.rows, bars.last.marks]).toEqual([
      "json",
      drawnFigures.figures.length,
      "duckdb",
      drawnFigures.figures.length,
    ]);
    expect(bars.last.markup).toBe(bars.first.markup);
    expect(await bars.visit.page.locator('[data-testid="figures-limit"]').textContent()).toBe(shownFiguresNote(drawnFigures));
    await bars.visit.page.context().close();
    // One faint square per row and theme.
    const cells = await draws(scaled, "/outcomes", '[data-testid="theme-matrix"]', 'svg > g[aria-label="cell"]:first-of-type > rect');
    expect([cells.first.rows, cells.first.marks, cells.last.rows, cells.last.marks]).toEqual(["json", 500, "duckdb", 500]);
    expect(cells.last.markup).toBe(cells.first.markup);
    expect(await cells.visit.page.locator('[data-testid="theme-matrix-limit"]').textContent()).toBe(themeRowsNote(themed));
    expect([cells.visit.pageErrors, cells.visit.consoleErrors]).toEqual([[], []]);
  } finally {
    await scaled.close();
    copy.remove();
  }
});
