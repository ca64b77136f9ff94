// The overview page: DuckDB-WASM figures, a Plot chart, and nothing from the network.
import { afterAll, beforeAll, expect, test } from "vitest";
import { openSite, type Site, type Visit } from "./site.ts";

let site: Site;
let visit: Visit;
let sqlResultMs: number;

beforeAll(async () => {
  site = await openSite();
  visit = await site.visit("/");
  // The headline count ends the chain loader → Arrow → DuckDB-WASM → SQL (the count written at build time gives way to it).
  await visit.page.locator('[data-testid="trials"]:not(:has(.built))').filter({ hasText: /^\d/ }).waitFor();
  sqlResultMs = await visit.page.evaluate(() => performance.now());
  await visit.page.waitForLoadState("networkidle");
});

afterAll(async () => {
  await site?.close();
});

test("shows the headline figures the seeds give, in Danish formats", async () => {
  const text = (id: string) => visit.page.locator(`[data-testid="${id}"]`).textContent();
  // 20 trials in Viborg's overview, 15 distinct in the North Jutland documents.
  expect(await text("trials")).toBe("35");
  // Viborg, the 11 North Jutland municipalities.
  expect(await text("municipalities")).toBe("12");
  // 1. juli 2012 (Viborg's first trial) to the extension "frem til udgangen af 2023".
  expect(await text("span")).toBe("1. juli 2012 – udgangen af 2023");
  // ca. 2,5 mio. kr. + ca. 720.000 kr.
  expect(await text("savings")).toBe("ca. 3,2 mio. kr.");
  // Counted, not named: added documents may report kroner for any trial.
  expect(await text("savings-basis")).toBe("sum of 2 figures reported for 1 trial; see sources");
});

test("links the provisional trials the count leaves out to their list on the durations page", async () => {
  // A visit of its own: the link leaves the page the other tests read.
  const own = await site.visit("/");
  const link = own.page.locator('[data-testid="provisional-trials"]');
  // The decision letter's four applications, and what else the seeds name the trial catalogue lacks.
  const count = Number((await link.textContent())?.match(/^(\d+) provisional not counted$/)?.[1]);
  expect(count).toBeGreaterThanOrEqual(4);
  await link.click();
  await own.page.waitForURL(/\/durations#provisional$/);
  await expect.poll(() => own.page.locator("#provisional li").count()).toBe(count);
  await own.page.context().close();
});

test("draws one bar per programme and status", async () => {
  const bars = visit.page.locator('[data-testid="status-chart"] svg g[aria-label="bar"] rect');
  await bars.first().waitFor();
  // I: completed, cancelled, not used; II: ongoing, not stated.
  expect(await bars.count()).toBe(5);
  const widths = await bars.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("width"))));
  expect(widths.every((w) => w > 0)).toBe(true);
});

test("lists the five sources with links to their lines", async () => {
  const links = visit.page.locator('[data-testid="sources"] li a');
  expect(await links.count()).toBe(5);
  expect(await links.first().getAttribute("href")).toBe("./sources/000_e87aeb02a3b05123");
  await expect
    .poll(() => visit.page.locator('[data-testid="coverage"]').textContent())
    .toMatch(/^Line coverage: [\d.]+ parsed · [\d.]+ skipped · [\d.]+ unparsed/);
});

test("logs no errors", () => {
  expect(visit.pageErrors).toEqual([]);
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.failed).toEqual([]);
});

test("requests nothing from any other host", () => {
  expect(visit.offsite()).toEqual([]);
  console.info(`index: ${visit.requests.length} requests, ${(visit.bytes() / 2 ** 20).toFixed(1)} MiB, ` + `SQL result after ${Math.round(sqlResultMs)} ms`);
});
