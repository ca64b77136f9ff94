// Every chart by keyboard (WCAG 2.1.1, 2.4.3, 2.4.7): Tab reaches each chart once, however many marks
// it has; the arrow keys move among the marks, the current one outlined; Enter opens what a click opens.
import { afterAll, afterEach, beforeAll, expect, test, vi } from "vitest";
import { openSite, type Site, type Visit } from "./site.ts";

vi.setConfig({ testTimeout: 180_000 });

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** The charts of a page: a selector for each, and the drawn marks that should be reached inside it. */
const PAGES: Array<{ path: string; wait: string; charts: Array<{ chart: string; marks: string }> }> = [
  {
    path: "/",
    // The live chart: its drawing made at build time has the same marks but is no [data-kb-chart].
    wait: '[data-testid="status-chart"] [data-kb-chart] g[aria-label="bar"] rect',
    charts: [{ chart: '[data-testid="status-chart"] [data-kb-chart]', marks: 'g[aria-label="bar"] rect' }],
  },
  {
    path: "/durations",
    wait: '[data-testid="timeline"] [data-rows="duckdb"]',
    charts: [{ chart: '[data-testid="timeline"] [data-kb-chart]', marks: 'g[aria-description="trial period"] > *, g[aria-description="milestone"] > *' }],
  },
  {
    path: "/participation",
    wait: '[data-testid="matrix"] [data-rows="duckdb"] .pm-cell',
    charts: [{ chart: '[data-testid="matrix"] [data-kb-chart]', marks: ".pm-cell" }],
  },
  {
    path: "/outcomes",
    wait: '[data-testid="quantitative-chart"] [data-rows="duckdb"]',
    charts: [
      { chart: '[data-testid="quantitative-chart"] [data-kb-chart]', marks: 'g[aria-label="bar"] a' },
      { chart: '[data-testid="theme-matrix"] [data-kb-chart]', marks: 'rect[role="button"]' },
    ],
  },
];

/**
 * The tab stops a chart adds: its focusable elements (tabIndex ≥ 0, drawn), and whether one Tab from the
 * chart leaves it and one Shift+Tab comes back to it.
 */
async function tabStops(visit: Visit, chart: string): Promise<{ stops: number; leaves: boolean; returns: boolean }> {
  const stops = await visit.page
    .locator(chart)
    .evaluate(
      (root) => [root, ...root.querySelectorAll("*")].filter((e) => (e as HTMLElement).tabIndex >= 0 && (e as HTMLElement).getClientRects().length > 0).length,
    );
  const inside = () => visit.page.evaluate((chart) => document.querySelector(chart)!.contains(document.activeElement), chart);
  await visit.page.locator(chart).focus();
  await visit.page.keyboard.press("Tab");
  const leaves = !(await inside());
  await visit.page.keyboard.press("Shift+Tab");
  const returns = await visit.page.evaluate((chart) => document.activeElement === document.querySelector(chart), chart);
  return { stops, leaves, returns };
}

/** The current mark's label, and its outline as drawn. */
const current = (visit: Visit, chart: string) =>
  visit.page.evaluate((chart) => {
    const root = document.querySelector(chart)!;
    const id = root.getAttribute("aria-activedescendant");
    const mark = id ? document.getElementById(id) : null;
    if (!mark || document.activeElement !== root) return null;
    const style = getComputedStyle(mark);
    return { label: mark.getAttribute("aria-label"), outline: `${style.outlineStyle} ${style.outlineWidth}`, current: mark.classList.contains("kb-current") };
  }, chart);

const visits: Visit[] = [];
async function open(path: string, wait: string, width = 1280): Promise<Visit> {
  const visit = await site.visit(path, { width, height: 900 });
  visits.push(visit);
  // DuckDB redraws the charts; the keys are tried on its drawing (slow on a loaded machine).
  await visit.page.locator(wait).first().waitFor({ timeout: 150_000 });
  return visit;
}
afterEach(async () => {
  // The machine is shared: a page with DuckDB open is heavy, so each test closes its own.
  for (const visit of visits.splice(0)) await visit.page.context().close();
});

