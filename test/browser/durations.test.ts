// The durations page: one bar per stated trial period, milestones, filters that redraw, details on click.
import { csvParse } from "d3-dsv";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { readCorpus } from "../../loaders/build.ts";
import { openSite, type Site, type Visit } from "./site.ts";

const { tables } = readCorpus();
const dated = tables.trials.filter((t) => t.start_date !== null && t.end_date !== null);

let site: Site;
let visit: Visit;
const marks = (label: string) => visit.page.locator(`[data-testid="timeline"] svg g[aria-description="${label}"] > *`);

beforeAll(async () => {
  site = await openSite();
  visit = await site.visit("/durations");
  // The chart is drawn first from JSON; these tests start once DuckDB's query has drawn it.
  await visit.page.locator('[data-testid="timeline"] [data-rows="duckdb"]').waitFor();
});
afterAll(async () => {
  await site?.close();
});

test("draws one bar per trial with a stated period, and marks how each ended", async () => {
  // Viborg's 16 used trials (of 20; 4 never used) and ledighedsydelse in Frikommuneforsøg II.
  expect(dated).toHaveLength(17);
  expect(await marks("trial period").count()).toBe(17);
  // Nine continued to 1 July 2017; two cancelled (26 March 2014, 30 June 2014); one still running.
  expect(await marks("extension").count()).toBe(dated.filter((t) => String(t.extended_until ?? "") > String(t.end_date)).length);
  expect(await marks("extension").count()).toBe(9);
  expect(await marks("cancellation").count()).toBe(2);
  expect(await marks("still running").count()).toBe(1);
  expect(await marks("milestone").count()).toBe(tables.events.length);
  expect(await visit.page.locator('[data-testid="count-dated"]').textContent()).toBe("17");
});

test("lists the never-used trials instead of drawing them", async () => {
  expect(await visit.page.locator('[data-testid="unused"] li').count()).toBe(4);
  expect(await visit.page.locator('[data-testid="undated"] li').count()).toBe(14);
});

test("lists the provisional trials apart, and counts and names them once the reader includes them", async () => {
  // The decision letter's four applications: titles the trial catalogue does not know yet.
  const provisional = tables.trials.filter((t) => t.provisional && String(t.doc_id).startsWith("003_"));
  expect(provisional).toHaveLength(4);
  const count = tables.trials.filter((t) => t.provisional).length;
  const section = visit.page.locator('[data-testid="provisional"]');
  expect(await section.locator("li").count()).toBe(count);
  expect(await visit.page.locator('[data-testid="count-undated"]').textContent()).toBe(`14 without a stated period; ${count} provisional not counted`);
  await visit.page.getByLabel(`Include ${count} provisional trials`).check();
  await expect.poll(() => visit.page.locator('[data-testid="undated"] li').count()).toBe(14 + count);
  expect(await visit.page.locator('[data-testid="undated"]').textContent()).toContain("Provisional: Én handleplan");
  expect(await visit.page.locator('[data-testid="count-undated"]').textContent()).toBe(`${14 + count} without a stated period`);
  expect(await section.locator("li").count()).toBe(0);
  // The address asks for them, so a shared link shows the same.
  await expect.poll(() => new URL(visit.page.url()).searchParams.has("provisional")).toBe(true);
  await visit.page.getByLabel(`Include ${count} provisional trials`).uncheck();
  await expect.poll(() => visit.page.locator('[data-testid="undated"] li').count()).toBe(14);
  await expect.poll(() => new URL(visit.page.url()).searchParams.has("provisional")).toBe(false);
});

test("redraws when a filter changes", async () => {
  await visit.page.getByLabel("Status").selectOption({ label: "cancelled (annulleret)" });
  await expect.poll(() => marks("trial period").count()).toBe(2);
  await visit.page.getByLabel("Status").selectOption({ label: "All" });
  await visit.page.getByLabel("Programme").selectOption({ label: "Frikommuneforsøg II" });
  await expect.poll(() => marks("trial period").count()).toBe(1);
  // Only the Frikommuneforsøg II documents' milestones remain (none of those in Viborg's overview).
  const programmeOf = new Map(tables.documents.map((d) => [d.doc_id, d.programme]));
  expect(await marks("milestone").count()).toBe(tables.events.filter((e) => programmeOf.get(e.doc_id) === "Frikommuneforsøg II").length);
  // Each step waits for a count the previous view does not have, so a chart not yet redrawn cannot pass it.
  await visit.page.getByLabel("Programme").selectOption({ label: "All" });
  await expect.poll(() => marks("trial period").count()).toBe(17);
  await visit.page.getByLabel("Title contains").fill("fleksjob");
  await expect.poll(() => marks("trial period").count()).toBe(1);
  await visit.page.getByLabel("Title contains").fill("");
  await expect.poll(() => marks("trial period").count()).toBe(17);
});

test("shows a trial's dates, duration and source line on click", async () => {
  const bar = marks("trial period").first();
  await bar.click();
  const details = visit.page.locator('[data-testid="picked"]');
  await expect.poll(() => details.textContent()).toMatch(/1\. juli 2012 – 31\. december 2015 \(1278 days, about 42 months\)/);
  expect(await details.textContent()).toMatch(/continued\/extended until 1\. juli 2017/);
  expect(await details.locator("a").getAttribute("href")).toBe("./sources/000_e87aeb02a3b05123#L11");
});

