// Page speed in headless Chromium from a local static server, cold cache: time to the first chart mark
// and bytes transferred by then, against a reference page that inlines the same chart as plain SVG.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator } from "playwright-core";
import type { Corpus } from "../../loaders/corpus.ts";
import { DIST, FIRST_CONTENT, firstContent, firstContentWatcher, openSite, siteWithTables, type Site } from "../../test/browser/site.ts";

export interface PageFigure {
  path: string;
  firstMarkMs: number;
  /** The page's first contentful paint: when Framework's page shell first shows anything. */
  firstPaintMs: number;
  bytesBeforeMark: number;
  bytesTotal: number;
  requests: number;
  referenceMs: number;
  referenceBytes: number;
}

async function firstMark(site: Site, path: string, mark: string, throttle = false) {
  const visit = await site.visit(path, { width: 1280, height: 900, throttle }, firstContentWatcher(mark));
  const { at: firstMarkMs, arrived } = await firstContent(visit);
  const pageBytes = arrived.reduce((n, r) => n + r.bytes, 0);
  const markAt = (await visit.page.evaluate(() => performance.timeOrigin)) + firstMarkMs;
  // The page's resource timings miss what its workers fetch (DuckDB's engine); the browser context's
  // record has those too. The larger of the two counts. A drawing can show before its page's HTML has all
  // arrived; the whole document then counts (an upper bound).
  const contextBytes = visit.finished.filter((f) => f.at <= markAt || f.url === visit.page.url()).reduce((n, f) => n + f.bytes, 0);
  const bytesBeforeMark = Math.max(pageBytes, contextBytes);
  // Not waiting for the network to settle: under the mobile profile DuckDB's engine alone takes minutes.
  await visit.page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, undefined, { timeout: 60_000 });
  const firstPaintMs = await visit.page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN);
  return { visit, firstMarkMs, firstPaintMs, bytesBeforeMark, requests: visit.finished.length, bytesTotal: visit.finished.reduce((n, f) => n + f.bytes, 0) };
}

/**
 * Each page against its reference, `runs` cold visits each, interleaved (page, reference, page, …) so that
 * the machine's noise falls on both; medians. `throttle`: under the mobile profile (MOBILE_PROFILE);
 * `compress`: the server sends brotli (bytes then count as on the wire).
 */
export async function benchPages(pages = FIRST_CONTENT, { throttle = false, compress = false, runs = 3, root = DIST } = {}): Promise<PageFigure[]> {
  const site = await openSite(root, { compress });
  const referenceDir = join(root, "_bench");
  mkdirSync(referenceDir, { recursive: true });
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const figures: PageFigure[] = [];
  try {
    for (const [i, page] of pages.entries()) {
      const reals: Array<Awaited<ReturnType<typeof firstMark>>> = [];
      const references: Array<Awaited<ReturnType<typeof firstMark>>> = [];
      for (let run = 0; run < runs; run++) {
        const real = await firstMark(site, page.path, page.mark, throttle);
        if (run === 0) {
          // The reference inlines the chart the live page draws, not a drawing made at build time.
          const markup = await real.visit.page
            .locator(page.chart)
            .last()
            .evaluate((el) => el.outerHTML);
          writeFileSync(join(referenceDir, `page${i}.html`), `<!doctype html><meta charset="utf-8"><title>reference</title><body>${markup}</body>`);
        }
        await real.visit.page.context().close();
        reals.push(real);
        const reference = await firstMark(site, `/_bench/page${i}.html`, "body > *", throttle);
        await reference.visit.page.context().close();
        references.push(reference);
      }
      figures.push({
        path: page.path,
        firstMarkMs: median(reals.map((r) => r.firstMarkMs)),
        firstPaintMs: median(reals.map((r) => r.firstPaintMs)),
        bytesBeforeMark: median(reals.map((r) => r.bytesBeforeMark)),
        bytesTotal: median(reals.map((r) => r.bytesTotal)),
        requests: median(reals.map((r) => r.requests)),
        referenceMs: median(references.map((r) => r.firstMarkMs)),
        referenceBytes: median(references.map((r) => r.bytesTotal)),
      });
    }
  } finally {
    rmSync(referenceDir, { recursive: true, force: true });
    await site.close();
  }
  return figures;
}

