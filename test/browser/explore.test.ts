// The SQL notebook: queries typed into cells run in DuckDB-WASM against the real tables; errors stay in
// their cell; cells live in the link; results are text; nothing reaches the network.
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readCorpus } from "../../loaders/build.ts";
import { openSite, type Site, type Visit } from "./site.ts";

const { tables } = readCorpus();
const XSS = "<img src=x onerror=alert(1)>";

let site: Site;
let visit: Visit;
let firstResultMs: number;
const dialogs: string[] = [];

beforeAll(async () => {
  site = await openSite();
  visit = await site.visit("/explore");
  visit.page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // The default cell runs on arrival: loader → Arrow → DuckDB-WASM → SQL → table.
  await visit.page.locator('[data-testid="cell"][data-state="done"]').first().waitFor();
  firstResultMs = await visit.page.evaluate(() => performance.now());
});
afterAll(async () => {
  await site?.close();
});

const cells = (v = visit) => v.page.locator('[data-testid="cell"]');

/** Waits until the cell's latest run has finished, and returns its state. */
async function settled(cell: Locator): Promise<string | null> {
  // The first run of a page waits for DuckDB and the tables.
  await expect.poll(() => cell.getAttribute("data-state"), { timeout: 30_000 }).not.toBe("running");
  return cell.getAttribute("data-state");
}

/** Types SQL into a cell and runs it with Ctrl+Enter. */
async function run(cell: Locator, sql: string): Promise<string | null> {
  await cell.locator("textarea").fill(sql);
  await cell.locator("textarea").press("Control+Enter");
  return settled(cell);
}

/** Adds a cell at the end and runs SQL in it. */
async function runInNewCell(sql: string): Promise<Locator> {
  const count = await cells().count();
  await visit.page.getByRole("button", { name: "+ Add cell" }).click();
  const cell = cells().nth(count);
  await run(cell, sql);
  return cell;
}

const sqlsOf = (v: Visit) => cells(v).locator("textarea").evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
const columnTexts = (cell: Locator) => cell.locator("thead th").allTextContents();
const rowTexts = (cell: Locator) =>
  cell.locator("tbody tr").evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll("td"), (td) => td.textContent)));
const pager = (cell: Locator) => cell.locator(".pager .range").textContent();

describe("queries typed into a cell", () => {
  test("count the trials", async () => {
    const cell = cells().first();
    expect(await run(cell, "SELECT count(*) AS n FROM trials")).toBe("done");
    expect(tables.trials).toHaveLength(35);
    expect(await columnTexts(cell)).toEqual(["Row", "n"]);
    expect(await rowTexts(cell)).toEqual([["35"]]);
    expect(await cell.locator('[data-testid="cell-status"]').textContent()).toMatch(/^1 row · [\d.]+ ms$/);
  });

  test("join participation to the municipality register: trials per municipality", async () => {
    const cell = await runInNewCell(`SELECT p.municipality_code AS code, m.name, count(DISTINCT p.trial_id) AS trials
      FROM participation p JOIN municipalities m ON m.code = p.municipality_code
      GROUP BY ALL ORDER BY trials DESC, m.name`);
    const names = new Map((tables.municipalities as Array<{ code: number; name: string }>).map((m) => [m.code, m.name]));
    const trials = new Map<number, Set<string>>();
    for (const p of tables.participation as Array<{ municipality_code: number; trial_id: string }>) trials.set(p.municipality_code, (trials.get(p.municipality_code) ?? new Set()).add(p.trial_id));
    const expected = [...trials]
      .map(([code, ids]) => [String(code), names.get(code)!, String(ids.size)])
      // DuckDB orders text by code point, as JavaScript's < does.
      .sort((a, b) => Number(b[2]) - Number(a[2]) || (a[1] < b[1] ? -1 : 1));
    expect(await rowTexts(cell)).toEqual(expected);
    // Viborg ran all 20 trials of Frikommuneforsøg I; 12 municipalities in all.
    expect(expected[0]).toEqual(["791", "Viborg", "20"]);
    expect(expected).toHaveLength(12);
    expect(await pager(cell)).toBe("Rows 1–12 of 12");
  });
});

test("an example is one click away: it adds a cell and runs it", async () => {
  const count = await cells().count();
  await visit.page.getByRole("button", { name: "Trials per municipality" }).click();
  const cell = cells().nth(count);
  expect(await settled(cell)).toBe("done");
  expect((await rowTexts(cell))[0]).toEqual(["Viborg", "20"]);
  // Two columns, a name and a count: one bar per municipality.
  expect(await cell.locator('svg g[aria-label="bar"] rect').count()).toBe(12);
});

