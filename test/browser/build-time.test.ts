// Charts drawn at build time (scripts/page-loader): in the page's HTML before any script runs, replaced in
// place by the live chart with no layout shift, and never shown where the address asks for another view.
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serveDirectory } from "./server.ts";
import { DIST, openSite, type Site } from "./site.ts";

const PAGES = [
  { path: "/durations", chart: '[data-testid="timeline"]', mark: 'g[aria-description="trial period"] > *', marks: 17, text: ["17", "1. juli 2017"] },
];

/** Every layout shift the page reports (Chromium's layout-shift entries), from the first paint on. */
const recordShifts = `(${() => {
  const w = window as unknown as { __shifts: Array<{ value: number; sources: string[] }> };
  w.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as Array<{ value: number; sources?: Array<{ node?: Node }> }>) {
      w.__shifts.push({
        value: e.value,
        sources: (e.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 120) ?? String(s.node?.nodeName)),
      });
    }
  }).observe({ type: "layout-shift", buffered: true });
  // The drawing's box as the page first lays it out, to compare with the live chart's.
  document.addEventListener("DOMContentLoaded", () => {
    (window as unknown as { __built: Array<{ chart: string; width: number; height: number }> }).__built = Array.from(
      document.querySelectorAll(".built > svg"),
      (svg) => {
        const { width, height } = svg.getBoundingClientRect();
        return { chart: svg.closest("[data-testid]")?.getAttribute("data-testid") ?? "", width, height };
      },
    ).filter((b) => b.width > 0);
  });
}})()`;

describe("a chart page without JavaScript", () => {
  test.each(PAGES)("$path holds its default chart, its text alternative and its counts", async ({ path, chart, mark, marks, text }) => {
    const server = await serveDirectory(DIST);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    try {
      for (const width of [1280, 420]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: false });
        await page.goto(server.origin + path);
        const shown = page.locator(`${chart} .built:visible svg[aria-label]`).first();
        expect(await shown.getAttribute("aria-label")).toMatch(/\w{10}/);
        expect(await page.locator(`${chart} .built:visible ${mark}`).count()).toBe(marks);
        // One drawing shown for the box's width: the wide one on a screen, the narrow one on a phone.
        expect(await page.locator(`${chart} .built:visible`).evaluateAll((e) => e.map((d) => d.className))).toContain(
          width > 640 ? "built built-wide" : "built built-narrow",
        );
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), not the DOM property: the text a reader sees without JavaScript, hidden text left out
        const body = await page.locator("main").innerText();
        for (const t of text) expect(body).toContain(t);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe("a chart page with JavaScript", () => {
  let site: Site;
  beforeAll(async () => (site = await openSite()));
  afterAll(() => site?.close());

  test.each(PAGES)("$path: the live chart takes the drawing's place without moving anything, at 1280 and 420 px", async ({ path, chart, mark, marks }) => {
    for (const width of [1280, 420]) {
      const visit = await site.visit(path, { width, height: 900 }, recordShifts);
      const { page } = visit;
      await page.locator(`${chart} [data-rows] ${mark}`).first().waitFor();
      expect(await page.locator(`${chart} [data-rows] ${mark}`).count()).toBe(marks);
      // Settled: the counts and the table below are in too.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await page.locator(".built").count(), "every drawing gave way").toBe(0);
      // Drawn for this width, the drawing had the live chart's size to the pixel.
      const built = await page.evaluate(() => (window as unknown as { __built: Array<{ chart: string; width: number; height: number }> }).__built);
      const live = await page.locator(`${chart} svg[data-rows], ${chart} [data-rows] svg`).first().boundingBox();
      const drawing = built.find((b) => chart.includes(b.chart));
      expect(drawing, "a drawing shown before the page's script ran").toBeDefined();
      expect(Math.abs(drawing!.width - live!.width), `width at ${width} px`).toBeLessThan(1);
      expect(Math.abs(drawing!.height - live!.height), `height at ${width} px`).toBeLessThan(1);
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: Array<{ value: number; sources: string[] }> }).__shifts);
      expect(shifts, `layout shifts at ${width} px`).toEqual([]);
      expect(visit.consoleErrors).toEqual([]);
      await page.context().close();
    }
  });

  test.each(PAGES)("$path?… another view never shows the default drawing", async ({ path, chart }) => {
    const hiddenAtFirst = `(${() => {
      const w = window as unknown as { __shown: string[] };
      document.addEventListener("DOMContentLoaded", () => {
        w.__shown = Array.from(document.querySelectorAll(".built"), (b) => getComputedStyle(b).display).filter((d) => d !== "none");
      });
    }})()`;
    const visit = await site.visit(`${path}?programme=Frikommuneforsøg%20II`, { width: 1280, height: 900 }, hiddenAtFirst);
    expect(await visit.page.evaluate(() => (window as unknown as { __shown: string[] }).__shown)).toEqual([]);
    await visit.page.locator(`${chart} [data-rows]`).first().waitFor();
    await visit.page.context().close();
  });
});
