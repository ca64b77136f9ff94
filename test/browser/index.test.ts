// The overview page: DuckDB-WASM figures, a Plot chart, and nothing from the network.
import { afterAll, beforeAll, expect, test } from "vitest";
import { openSite, type Site, type Visit } from "./site.ts";

let site: Site;
let visit: Visit;
let sqlResultMs: number;

beforeAll(async () => {
  site = await openSite();
  visit = await site.visit("/");
  // The headline count ends the chain loader → Parquet → DuckDB-WASM → SQL.
  await visit.page.locator('[data-testid="trials"]').filter({ hasText: /^\d/ }).waitFor();
  sqlResultMs = await visit.page.evaluate(() => performance.now());
  await visit.page.waitForLoadState("networkidle");
});

afterAll(async () => {
  await site?.close();
});

test("shows headline figures counted by DuckDB", async () => {
  for (const id of ["trials", "municipalities"]) {
    const text = await visit.page.locator(`[data-testid="${id}"]`).textContent();
    expect(Number(text?.replace(/\D/g, ""))).toBeGreaterThan(0);
  }
});

test("draws an SVG chart with marks", async () => {
  const bars = visit.page.locator('[data-testid="status-chart"] svg g[aria-label="bar"] rect');
  await bars.first().waitFor();
  expect(await bars.count()).toBeGreaterThan(0);
});

test("logs no errors", () => {
  expect(visit.pageErrors).toEqual([]);
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.failed).toEqual([]);
});

test("requests nothing from any other host", () => {
  expect(visit.offsite()).toEqual([]);
  console.info(
    `index: ${visit.requests.length} requests, ${(visit.bytes() / 2 ** 20).toFixed(1)} MiB, ` +
      `SQL result after ${Math.round(sqlResultMs)} ms`
  );
});
