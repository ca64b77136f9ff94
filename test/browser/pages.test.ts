// The sources and data pages: cited lines open in place; the dictionary lists every table.
import { DuckDBInstance } from "@duckdb/node-api";
import { csvParse, dsvFormat } from "d3-dsv";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readCorpus } from "../../loaders/build.ts";
import { readSeeds } from "../../loaders/reference.ts";
import { SCHEMA, TABLE_NAMES } from "../../loaders/schema.ts";
import { openSite, type Site, type Visit } from "./site.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const seeds = new Map(readSeeds().map((s) => [s.docId, s]));
const { tables } = readCorpus();

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
    expect(await cited.getAttribute("class")).toBe("parsed cited");
    // Lines 52–56 list the 11 municipalities of the rehabilitation-team trial: one participation row each.
    await cited.locator("summary").click();
    const fed = cited.locator("li");
    // The rows are drawn on the details' toggle event, which fires after the click.
    await expect.poll(() => fed.count()).toBe(11);
    expect(await fed.first().textContent()).toBe(
      "participation: trial_id = fk2-rehabiliteringsteams · municipality_code = 851 · municipality_as_written = Aalborg · match = exact · basis = named · complete = true · provisional = false · read_by = curated",
    );
    expect(await visit.page.locator("h1").textContent()).toBe("Frikommuneforsøg II - konklusioner af kommunernes egne evalueringer");
    await visit.page.waitForLoadState("networkidle");
    clean(visit);
  });

  test("without JavaScript, a line's address leads to the line, under the document's title and summary", async () => {
    // Drawn into the page at build time (src/sources/[doc].md.ts), as charts link to lines and readers share them.
    const visit = await site.visit("/sources/004_850f78bee8af48a2#L52", { width: 1280, height: 900, javaScript: false });
    const seed = seeds.get("004_850f78bee8af48a2")!;
    const rows = visit.page.locator('[data-testid="source-lines"] tr');
    expect(await rows.count()).toBe(seed.lines.filter((l) => l.trim()).length);
    expect(await visit.page.locator("#L52 td.text").textContent()).toBe(seed.lines[51]);
    expect(await visit.page.locator("#L52 td.why summary").textContent()).toBe("11 rows: participation");
    // What the parsers made of the line, in the HTML: no script is there to add it when the line is opened.
    await visit.page.locator("#L52 td.why summary").click();
    const fed = visit.page.locator("#L52 td.why li");
    expect(await fed.count()).toBe(11);
    expect(await fed.first().textContent()).toMatch(
      /^participation: trial_id = fk2-rehabiliteringsteams · municipality_code = 851 · municipality_as_written = Aalborg · /,
    );
    expect(await fed.first().isVisible()).toBe(true);
    expect(await visit.page.locator("h1").textContent()).toBe("Frikommuneforsøg II - konklusioner af kommunernes egne evalueringer");
    expect(await visit.page.getByTestId("source-summary").textContent()).toMatch(
      /^Styrelsen for Arbejdsmarked og Rekruttering · evaluation summary · undated · .* lines: \d+ parsed, \d+ skipped, \d+ unparsed\.$/,
    );
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

  test("gives a line's text the width of a phone, with what it fed below it", async () => {
    // Three columns on 420 px once left the text a letter or two wide: one character per line.
    const visit = await site.visit("/sources/003_3dbcc80b57291c50", { width: 420, height: 900 });
    const line = visit.page.locator("#L1");
    await line.waitFor();
    const box = async (cell: string) => (await line.locator(cell).boundingBox())!;
    const [text, why, table] = [await box("td.text"), await box("td.why"), (await visit.page.locator('[data-testid="source-lines"]').boundingBox())!];
    expect(text.width / table.width).toBeGreaterThan(0.75);
    expect(why.y).toBeGreaterThanOrEqual(text.y + text.height - 1);
    expect(
      await line.locator("td.text").evaluate((td) => td.getClientRects().length && td.scrollHeight / parseFloat(getComputedStyle(td).lineHeight)),
    ).toBeLessThan(2);
    clean(visit);
  });
});

describe("data dictionary", () => {
  test("documents every table of the schema with its row count", async () => {
    const visit = await site.visit("/data");
    const sections = visit.page.locator("section.table-doc");
    await sections.first().waitFor();
    expect(await sections.count()).toBe(TABLE_NAMES.length);
    expect(await visit.page.locator('[data-testid="table-trials"] p strong').textContent()).toBe("39");
    expect(await visit.page.locator('[data-testid="table-municipalities"] p strong').textContent()).toBe("98");
    const columns = await visit.page.locator('[data-testid="table-outcomes"] tbody tr td:first-child').allTextContents();
    expect(columns).toContain("approximate");
    await visit.page.waitForLoadState("networkidle");
    clean(visit);
    // No DuckDB engine on a page that only reads tables.
    expect(visit.requests.filter((u) => u.includes("duckdb"))).toEqual([]);
  });

  test("downloads parse back to the table's rows: CSV, Danish Excel CSV, Parquet", async () => {
    const visit = await site.visit("/data");
    const links = visit.page.locator('[data-testid="table-trials"] .downloads a');
    await links.first().waitFor();
    const download = async (format: string) => {
      const [file] = await Promise.all([
        visit.page.waitForEvent("download"),
        links.filter({ hasText: new RegExp(`^${format.replace(/[()]/g, "\\$&")}$`) }).click(),
      ]);
      return { name: file.suggestedFilename(), path: (await file.path())! };
    };
    const expected = tables.trials.map((t) => Object.fromEntries(SCHEMA.trials.columns.map((c) => [c.name, t[c.name] === null ? "" : String(t[c.name])])));

    const csv = await download("CSV");
    expect(csv.name).toBe("trials.csv");
    expect(csvParse(readFileSync(csv.path, "utf8")).map((r) => ({ ...r }))).toEqual(expected);

    const excel = await download("CSV (Excel, dansk)");
    const text = readFileSync(excel.path, "utf8");
    expect(text.startsWith("\uFEFFtrial_id;title;programme;")).toBe(true);
    expect(
      dsvFormat(";")
        .parse(text.slice(1))
        .map((r) => ({ ...r })),
    ).toEqual(expected);

    const parquet = await download("Parquet");
    expect(parquet.name).toBe("trials.parquet");
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const rows = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${parquet.path}')`)).getRowObjectsJson();
    expect(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? "" : String(v)])))).toEqual(expected);
    connection.closeSync();
    clean(visit);
  });
});
