// The SQL notebook: queries typed into cells run in DuckDB-WASM against the real tables; errors stay in
// their cell; cells live in the link; results are text; nothing reaches the network.
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readCorpus } from "../../loaders/build.ts";
import { DIST, openSite, type Site, type Visit } from "./site.ts";

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
  await visit.page.locator('[data-testid="cell"][data-state="done"]').first().waitFor({ timeout: 110_000 });
  firstResultMs = await visit.page.evaluate(() => performance.now());
}, 120_000);
afterAll(async () => {
  await site?.close();
});

const cells = (v = visit) => v.page.locator('[data-testid="cell"]');

/** Waits until the cell's latest run has finished, and returns its state. */
async function settled(cell: Locator): Promise<string | null> {
  // The first run of a page waits for DuckDB and the tables.
  await expect.poll(() => cell.getAttribute("data-state"), { timeout: 90_000 }).not.toBe("running");
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

const sqlsOf = (v: Visit) =>
  cells(v)
    .locator("textarea")
    .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
const columnTexts = (cell: Locator) => cell.locator("thead th").allTextContents();
const rowTexts = (cell: Locator) =>
  cell.locator("tbody tr").evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll("td"), (td) => td.textContent)));
const pager = (cell: Locator) => cell.locator(".pager .range").textContent();