/** The SQL notebook, which may wait for DuckDB: when its first cell's result is shown, and the bytes by then. */
export async function benchExplorer(): Promise<{ resultMs: number; bytesBefore: number; bytesTotal: number }> {
  const site = await openSite();
  try {
    const { visit, firstMarkMs, bytesBeforeMark, bytesTotal } = await firstMark(site, "/explore", '[data-testid="cell"][data-state="done"] tbody tr');
    await visit.page.context().close();
    return { resultMs: firstMarkMs, bytesBefore: bytesBeforeMark, bytesTotal };
  } finally {
    await site.close();
  }
}

export interface InteractionFigure {
  action: string;
  /** Where the redrawn chart's rows came from: the view applied in JavaScript to its base rows, or DuckDB. */
  path: "json" | "duckdb";
  /** Trial periods drawn after the change. */
  bars: number;
  medianMs: number;
  runs: number;
}

/** The durations page's filters, each set and then undone: what a reader would click. */
const ACTIONS: Array<{ action: string; control: string; value: string }> = [
  { action: "Status → cancelled", control: "Status", value: "cancelled (annulleret)" },
  { action: "Status → all", control: "Status", value: "" },
  { action: "Programme → Frikommuneforsøg II", control: "Programme", value: "Frikommuneforsøg II" },
  { action: "Programme → all", control: "Programme", value: "" },
  { action: 'Title contains "fleksjob"', control: "Title contains", value: "fleksjob" },
  { action: 'Title contains ""', control: "Title contains", value: "" },
];

/** DuckDB's module: held unanswered, it keeps a page on the rows it draws before DuckDB has loaded. */
const DUCKDB = /duckdb/;

/**
 * Filter change to redrawn chart on the durations page itself, with every table replaced by its
 * `scale`× synthetic version, on both of the page's paths: before DuckDB has loaded (the view applied in
 * JavaScript to its base rows; DuckDB's module is held back so that the page stays there), and after
 * (the view's query, its rows and the timeline drawn again). The built site is copied and its data files
 * overwritten (the page finds them by the same names).
 */
export async function benchInteraction(tables: Corpus["tables"], runs = 3): Promise<{ trials: number; dated: number; figures: InteractionFigure[] }> {
  const copy = await siteWithTables(tables);
  try {
    return {
      trials: tables.trials.length,
      dated: tables.trials.filter((t) => t.start_date !== null && t.end_date !== null).length,
      figures: await interactionFigures(copy.root, runs),
    };
  } finally {
    copy.remove();
  }
}

/** benchInteraction()'s figures for a built site (`root`) with whatever tables it holds. */
export async function interactionFigures(root: string, runs = 3): Promise<InteractionFigure[]> {
  const site = await openSite(root);
  const figures: InteractionFigure[] = [];
  try {
    for (const path of ["json", "duckdb"] as const) {
      const visit = await site.visit("/durations", { width: 1280, height: 900, hold: path === "json" ? DUCKDB : undefined });
      await visit.page.locator(`[data-testid="timeline"] [data-rows="${path}"]`).waitFor({ timeout: 300_000 });
      const samples = new Map<string, { bars: number; ms: number[] }>();
      for (let run = 0; run < runs; run++) {
        for (const { action, control, value } of ACTIONS) {
          const field = visit.page.getByLabel(control);
          // Timed in the page: from the input event to the new chart element with its bars.
          const measured = visit.page.evaluate(
            () =>
              new Promise<{ ms: number; bars: number }>((resolve) => {
                let changed = 0;
                document.addEventListener("input", () => (changed = performance.now()), { capture: true, once: true });
                const card = document.querySelector('[data-testid="timeline"]')!;
                const old = card.querySelector("[data-rows]");
                new MutationObserver((_, observer) => {
                  const chart = card.querySelector("[data-rows]");
                  if (!changed || !chart || chart === old) return;
                  observer.disconnect();
                  resolve({ ms: performance.now() - changed, bars: chart.querySelectorAll('g[aria-description="trial period"] > *').length });
                }).observe(card, { childList: true, subtree: true });
              }),
          );
          if (control === "Title contains") await field.fill(value);
          else await choose(field, value);
          const { ms, bars } = await measured;
          // The rest of the page (counts, table, lists) settles before the next change, as it would for a reader.
          await visit.page.waitForFunction(() => !document.querySelector("observablehq-loading"));
          await visit.page.waitForTimeout(500);
          const sample = samples.get(action) ?? { bars, ms: [] };
          sample.ms.push(ms);
          samples.set(action, sample);
        }
      }
      await visit.page.context().close();
      for (const { action } of ACTIONS) {
        const { bars, ms } = samples.get(action)!;
        ms.sort((a, b) => a - b);
        figures.push({ action, path, bars, medianMs: ms[Math.floor(ms.length / 2)], runs: ms.length });
      }
    }
    return figures;
  } finally {
    await site.close();
  }
}

