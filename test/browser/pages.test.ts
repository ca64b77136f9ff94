// The sources and data pages: cited lines open in place; the dictionary lists every table.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readSeeds } from "../../loaders/reference.ts";
import { TABLE_NAMES } from "../../loaders/schema.ts";
import { openSite, type Site, type Visit } from "./site.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const seeds = new Map(readSeeds().map((s) => [s.docId, s]));

function clean(visit: Visit) {
  expect(visit.pageErrors).toEqual([]);
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.offsite()).toEqual([]);
}

describe("sources", () => {
  test("lists the five documents, each linking to its own page", async () => {
    const visit = await site.visit("/sources");
    const links = visit.page.locator('[data-testid="sources"] li a');
    await links.first().waitFor();
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([...seeds.keys()].map((doc) => `./sources/${doc}`));
    clean(visit);
  });

  test("shows a document line by line, the cited line with the rows it fed", async () => {
    const visit = await site.visit("/sources/004_850f78bee8af48a2#L52");
    const rows = visit.page.locator('[data-testid="source-lines"] tr');
    await rows.first().waitFor();
    const seed = seeds.get("004_850f78bee8af48a2")!;
    expect(await rows.count()).toBe(seed.lines.filter((l) => l.trim()).length);
    const cited = visit.page.locator("#L52");
    expect(await cited.locator("td.text").textContent()).toBe(seed.lines[51]);
    expect(await cited.getAttribute("class")).toBe("parsed");
    // Lines 52–56 list the 11 municipalities of the rehabilitation-team trial: one participation row each.
    await cited.locator("summary").click();
    const fed = cited.locator("li");
    expect(await fed.count()).toBe(11);
    expect(await fed.first().textContent()).toBe("participation: trial_id = fk2-rehabiliteringsteams · municipality_code = 851 · municipality_as_written = Aalborg · match = exact · basis = named");
    expect(await visit.page.locator("h1").textContent()).toBe("Frikommuneforsøg II - konklusioner af kommunernes egne evalueringer");
    await visit.page.waitForLoadState("networkidle");
    clean(visit);
  });

  test("marks lines that fed nothing as unparsed, and filters by status", async () => {
    const visit = await site.visit("/sources/001_17a181aa244a306b");
    const unparsed = visit.page.locator('[data-testid="source-lines"] tr.unparsed');
    await unparsed.first().waitFor();
    const count = await unparsed.count();
    expect(count).toBe(40);
    await visit.page.getByLabel("parsed", { exact: true }).uncheck();
    await visit.page.getByLabel("skipped", { exact: true }).uncheck();
    await expect.poll(() => visit.page.locator('[data-testid="source-lines"] tr').count()).toBe(count);
    clean(visit);
  });
});

describe("data dictionary", () => {
  test("documents every table of the schema with its row count", async () => {
    const visit = await site.visit("/data");
    const sections = visit.page.locator("section.table-doc");
    await sections.first().waitFor();
    expect(await sections.count()).toBe(TABLE_NAMES.length);
    expect(await visit.page.locator('[data-testid="table-trials"] p strong').textContent()).toBe("35");
    expect(await visit.page.locator('[data-testid="table-municipalities"] p strong').textContent()).toBe("98");
    const columns = await visit.page.locator('[data-testid="table-outcomes"] tbody tr td:first-child').allTextContents();
    expect(columns).toContain("approximate");
    await visit.page.waitForLoadState("networkidle");
    clean(visit);
    // No DuckDB engine on a page that only reads tables.
    expect(visit.requests.filter((u) => u.includes("duckdb"))).toEqual([]);
  });
});