test.each(PAGES)("$path: Tab stops once on each chart; arrows, Home and End move an outlined current mark", async ({ path, wait, charts }) => {
  const visit = await open(path, wait);
  for (const { chart, marks } of charts) {
    expect(await visit.page.locator(`${chart} :is(${marks})`).count()).toBeGreaterThan(1);
    expect(await tabStops(visit, chart)).toEqual({ stops: 1, leaves: true, returns: true });

    await visit.page.locator(chart).evaluate((e) => (e as HTMLElement).blur());
    await visit.page.locator(chart).focus();
    const first = await current(visit, chart);
    expect(first).toMatchObject({ current: true, outline: "solid 3px" });
    expect(first!.label).toBeTruthy();
    await visit.page.keyboard.press("ArrowRight");
    expect((await current(visit, chart))!.label).not.toBe(first!.label);
    await visit.page.keyboard.press("ArrowLeft");
    expect((await current(visit, chart))!.label).toBe(first!.label);
    await visit.page.keyboard.press("ArrowDown");
    expect((await current(visit, chart))!.label).not.toBe(first!.label);
    await visit.page.keyboard.press("Home");
    expect((await current(visit, chart))!.label).toBe(first!.label);
    await visit.page.keyboard.press("End");
    const last = (await current(visit, chart))!.label;
    await visit.page.keyboard.press("ArrowRight");
    expect((await current(visit, chart))!.label).toBe(last);
    await visit.page.keyboard.press("Escape");
    expect(await current(visit, chart)).toBeNull();
  }
});

test("participation: Enter on a cell shows its statements, as a click does, and keeps the focus", async () => {
  const visit = await open("/participation", PAGES[2].wait);
  const chart = '[data-testid="matrix"] [data-kb-chart]';
  await visit.page.locator(chart).focus();
  await visit.page.keyboard.press("ArrowDown");
  await visit.page.keyboard.press("ArrowRight");
  const label = (await current(visit, chart))!.label!;
  expect(label).toMatch(/^.+ × .+\. \d+ statements? in \d+ documents? \(.+\)\. /);
  await visit.page.keyboard.press("Enter");
  const heading = visit.page.locator('[data-testid="cell-sources"] h3');
  await heading.waitFor();
  // "Hjørring × Rehabiliteringsteam. 2 statements in 2 documents (…). …" opens "Hjørring × Rehabiliteringsteam".
  expect(await heading.textContent()).toBe(label.replace(/\. \d+ statements? in .*$/, ""));
  const n = Number(label.match(/(\d+) statements? in /)![1]);
  expect(await visit.page.locator('[data-testid="cell-sources"] [data-testid="quote"]').count()).toBe(n);
  // The matrix is redrawn with the cell selected; the focus comes back to the same cell.
  await expect.poll(async () => (await current(visit, chart))?.label).toBe(label);
  expect(await visit.page.locator('[data-testid="matrix"] .pm-cell.selected').count()).toBe(1);
});

test("durations: Enter on a bar shows its details, as pointing at it does", async () => {
  const visit = await open("/durations", PAGES[1].wait);
  const chart = '[data-testid="timeline"] [data-kb-chart]';
  await visit.page.locator(chart).focus();
  await visit.page.keyboard.press("ArrowDown");
  const label = (await current(visit, chart))!.label!;
  const title = label.split(": ")[0];
  await visit.page.keyboard.press("Enter");
  await expect.poll(() => visit.page.locator('[data-testid="picked"] strong').first().textContent()).toBe(title);
  expect(await visit.page.locator('[data-testid="picked"] a').getAttribute("href")).toMatch(/\/sources\/.+#L\d+$/);
});

test("outcomes: Enter on a theme cell shows its statements; on a figure, opens its source line", async () => {
  const visit = await open("/outcomes", PAGES[3].wait);
  const themes = '[data-testid="theme-matrix"] [data-kb-chart]';
  await visit.page.locator(themes).focus();
  await visit.page.keyboard.press("End");
  const label = (await current(visit, themes))!.label!;
  await visit.page.keyboard.press(" ");
  const heading = visit.page.locator(".theme-matrix-detail h3");
  await heading.waitFor();
  const n = Number(label.match(/(\d+) statements?$/)![1]);
  expect(await heading.textContent()).toMatch(new RegExp(`: ${n} statements?$`));
  expect(await visit.page.locator(".theme-matrix-detail li").count()).toBe(n);

  const figures = '[data-testid="quantitative-chart"] [data-kb-chart]';
  await visit.page.locator(figures).focus();
  const href = await visit.page.evaluate((figures) => {
    const root = document.querySelector(figures)!;
    return document.getElementById(root.getAttribute("aria-activedescendant")!)!.getAttribute("href");
  }, figures);
  expect(href).toMatch(/\/sources\/.+#L\d+$/);
  await visit.page.keyboard.press("Enter");
  await visit.page.waitForURL((url) => url.pathname.startsWith("/sources/"));
  expect(new URL(visit.page.url()).hash).toBe(href!.slice(href!.indexOf("#")));
});