test("a name clicked on the schema list is typed into the cell being edited", async () => {
  const cell = cells().first();
  await cell.locator("textarea").fill("SELECT count(DISTINCT ");
  const trials = visit.page.locator('[data-testid="schema"] details[data-table="trials"]');
  await trials.locator("summary").click();
  expect(await trials.getAttribute("open")).toBe("");
  await trials.getByRole("button", { name: "status", exact: true }).click();
  await cell.locator("textarea").press("End");
  await cell.locator("textarea").pressSequentially(") AS statuses FROM");
  await visit.page.locator('[data-testid="schema"]').getByRole("button", { name: "trials", exact: true }).click();
  // The table name's button types it and leaves the list open.
  expect(await trials.getAttribute("open")).toBe("");
  expect(await cell.locator("textarea").inputValue()).toBe("SELECT count(DISTINCT status) AS statuses FROM trials");
  await cell.locator("textarea").press("Control+Enter");
  expect(await settled(cell)).toBe("done");
  expect(await rowTexts(cell)).toEqual([[String(new Set(tables.trials.map((t) => t.status).filter((s) => s !== null)).size)]]);
});

test("DuckDB's error shows in its cell, and the notebook keeps working", async () => {
  const bad = cells().first();
  expect(await run(bad, "SELEC 1")).toBe("error");
  expect(await bad.locator('[role="alert"]').textContent()).toMatch(/^Parser Error: syntax error at or near "SELEC"/);
  expect(await bad.locator('[data-testid="cell-status"]').textContent()).toBe("Error");
  const good = await runInNewCell("SELECT 42 AS answer");
  expect(await rowTexts(good)).toEqual([["42"]]);
  // The failed cell still shows its error, and runs again once fixed.
  expect(await bad.locator('[role="alert"]').count()).toBe(1);
  expect(await run(bad, "SELECT 1 AS one")).toBe("done");
  expect(await bad.locator('[role="alert"]').count()).toBe(0);
});

test("100.000 rows come back paged, and turning pages is quick", async () => {
  const cell = cells().first();
  const started = Date.now();
  expect(await run(cell, "SELECT * FROM range(100000)")).toBe("done");
  const resultMs = Date.now() - started;
  expect(await cell.locator('[data-testid="cell-status"]').textContent()).toMatch(/^100\.000 rows · /);
  expect(await pager(cell)).toBe("Rows 1–50 of 100.000");
  // Only the page on show is in the DOM.
  expect(await cell.locator("tbody tr").count()).toBe(50);
  expect((await rowTexts(cell))[0]).toEqual(["0"]);
  const turn = async (name: string, range: string) => {
    const t = Date.now();
    await cell.getByRole("button", { name }).click();
    await expect.poll(() => pager(cell)).toBe(range);
    return Date.now() - t;
  };
  const pageMs = [
    await turn("Next page", "Rows 51–100 of 100.000"),
    await turn("Last page", "Rows 99.951–100.000 of 100.000"),
    await turn("Previous page", "Rows 99.901–99.950 of 100.000"),
  ];
  expect((await rowTexts(cell)).at(-1)).toEqual(["99.949"]);
  await turn("First page", "Rows 1–50 of 100.000");
  expect(await cell.getByRole("button", { name: "Previous page" }).isDisabled()).toBe(true);
  for (const ms of pageMs) expect(ms).toBeLessThan(500);
  console.info(`explore: 100.000 rows shown ${resultMs} ms after Ctrl+Enter; page turns ${pageMs.join(", ")} ms`);
});

test("a bar chart appears for one category and one number, NULL included", async () => {
  const cell = await runInNewCell("SELECT status, count(*) AS n FROM trials GROUP BY status ORDER BY n DESC, status");
  const counts = new Map<string, number>();
  for (const { status } of tables.trials as Array<{ status: string | null }>) counts.set(status ?? "NULL", (counts.get(status ?? "NULL") ?? 0) + 1);
  // completed, cancelled, not_used, ongoing, and the trials whose status no document states.
  expect(counts.size).toBe(5);
  const bars = cell.locator('svg g[aria-label="bar"] rect');
  // The chart is drawn after the table; on a loaded machine it can lag behind the result.
  await expect.poll(() => bars.count()).toBe(5);
  const labels = await cell.locator('svg g[aria-label="y-axis tick label"] text').allTextContents();
  expect(labels.sort()).toEqual([...counts.keys()].sort());
  expect(await cell.locator("td.null").first().textContent()).toBe("NULL");
  // No chart where the shape gives none.
  expect(await cells().first().locator("svg").count()).toBe(0);
});

