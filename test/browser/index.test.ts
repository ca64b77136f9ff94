import { afterAll, beforeAll, expect, test } from "vitest";
import { openSite, type Site, type Visit } from "./site.ts";

let site: Site;
let visit: Visit;
let sqlResultMs: number;

beforeAll(async () => {
  site = await openSite();
  visit = await site.visit("/");
  // The count is the end of the chain loader → Parquet → DuckDB-WASM → SQL.
  const count = visit.page.locator('[data-testid="document-count"] .big');
  await count.filter({ hasText: /^\d+$/ }).waitFor();
  sqlResultMs = await visit.page.evaluate(() => performance.now());
});

afterAll(async () => {
  await site?.close();
});

test("renders the document count from DuckDB", async () => {
  const text = await visit.page.locator('[data-testid="document-count"] .big').textContent();
  expect(Number(text)).toBeGreaterThan(0);
});

test("draws an SVG chart with marks", async () => {
  const bars = visit.page.locator('[data-testid="chart"] svg g[aria-label="bar"] rect');
  await bars.first().waitFor();
  expect(await bars.count()).toBeGreaterThan(0);
});

test("logs no errors", async () => {
  await visit.page.waitForLoadState("networkidle");
  expect(visit.pageErrors).toEqual([]);
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.failed).toEqual([]);
});

test("requests nothing from any other host", async () => {
  await visit.page.waitForLoadState("networkidle");
  expect(visit.offsite()).toEqual([]);
  console.info(
    `index: ${visit.requests.length} requests, ${(visit.bytes() / 2 ** 20).toFixed(1)} MiB, ` +
      `SQL result after ${Math.round(sqlResultMs)} ms`
  );
});
