// Page speed in headless Chromium from a local static server, cold cache: time to the first chart mark
// and bytes transferred by then, against a reference page that inlines the same chart as plain SVG.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
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
  /** Each visit's first mark over the reference visit made right after it: the machine's noise falls on both. */
  pairRatios: number[];
}

/** The middle value (of an even number, the upper of the two middle ones). */
export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

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
        pairRatios: reals.map((r, run) => r.firstMarkMs / references[run].firstMarkMs),
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
  page: string;
  action: string;
  /** Where the redrawn chart's rows came from: the view applied in JavaScript to its base rows, or DuckDB. */
  path: "json" | "duckdb";
  /** Marks drawn after the change (the timeline's bars, the matrices' filled cells). */
  marks: number;
  medianMs: number;
  runs: number;
}

interface Action {
  action: string;
  control: string;
  kind: "select" | "radio" | "text";
  /** The option's label; for a text field, what is typed. */
  value: string;
}

/** A control set to a value (a text field: what is typed), named as the figures print it. */
const set = (control: string, kind: Action["kind"], value: string, name = value): Action => ({
  action: kind === "text" ? `${control} "${value}"` : `${control} → ${name}`,
  control,
  kind,
  value,
});

/** Each chart page's filters and orders, each set and then undone: what a reader would click. */
const INTERACTIONS: Array<{ path: string; chart: string; marks: string; actions: Action[] }> = [
  {
    path: "/durations",
    chart: '[data-testid="timeline"]',
    marks: 'g[aria-description="trial period"] > *',
    actions: [
      set("Status", "select", "cancelled (annulleret)", "cancelled"),
      set("Status", "select", "All", "all"),
      set("Programme", "select", "Frikommuneforsøg II"),
      set("Programme", "select", "All", "all"),
      set("Title contains", "text", "fleksjob"),
      set("Title contains", "text", ""),
    ],
  },
  {
    path: "/participation",
    chart: '[data-testid="matrix"]',
    marks: ".pm-cell",
    actions: [
      set("Programme", "radio", "Frikommuneforsøg I"),
      set("Programme", "radio", "All", "all"),
      set("Order municipalities", "radio", "by count"),
      set("Order municipalities", "radio", "by similarity"),
    ],
  },
  {
    path: "/outcomes",
    chart: '[data-testid="theme-matrix"]',
    marks: 'g[aria-label="cell"] > rect[stroke]',
    actions: [
      set("Programme", "radio", "Frikommuneforsøg II"),
      set("Programme", "radio", "All programmes", "all"),
      set("Search findings", "text", "revurdering"),
      set("Search findings", "text", ""),
    ],
  },
];

/** DuckDB's module: held unanswered, it keeps a page on the rows it draws before DuckDB has loaded. */
const DUCKDB = /duckdb/;

/**
 * Filter change to redrawn chart on each chart page itself, with every table replaced by its `scale`×
 * synthetic version, on both of a page's paths: before DuckDB has loaded (the view applied in
 * JavaScript to its base rows; DuckDB's module is held back so that the page stays there), and after
 * (the view's query, its rows and the chart drawn again). The built site is copied and its data files
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

/** benchInteraction()'s figures for a built site (`root`) with whatever tables it holds: on every chart page, or on those in `paths`. */
export async function interactionFigures(root: string, runs = 3, paths = INTERACTIONS.map((page) => page.path)): Promise<InteractionFigure[]> {
  const site = await openSite(root);
  const figures: InteractionFigure[] = [];
  try {
    for (const path of ["json", "duckdb"] as const) {
      for (const page of INTERACTIONS.filter((page) => paths.includes(page.path))) {
        const visit = await site.visit(page.path, { width: 1280, height: 900, hold: path === "json" ? DUCKDB : undefined });
        await visit.page.locator(`${page.chart} [data-rows="${path}"]`).waitFor({ timeout: 600_000 });
        const samples = new Map<string, { marks: number; ms: number[] }>();
        for (let run = 0; run < runs; run++) {
          for (const action of page.actions) {
            // Timed in the page: from the input event to the chart drawn anew (a new element with its rows' origin) with its marks.
            const measured = visit.page.evaluate(
              ({ chart, marks }) =>
                new Promise<{ ms: number; marks: number }>((resolve, reject) => {
                  setTimeout(() => reject(new Error("not drawn anew within a minute")), 60_000);
                  let changed = 0;
                  document.addEventListener("input", () => (changed = performance.now()), { capture: true, once: true });
                  const card = document.querySelector(chart)!;
                  const old = card.querySelector("[data-rows]");
                  new MutationObserver((_, observer) => {
                    const drawn = card.querySelector("[data-rows]");
                    if (!changed || !drawn || drawn === old) return;
                    observer.disconnect();
                    resolve({ ms: performance.now() - changed, marks: drawn.querySelectorAll(marks).length });
                  }).observe(card, { childList: true, subtree: true });
                }),
              page,
            );
            // Cells waiting for DuckDB (held back on the JSON path) stay pending throughout: they are not the change's.
            const pending = await visit.page.locator("observablehq-loading").count();
            await act(visit.page, action);
            // Not drawn within a minute: reported as such (Infinity), and the next change waits for the page to settle.
            const { ms, marks } = await measured.catch(() => ({ ms: Number.POSITIVE_INFINITY, marks: 0 }));
            if (process.env.BENCH_VERBOSE) console.error(page.path, path, action.action, ms.toFixed(1), marks);
            // The rest of the page (counts, tables, lists) settles before the next change, as it would for a reader.
            await visit.page.waitForFunction((pending) => document.querySelectorAll("observablehq-loading").length <= pending, pending, { timeout: 600_000 });
            await visit.page.waitForTimeout(500);
            const sample = samples.get(action.action) ?? { marks, ms: [] };
            sample.ms.push(ms);
            samples.set(action.action, sample);
          }
        }
        await visit.page.context().close();
        for (const { action } of page.actions) {
          const { marks, ms } = samples.get(action)!;
          figures.push({ page: page.path, action, path, marks, medianMs: median(ms), runs: ms.length });
        }
      }
    }
    return figures;
  } finally {
    await site.close();
  }
}

/** Sets a control as a reader does: a click for a radio button (a trusted event), one input event for a select, typing for a text field. */
async function act(page: Page, { control, kind, value }: Action): Promise<void> {
  const form = page
    .locator("form")
    .filter({ has: page.locator("label", { hasText: control }) })
    .first();
  if (kind === "radio") await form.getByLabel(value, { exact: true }).click();
  else if (kind === "text") await form.locator("input").fill(value);
  else await choose(form.locator("select"), value);
}

/**
 * Chooses a select's option as a reader does: one input event. A reader's choice is a trusted event, after
 * which Observable Inputs ignores the change event that follows; a script's events are untrusted, so
 * Playwright's selectOption() (input, then change) would count as two changes and compute the page twice.
 */
async function choose(field: Locator, label: string): Promise<void> {
  const index = await field.locator("option").evaluateAll((options, label) => options.findIndex((o) => o.textContent?.trim() === label), label);
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
