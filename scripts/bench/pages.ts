// Page speed in headless Chromium from a local static server, cold cache: time to the first chart mark
// and bytes transferred by then, against a reference page that inlines the same chart as plain SVG.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, openSite, type Site } from "../../test/browser/site.ts";

export interface PageTarget {
  path: string;
  /** The first mark of the page's first chart (or its first content, for pages without a chart). */
  mark: string;
  /** The element whose markup the reference page inlines. */
  chart: string;
}

export const PAGES: PageTarget[] = [
  { path: "/", mark: '[data-testid="status-chart"] svg g[aria-label="bar"] rect', chart: '[data-testid="status-chart"] svg' },
  { path: "/durations", mark: '[data-testid="timeline"] svg g[aria-description="trial period"] > *', chart: '[data-testid="timeline"] svg' },
  { path: "/participation", mark: '[data-testid="matrix"] .pm-cell', chart: '[data-testid="matrix"] svg.pm-chart' },
  { path: "/outcomes", mark: '[data-testid="quantitative-chart"] g[aria-label="bar"] rect', chart: '[data-testid="quantitative-chart"] svg' },
  { path: "/sources/000_e87aeb02a3b05123", mark: '[data-testid="source-lines"] tr', chart: '[data-testid="source-lines"]' },
  { path: "/data", mark: "section.table-doc", chart: "section.table-doc" },
];

export interface PageFigure {
  path: string;
  firstMarkMs: number;
  bytesBeforeMark: number;
  bytesTotal: number;
  requests: number;
  referenceMs: number;
  referenceBytes: number;
}

/**
 * Times the first mark in the page itself: a MutationObserver notes when the selector first matches,
 * and the page's resource timings say how many bytes had arrived by then.
 */
function markWatcher(selector: string): string {
  return `(() => {
    const found = () => {
      if (window.__firstMark !== undefined || !document.querySelector(${JSON.stringify(selector)})) return;
      window.__firstMark = performance.now();
      window.__bytesBeforeMark = [performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")]
        .filter((e) => e && e.responseEnd <= window.__firstMark)
        .reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0);
    };
    new MutationObserver(found).observe(document, { childList: true, subtree: true });
  })();`;
}

async function firstMark(site: Site, path: string, mark: string) {
  const visit = await site.visit(path, undefined, markWatcher(mark));
  await visit.page.waitForFunction(() => (window as unknown as { __firstMark?: number }).__firstMark !== undefined, undefined, { timeout: 60_000 });
  const { firstMarkMs, bytesBeforeMark } = await visit.page.evaluate(() => {
    const w = window as unknown as { __firstMark: number; __bytesBeforeMark: number };
    return { firstMarkMs: w.__firstMark, bytesBeforeMark: w.__bytesBeforeMark };
  });
  await visit.page.waitForLoadState("networkidle");
  await visit.page.waitForTimeout(300);
  return { visit, firstMarkMs, bytesBeforeMark, requests: visit.finished.length, bytesTotal: visit.finished.reduce((n, f) => n + f.bytes, 0) };
}

export async function benchPages(pages = PAGES): Promise<PageFigure[]> {
  const site = await openSite();
  const referenceDir = join(DIST, "_bench");
  mkdirSync(referenceDir, { recursive: true });
  const figures: PageFigure[] = [];
  try {
    for (const [i, page] of pages.entries()) {
      const real = await firstMark(site, page.path, page.mark);
      const markup = await real.visit.page.locator(page.chart).first().evaluate((el) => el.outerHTML);
      await real.visit.page.context().close();
      writeFileSync(join(referenceDir, `page${i}.html`), `<!doctype html><meta charset="utf-8"><title>reference</title><body>${markup}</body>`);
      const reference = await firstMark(site, `/_bench/page${i}.html`, "body > *");
      await reference.visit.page.context().close();
      figures.push({
        path: page.path, firstMarkMs: real.firstMarkMs, bytesBeforeMark: real.bytesBeforeMark, bytesTotal: real.bytesTotal,
        requests: real.requests, referenceMs: reference.firstMarkMs, referenceBytes: reference.bytesTotal,
      });
    }
  } finally {
    rmSync(referenceDir, { recursive: true, force: true });
    await site.close();
  }
  return figures;
}

/** Redraw time of the timeline at 1000× data: filter 17,000 synthetic trial periods and draw the result. */
export async function benchInteraction(scale = 1000): Promise<{ rows: number; shown: number; medianMs: number }> {
  const site = await openSite();
  try {
    const visit = await site.visit("/durations");
    await visit.page.waitForSelector(PAGES[1].mark, { timeout: 60_000 });
    const module = await visit.page.evaluate(() => [...document.querySelectorAll("link[rel=modulepreload]")].map((l) => (l as HTMLLinkElement).href).find((h) => /trialTimeline\.\w+\.js$/.test(h)));
    // A string, not a function: the runner would rewrite a dynamic import() in a function body.
    return await visit.page.evaluate(`(async () => {
      const { trialTimeline } = await import(${JSON.stringify(module)});
      const statuses = ["completed", "completed", "completed", "cancelled", "ongoing"];
      const day = 86400000, start = Date.UTC(2012, 6, 1);
      const rows = Array.from({ length: 17 * ${scale} }, (_, i) => ({
        trial_id: "t" + i, title: "Forsøg " + i, programme: i % 2 ? "Frikommuneforsøg I" : "Frikommuneforsøg II",
        start_date: start + (i % 900) * day, start_precision: "day", end_date: start + (i % 900 + 400 + i % 700) * day, end_precision: "day",
        status: statuses[i % 5], extended_until: i % 3 ? null : start + (i % 900 + 1500) * day, recommendation: "yes",
        days: 400 + i % 700, doc_id: "000", source_line: 1, quote: "…",
      }));
      const times = [];
      let shown = 0;
      for (const status of ["cancelled", "ongoing", "cancelled", "ongoing", "cancelled"]) {
        const t0 = performance.now();
        const filtered = rows.filter((r) => r.status === status).slice(0, 500);
        shown = filtered.length;
        const chart = trialTimeline(filtered, { width: 1200 });
        document.body.append(chart);
        chart.getBoundingClientRect();
        times.push(performance.now() - t0);
        chart.remove();
      }
      times.sort((a, b) => a - b);
      return { rows: rows.length, shown, medianMs: times[2] };
    })()`);
  } finally {
    await site.close();
  }
}