test("downloads the filtered view as CSV", async () => {
  await visit.page.getByLabel("Status").selectOption({ label: "cancelled (annulleret)" });
  await expect.poll(() => marks("trial period").count()).toBe(2);
  // The chart redraws first; the counts, the table and its download follow from their own query.
  await expect.poll(() => visit.page.locator('[data-testid="count-dated"]').textContent()).toBe("2");
  const link = visit.page.locator('[data-testid="download-view"] a', { hasText: /^CSV$/ });
  const [file] = await Promise.all([visit.page.waitForEvent("download"), link.click()]);
  const rows = csvParse(readFileSync((await file.path())!, "utf8"));
  expect(rows.map((r) => [r.trial_id, r.start_date, r.end_date, r.days, r.status])).toEqual([
    ["fk1-fritagelse-fremmoede", "2013-10-01", "2014-03-26", "176", "cancelled"],
    ["fk1-sygedagpenge-forlaengelse", "2013-08-01", "2014-06-30", "333", "cancelled"],
  ]);
  await visit.page.getByLabel("Status").selectOption({ label: "All" });
});

test("Edit this query: the edited query redraws the timeline, a bad one leaves it, Reset draws the view, Explore opens the same SQL", async () => {
  const section = visit.page.getByTestId("edit-query");
  await section.getByText("Edit this query").click();
  const editor = section.getByRole("textbox", { name: "The query of the timeline" });
  // The view's SQL with the filters' values written in (all, here; provisional trials left out), the start order and the limit.
  const sql = await editor.inputValue();
  expect(sql).toContain("date_diff('day', t.start_date, t.end_date)");
  expect(sql).toMatch(/\nWHERE "provisional" = FALSE\n {2}AND "dated" = TRUE\nORDER BY "start_date" ASC NULLS LAST, "list_order" ASC NULLS LAST\nLIMIT 200$/);
  const edited = sql.replace("LIMIT 200", "LIMIT 3");
  await editor.fill(edited);
  await section.getByRole("button", { name: "▶ Run" }).click();
  // The section's DuckDB loads on first use.
  await expect.poll(() => marks("trial period").count(), { timeout: 60_000 }).toBe(3);
  expect(await section.getByRole("status").textContent()).toMatch(/^3 rows · \d+ ms$/);
  // The link carries the edited SQL as Explore's own links do.
  const href = (await section.getByRole("link", { name: "Open in Explore" }).getAttribute("href"))!;
  expect(new URLSearchParams(href.split("#")[1]).getAll("q")).toEqual([edited]);

  // SQL DuckDB cannot read: its error in the cell, and the chart as it was.
  await editor.fill("SELECT FROM WHERE");
  await editor.press("Control+Enter");
  await expect.poll(() => section.locator("pre.error").textContent()).toMatch(/^Parser Error: syntax error/);
  expect(await marks("trial period").count()).toBe(3);
  // The page's DuckDB runs the cell: the base rows its filters query are as unchangeable as the tables.
  await editor.fill("DELETE FROM trials_rows");
  await editor.press("Control+Enter");
  await expect
    .poll(() => section.locator("pre.error").textContent())
    .toMatch(/^“trials_rows” is a published table: a cell cannot replace, change, shadow or remove it\./);
  await visit.page.getByLabel("Status").selectOption({ label: "cancelled (annulleret)" });
  await expect.poll(() => marks("trial period").count()).toBe(2);
  await visit.page.getByLabel("Status").selectOption({ label: "All" });
  await expect.poll(() => marks("trial period").count()).toBe(17);
  // A filter change makes the cell again, with the view's query for the new filters, and the section open.
  await expect.poll(() => editor.inputValue()).toBe(sql);
  await editor.fill(edited);
  await editor.press("Control+Enter");
  await expect.poll(() => marks("trial period").count()).toBe(3);
  // A result without the chart's columns: which are missing, the rows as a table, and the chart as it was.
  await editor.fill("SELECT trial_id, title FROM trials");
  await editor.press("Control+Enter");
  await expect
    .poll(() => section.locator(".result p.error").textContent())
    .toMatch(/^The chart needs the columns .*start_date.*The chart above is unchanged\.$/);
  expect(await section.locator(".result-table tbody tr").count()).toBe(tables.trials.length);
  expect(await marks("trial period").count()).toBe(3);

  await section.getByRole("button", { name: "Reset" }).click();
  await expect.poll(() => marks("trial period").count()).toBe(17);
  expect(await editor.inputValue()).toBe(sql);

  // Explore opens the edited SQL as its one cell, not run until the reader runs it.
  const explore = await site.visit(href.replace("./", "/"));
  try {
    const cell = explore.page.getByTestId("cell");
    await expect.poll(() => cell.locator("textarea").inputValue()).toBe(edited);
    expect(await cell.count()).toBe(1);
    await cell.getByRole("button", { name: "▶ Run" }).click();
    await expect.poll(() => cell.getByTestId("cell-status").textContent(), { timeout: 60_000 }).toMatch(/^3 rows/);
    expect(explore.offsite()).toEqual([]);
  } finally {
    await explore.page.close();
  }
}, 120_000);

test("logs no errors and requests nothing from any other host", async () => {
  await visit.page.waitForLoadState("networkidle");
  expect(visit.pageErrors).toEqual([]);
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.offsite()).toEqual([]);
});