describe("queries typed into a cell", () => {
  test("count the trials", async () => {
    const cell = cells().first();
    expect(await run(cell, "SELECT count(*) AS n FROM trials")).toBe("done");
    // The catalogue's 35 and the decision letter's 4 applications, provisional.
    expect(tables.trials).toHaveLength(39);
    expect(await columnTexts(cell)).toEqual(["Row", "n"]);
    expect(await rowTexts(cell)).toEqual([["39"]]);
    expect(await cell.locator('[data-testid="cell-status"]').textContent()).toMatch(/^1 row · [\d.]+ ms$/);
  });

  test("join participation to the municipality register: trials per municipality", async () => {
    const cell = await runInNewCell(`SELECT p.municipality_code AS code, m.name, count(DISTINCT p.trial_id) AS trials
      FROM participation p JOIN municipalities m ON m.code = p.municipality_code
      GROUP BY ALL ORDER BY trials DESC, m.name`);
    const names = new Map((tables.municipalities as Array<{ code: number; name: string }>).map((m) => [m.code, m.name]));
    const trials = new Map<number, Set<string>>();
    for (const p of tables.participation as Array<{ municipality_code: number; trial_id: string }>)
      trials.set(p.municipality_code, (trials.get(p.municipality_code) ?? new Set()).add(p.trial_id));
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

const FOREVER = "SELECT count(*) AS n FROM range(1000000000000)";
// After a navigation on a loaded machine, the page can take many seconds to show its cells.
const SLOW = { timeout: 60_000 };
const dbReady = (v: Visit) => v.page.getByText("DuckDB is ready.").waitFor({ timeout: 90_000 });
const stored = (v: Visit) => v.page.evaluate(() => JSON.parse(localStorage.getItem("frikommune:explore:cells") ?? "null") as string[] | null);
const status = (cell: Locator) => cell.locator('[data-testid="cell-status"]').textContent();

/** Proves DuckDB is idle: a new cell's SELECT 1 comes back at once (DuckDB runs one query at a time). */
async function idleDatabase(v: Visit) {
  await v.page.getByRole("button", { name: "+ Add cell" }).click();
  const probe = cells(v).last();
  await probe.locator("textarea").fill("SELECT 1 AS one");
  await probe.locator("textarea").press("Control+Enter");
  await expect.poll(() => probe.getAttribute("data-state"), { timeout: 5_000 }).toBe("done");
  await probe.getByRole("button", { name: "Remove cell" }).click();
}

describe("shared links", () => {
  test("a link's cells are shown, not run, until the reader runs them: not on open, reload, or from storage", async () => {
    const v = await site.visit(`/explore#q=${encodeURIComponent(FOREVER)}&q=SELECT+3+AS+c`);
    await dbReady(v);
    expect(await sqlsOf(v)).toEqual([FOREVER, "SELECT 3 AS c"]);
    expect(await v.page.getByTestId("not-run").textContent()).toBe(
      "These 2 cells come from a link and have not run. Read them, then run each one (▶ Run) or all of them (▶ Run all cells).",
    );
    for (const cell of await cells(v).all()) {
      expect(await cell.getAttribute("data-state")).toBe("idle");
      expect(await status(cell)).toBe("Not run");
    }
    await idleDatabase(v);
    // The reader runs one cell: only that one.
    await cells(v).nth(1).getByRole("button", { name: "▶ Run", exact: true }).click();
    expect(await settled(cells(v).nth(1))).toBe("done");
    expect(await rowTexts(cells(v).nth(1))).toEqual([["3"]]);
    expect(await cells(v).first().getAttribute("data-state")).toBe("idle");
    for (const reopen of [() => v.page.reload(), () => v.page.goto(`${site.origin}/explore`)]) {
      await reopen();
      await dbReady(v);
      await expect.poll(() => sqlsOf(v), SLOW).toEqual([FOREVER, "SELECT 3 AS c"]);
      expect(await cells(v).first().getAttribute("data-state")).toBe("idle");
      await idleDatabase(v);
    }
    expect(v.pageErrors).toEqual([]);
  }, 300_000);

  test("a shared link restores the cells in order; Run all runs them in order", async () => {
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
    // Read at once, not polled: a reload just after a removal must not bring the cell back from the address.
    expect(await v.page.evaluate(() => location.hash)).toBe("#q=SELECT+3+AS+c&q=SELECT+count%28*%29+AS+n+FROM+lines+WHERE+text+LIKE+%27%25%26q%3D%23%25%27");
    const expected = [sqls[2], sqls[1]];
    expect(await sqlsOf(v)).toEqual(expected);
    const url = new URL(await v.page.evaluate(() => location.href));
    // Back from the menu (no fragment), the same browser finds its cells in localStorage.
    await v.page.goto(`${site.origin}/explore`);
    await expect.poll(() => sqlsOf(v), SLOW).toEqual(expected);
    await expect.poll(() => new URL(v.page.url()).hash, SLOW).toBe(url.hash);
    expect(await v.page.getByTestId("not-run").textContent()).toMatch(/^These 2 cells were saved in this browser and have not run\./);

    const shared = await site.visit(url.pathname + url.hash);
    await expect.poll(() => sqlsOf(shared), SLOW).toEqual(expected);
    await shared.page.getByRole("button", { name: "▶ Run all cells" }).click();
    for (const cell of await cells(shared).all()) expect(await settled(cell)).toBe("done");
    expect(await rowTexts(cells(shared).first())).toEqual([["3"]]);
    expect(await shared.page.getByTestId("not-run").isHidden()).toBe(true);
    // A link pasted into the address bar of the open page changes only its fragment; the saved cells differ, so it asks.
    await shared.page.evaluate(() => (location.hash = "#q=SELECT+7+AS+seven"));
    await shared.page.getByRole("button", { name: "Open the link's cells" }).click();
    await expect.poll(() => sqlsOf(shared), SLOW).toEqual(["SELECT 7 AS seven"]);
    expect(await cells(shared).first().getAttribute("data-state")).toBe("idle");
    await cells(shared).first().getByRole("button", { name: "▶ Run", exact: true }).click();
    expect(await settled(cells(shared).first())).toBe("done");
    expect(await rowTexts(cells(shared).first())).toEqual([["7"]]);
    for (const v2 of [v, shared]) {
      expect(v2.pageErrors).toEqual([]);
      expect(v2.consoleErrors).toEqual([]);
    }
  }, 300_000);

  test("a link never overwrites the reader's saved cells without asking", async () => {
    const v = await site.visit("/explore");
    const mine = "SELECT 'mine' AS m";
    const link = "SELECT 'link' AS l";
    await v.page.locator('[data-testid="cell"][data-state="done"]').waitFor({ timeout: 90_000 });
    await cells(v).first().locator("textarea").fill(mine);
    await expect.poll(() => stored(v), SLOW).toEqual([mine]);
    const open = async () => {
      await v.page.goto("about:blank");
      await v.page.goto(`${site.origin}/explore#q=${encodeURIComponent(link)}`);
      const question = v.page.getByRole("group", { name: "This link's cells differ from the cells saved in this browser" });
      await question.waitFor();
      return question;
    };
    let question = await open();
    expect(await question.textContent()).toContain("This link has 1 cell; this browser has 1 saved.");
    // Asked, not overwritten; the choice has the focus.
    expect(await stored(v)).toEqual([mine]);
    expect(await v.page.evaluate(() => document.activeElement?.textContent)).toBe("Open the link's cells");
    await question.getByRole("button", { name: "Keep both" }).click();
    await expect.poll(() => sqlsOf(v), SLOW).toEqual([mine, link]);
    await expect.poll(() => stored(v), SLOW).toEqual([mine, link]);
    expect(await question.isHidden()).toBe(true);

    question = await open();
    await question.getByRole("button", { name: "Keep mine" }).click();
    await expect.poll(() => sqlsOf(v), SLOW).toEqual([mine, link]);
    await expect.poll(() => new URL(v.page.url()).hash, SLOW).toBe("#q=SELECT+%27mine%27+AS+m&q=SELECT+%27link%27+AS+l");
    expect(await stored(v)).toEqual([mine, link]);

    question = await open();
    await question.getByRole("button", { name: "Open the link's cells" }).click();
    await expect.poll(() => stored(v), SLOW).toEqual([link]);
    expect(await sqlsOf(v)).toEqual([link]);
    // The same link again: nothing to ask.
    await v.page.reload();
    await expect.poll(() => sqlsOf(v), SLOW).toEqual([link]);
    expect(await v.page.getByRole("group", { name: /differ/ }).count()).toBe(0);
    expect(v.pageErrors).toEqual([]);
  }, 300_000);

  test("a cut link says what it cut", async () => {
    const v = await site.visit(`/explore#${Array.from({ length: 200 }, (_, i) => `q=SELECT+${i}`).join("&")}`);
    expect(await v.page.getByTestId("cut").textContent()).toBe("This link has 200 cells; the first 50 are open here and 150 were left out.");
    expect(await cells(v).count()).toBe(50);
    expect(await cells(v).last().locator("textarea").inputValue()).toBe("SELECT 49");
  });
});

describe("cancelling", () => {
  test("a running query can be cancelled from its cell, and the next query runs", async () => {
    const count = await cells().count();
    await visit.page.getByRole("button", { name: "+ Add cell" }).click();
    const cell = cells().nth(count);
    await cell.locator("textarea").fill(FOREVER);
    await cell.locator("textarea").press("Control+Enter");
    await expect.poll(() => cell.getAttribute("data-state")).toBe("running");
    const cancel = cell.getByRole("button", { name: "Cancel", exact: true });
    await visit.page.waitForTimeout(1_000);
    const started = Date.now();
    await cancel.click();
    await expect.poll(() => cell.getAttribute("data-state"), { timeout: 10_000 }).toBe("cancelled");
    const cancelMs = Date.now() - started;
    expect(await status(cell)).toBe("Cancelled");
    expect(await cancel.isHidden()).toBe(true);
    expect(cancelMs).toBeLessThan(5_000);
    expect(await run(cell, "SELECT count(*) AS n FROM trials")).toBe("done");
    expect(await rowTexts(cell)).toEqual([[String(tables.trials.length)]]);
    console.info(`explore: range(1e12) cancelled ${cancelMs} ms after the click`);
  });

  test("a query past 10 s offers, prominently, to cancel it", async () => {
    const cell = await (async () => {
      const count = await cells().count();
      await visit.page.getByRole("button", { name: "+ Add cell" }).click();
      return cells().nth(count);
    })();
    await cell.locator("textarea").fill(FOREVER);
    await cell.locator("textarea").press("Control+Enter");
    const offer = cell.getByRole("alert");
    await offer.waitFor({ timeout: 20_000 });
    expect(await offer.textContent()).toMatch(/^This query has run for 10 s\. It can go on for a long time\. ?Cancel it$/);
    await offer.getByRole("button", { name: "Cancel it" }).click();
    await expect.poll(() => cell.getAttribute("data-state"), { timeout: 10_000 }).toBe("cancelled");
    expect(await run(cell, "SELECT 42 AS answer")).toBe("done");
    expect(await rowTexts(cell)).toEqual([["42"]]);
  });

  test("where cancel does not return in time, the worker is ended and DuckDB reopened with the tables", async () => {
    const dir = join(DIST, "_import/components/notebook");
    const module = readdirSync(dir).find((f) => /^notebookDatabase\.\w+\.js$/.test(f))!;
    const duckdb = readdirSync(join(DIST, "_observablehq/stdlib")).find((f) => /^duckdb\.\w+\.js$/.test(f))!;
    // A string, not a function: the test runner would rewrite a dynamic import() in a function body.
    const outcome = (await visit.page.evaluate(`(async () => {
      const { notebookDatabase } = await import("/_import/components/notebook/${module}");
      const { DuckDBClient } = await import("/_observablehq/stdlib/${duckdb}");
      let opened = 0;
      const open = async () => {
        opened++;
        const client = await DuckDBClient.of({});
        await client.query("CREATE TABLE trials AS SELECT * FROM range(35) t(trial_id)");
        return client;
      };
      // No grace at all: the cancel never returns in time.
      const db = notebookDatabase({ open, published: ["trials"], cancelGraceMs: 0 });
      // Opened first: a cancel before the query reaches DuckDB has nothing to stop (and ends no worker).
      await db.run("SELECT 1 AS ready", new AbortController().signal);
      const controller = new AbortController();
      const forever = db.run(${JSON.stringify(FOREVER)}, controller.signal).then(() => "finished", (e) => e.message);
      await new Promise((r) => setTimeout(r, 1000));
      const started = performance.now();
      controller.abort();
      const cancelled = await forever;
      const cancelMs = performance.now() - started;
      // The cancel's grace ends on the next turn; then the worker is ended and DuckDB opened again.
      while (opened < 2) await new Promise((r) => setTimeout(r, 50));
      const next = await db.run("SELECT count(*) AS n FROM trials", new AbortController().signal);
      return { opened, cancelled, cancelMs, next: Number(next.table.getChild("n").get(0)) };
    })()`)) as { opened: number; cancelled: string; cancelMs: number; next: number };
    // The reopened database has the table `open` makes (35 rows), not the site's.
    expect(outcome).toMatchObject({ opened: 2, cancelled: "Cancelled", next: 35 });
    expect(outcome.cancelMs).toBeLessThan(1_000);
  }, 300_000);
});

describe("published tables", () => {
  const HOSTILE = [
    "CREATE OR REPLACE TABLE trials AS SELECT 'invented' AS trial_id",
    "CREATE TEMP VIEW trials AS SELECT 1 AS n",
    'CREATE TEMPORARY TABLE "Trials" AS SELECT 1 AS n',
    "CREATE MACRO trials() AS TABLE SELECT 1 AS n",
    "CREATE TABLE other.trials AS SELECT 1 AS n",
    "USE other",
    "SET search_path = 'other.main'",
    "ALTER TABLE trials RENAME TO old_trials",
    "CREATE TABLE mine AS SELECT 1 AS n; ALTER TABLE mine RENAME TO trials",
    "DROP TABLE trials",
    "INSERT INTO trials (trial_id) VALUES ('invented')",
    "UPDATE trials SET title = 'invented'",
    "DELETE FROM trials",
    "TRUNCATE trials",
    "WITH x AS (SELECT 1) DELETE FROM memory.main.trials",
    "PREPARE p AS DELETE FROM trials",
  ];

  test("no cell can make a published table's name resolve to anything else", async () => {
    expect(await run(await runInNewCell("SELECT 1"), "ATTACH ':memory:' AS other")).toBe("done");
    for (const hostile of HOSTILE) {
      const cell = await runInNewCell(`${hostile};\nSELECT count(*) AS n FROM trials`);
      expect(await cell.getAttribute("data-state"), hostile).toBe("error");
      expect(await cell.getByRole("alert").textContent(), hostile).toMatch(
        /is a published table: a cell cannot replace, change, shadow or remove it|is not available here: it would change which table a name such as trials means/,
      );
    }
    const check = await runInNewCell("SELECT count(*) AS n, count(DISTINCT trial_id) AS ids, count(title) AS titles FROM trials");
    const n = String(tables.trials.length);
    expect(await rowTexts(check)).toEqual([[n, n, String(tables.trials.filter((t) => t.title !== null).length)]]);
    // Nothing of a refused cell ran, not even its harmless first statement.
    const mine = await runInNewCell("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'mine'");
    expect(await rowTexts(mine)).toEqual([["0"]]);
  }, 300_000);

  test("a cell's own tables and views work, and last from cell to cell", async () => {
    const completed = tables.trials.filter((t) => t.status === "completed").length;
    const cell = await runInNewCell("CREATE TABLE my_trials AS SELECT * FROM trials WHERE status = 'completed';\nSELECT count(*) AS n FROM my_trials");
    expect(await rowTexts(cell)).toEqual([[String(completed)]]);
    const later = await runInNewCell("CREATE TEMP VIEW v AS SELECT 2 AS two; SELECT n.n, v.two FROM (SELECT count(*) AS n FROM my_trials) n, v");
    expect(await rowTexts(later)).toEqual([[String(completed), "2"]]);
  });
});

test("logs no errors and requests nothing from any other host", async () => {
  await visit.page.waitForLoadState("networkidle");
  expect(visit.pageErrors).toEqual([]);
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.failed).toEqual([]);
  expect(visit.offsite()).toEqual([]);
  console.info(
    `explore: ${visit.requests.length} requests, ${(visit.bytes() / 2 ** 20).toFixed(1)} MiB, first result ${Math.round(firstResultMs)} ms after navigation`,
  );
});