test("values and errors are shown as text, never as markup", async () => {
  const cell = await runInNewCell(`SELECT '${XSS}' AS "<b>v</b>"`);
  expect(await rowTexts(cell)).toEqual([[XSS]]);
  expect(await columnTexts(cell)).toEqual(["Row", "<b>v</b>"]);
  const error = await runInNewCell(`SELECT * FROM "${XSS}"`);
  expect(await error.locator('[role="alert"]').textContent()).toContain(`Table with name ${XSS} does not exist`);
  for (const c of [cell, error]) expect(await c.locator("img, b").count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(visit.requests.filter((url) => url.endsWith("/x"))).toEqual([]);
});

test("SQL cannot reach the network, nor switch that off", async () => {
  const csv = await runInNewCell("SELECT * FROM read_csv('http://127.0.0.2:9/x.csv')");
  expect(await settled(csv)).toBe("error");
  expect(await csv.locator('[role="alert"]').textContent()).toMatch(/^Permission Error: Scanning read_csv files is disabled/);
  // Left alone, DuckDB-WASM would fetch the parquet extension from its repository for this.
  const parquet = await runInNewCell("SELECT * FROM 'http://127.0.0.2:9/x.parquet'");
  expect(await settled(parquet)).toBe("error");
  const unlock = await runInNewCell("SET GLOBAL enable_external_access = true");
  expect(await unlock.locator('[role="alert"]').textContent()).toMatch(/the configuration has been locked/);
  expect(visit.requests.filter((url) => url.includes("127.0.0.2") || /extension/.test(url))).toEqual([]);
  expect(visit.offsite()).toEqual([]);
});

test("a shared link restores the cells, in order, and runs them", async () => {
  // Cells can be written before DuckDB has started.
  const v = await site.visit("/explore");
  const sqls = ["SELECT 'Brønderslev' AS navn", "SELECT count(*) AS n FROM lines WHERE text LIKE '%&q=#%'", "SELECT 3 AS c"];
  await cells(v).first().locator("textarea").fill(sqls[0]);
  for (const sql of sqls.slice(1)) {
    await v.page.getByRole("button", { name: "+ Add cell" }).click();
    await cells(v).last().locator("textarea").fill(sql);
  }
  // Reorder and remove: [0, 1, 2] → [0, 2, 1] → [2, 1].
  await cells(v).nth(2).getByRole("button", { name: "Move cell up" }).click();
  await cells(v).first().getByRole("button", { name: "Remove cell" }).click();
  const expected = [sqls[2], sqls[1]];
  expect(await sqlsOf(v)).toEqual(expected);
  await expect.poll(() => new URL(v.page.url()).hash).toBe("#q=SELECT+3+AS+c&q=SELECT+count%28*%29+AS+n+FROM+lines+WHERE+text+LIKE+%27%25%26q%3D%23%25%27");
  const url = new URL(v.page.url());
  // Back from the menu (no fragment), the same browser finds its cells in localStorage.
  await v.page.goto(`${site.origin}/explore`);
  await expect.poll(() => sqlsOf(v)).toEqual(expected);
  await expect.poll(() => new URL(v.page.url()).hash).toBe(url.hash);

  const shared = await site.visit(url.pathname + url.hash);
  await expect.poll(() => sqlsOf(shared)).toEqual(expected);
  for (const cell of await cells(shared).all()) expect(await settled(cell)).toBe("done");
  expect(await rowTexts(cells(shared).first())).toEqual([["3"]]);
  // The same page reloaded keeps them too.
  await shared.page.reload();
  await expect.poll(() => sqlsOf(shared)).toEqual(expected);
  // A link pasted into the address bar of the open page changes only its fragment.
  await shared.page.evaluate(() => (location.hash = "#q=SELECT+7+AS+seven"));
  await expect.poll(() => cells(shared).count()).toBe(1);
  expect(await settled(cells(shared).first())).toBe("done");
  expect(await rowTexts(cells(shared).first())).toEqual([["7"]]);
  for (const v2 of [v, shared]) {
    expect(v2.pageErrors).toEqual([]);
    expect(v2.consoleErrors).toEqual([]);
  }
});

test("logs no errors and requests nothing from any other host", async () => {
  await visit.page.waitForLoadState("networkidle");
  expect(visit.pageErrors).toEqual([]);
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.failed).toEqual([]);
  expect(visit.offsite()).toEqual([]);
  console.info(`explore: ${visit.requests.length} requests, ${(visit.bytes() / 2 ** 20).toFixed(1)} MiB, first result ${Math.round(firstResultMs)} ms after navigation`);
});