/**
 * Chooses a select's option as a reader does: one input event. A reader's choice is a trusted event, after
 * which Observable Inputs ignores the change event that follows; a script's events are untrusted, so
 * Playwright's selectOption() (input, then change) would count as two changes and compute the page twice.
 */
async function choose(field: Locator, label: string): Promise<void> {
  const index = label ? await field.locator("option").evaluateAll((options, label) => options.findIndex((o) => o.textContent?.trim() === label), label) : 0;
  if (index < 0) throw new Error(`No option "${label}" in ${await field.getAttribute("name")}`);
  await field.evaluate((select: HTMLSelectElement, index) => {
    select.selectedIndex = index;
    select.dispatchEvent(new Event("input", { bubbles: true }));
  }, index);
}

/** The chart pages' "Edit this query" sections, first of each page (/outcomes has two). */
export const EDIT_QUERY_PAGES = ["/durations", "/participation", "/outcomes"];

/**
 * "Edit this query" as a reader first uses it: a cold visit, the section opened as soon as it is on the
 * page, ▶ Run pressed at once on the view's query. Times from the navigation (page clock) to the
 * section's appearing and to the first run's result in the cell (its DuckDB and code load on opening);
 * medians of `runs` visits, unthrottled (under the mobile profile DuckDB's engine alone takes minutes).
 */
export async function benchEditQuery(runs = 3, root = DIST): Promise<Array<{ path: string; sectionMs: number; resultMs: number; bytesTotal: number }>> {
  const site = await openSite(root);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  try {
    const figures = [];
    for (const path of EDIT_QUERY_PAGES) {
      const samples: Array<{ sectionMs: number; resultMs: number; bytesTotal: number }> = [];
      for (let run = 0; run < runs; run++) {
        const visit = await site.visit(path, { width: 1280, height: 900 });
        const section = visit.page.getByTestId("edit-query").first();
        await section.locator("summary").click({ timeout: 120_000 });
        const sectionMs = await visit.page.evaluate(() => performance.now());
        // Watched in the page, so that the time is the page's own, not when the test hears of it.
        const done = visit.page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              // No named functions in here: the bench's TypeScript runner wraps them in a helper the page lacks.
              new MutationObserver((_, observer) => {
                if (!document.querySelector('[data-testid="edit-query"] .sql-cell[data-state="done"]')) return;
                observer.disconnect();
                resolve(performance.now());
              }).observe(document.body, { subtree: true, childList: true, attributes: true });
            }),
        );
        await section.getByRole("button", { name: "▶ Run" }).click();
        const resultMs = await done;
        samples.push({ sectionMs, resultMs, bytesTotal: visit.finished.reduce((n, f) => n + f.bytes, 0) });
        await visit.page.context().close();
      }
      figures.push({
        path,
        sectionMs: median(samples.map((s) => s.sectionMs)),
        resultMs: median(samples.map((s) => s.resultMs)),
        bytesTotal: median(samples.map((s) => s.bytesTotal)),
      });
    }
    return figures;
  } finally {
    await site.close();
  }
}
