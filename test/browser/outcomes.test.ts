// The outcomes page: the reported figures one panel per unit, the findings as a trial × theme matrix
// that the controls filter, every value from DuckDB-WASM and nothing from the network.
import { csvParse } from "d3-dsv";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { readCorpus } from "../../loaders/build.ts";
import { openSite, type Site, type Visit } from "./site.ts";

// The columns of `outcomes` (loaders/schema.ts) this test reads.
type Outcome = {
  trial_id: string | null;
  municipality_code: number | null;
  doc_id: string;
  kind: string;
  themes: string[];
  statement: string;
  source_line: number;
};

const { tables } = readCorpus();
const outcomes = tables.outcomes as Outcome[];
const quantitative = outcomes.filter((o) => o.kind === "quantitative");
const findings = outcomes.filter((o) => o.kind === "qualitative");
const docProgramme = new Map(tables.documents.map((d) => [d.doc_id, d.programme]));
const trialProgramme = new Map(tables.trials.map((t) => [t.trial_id, t.programme]));
// A programme-wide finding belongs to its document's programme.
const programmeOf = (o: Outcome) => (o.trial_id ? trialProgramme.get(o.trial_id) : docProgramme.get(o.doc_id));

/** Matrix cells: distinct (trial, or programme-wide row of a programme) × theme pairs among the findings kept. */
function cellCount(keep: (o: Outcome) => boolean): number {
  const rowOf = (o: Outcome) => o.trial_id ?? `programme-wide ${programmeOf(o)}`;
  return new Set(findings.filter(keep).flatMap((o) => o.themes.map((theme) => `${rowOf(o)}|${theme}`))).size;
}

let site: Site;
let visit: Visit;
// The live charts (marked with where their rows came from): until a chart's script has drawn it, the
// same box holds the drawing made at build time, at two widths.
const FIGURES = '[data-testid="quantitative-chart"] [data-rows]';
const MATRIX = '[data-testid="theme-matrix"] [data-rows]';
const bars = () => visit.page.locator(`${FIGURES} g[aria-label="bar"] rect`);
const cells = () => visit.page.locator(`${MATRIX} rect[role="button"]`);

beforeAll(async () => {
  site = await openSite();
  visit = await site.visit("/outcomes");
  await bars().first().waitFor();
  await cells().first().waitFor();
});

afterAll(async () => {
  await site?.close();
});

test("draws one bar per reported figure, in one panel per unit", async () => {
  // 6, 7 and 5 municipalities; ca. 2.500.000 and ca. 720.000 kr.; 14 persons.
  expect(quantitative).toHaveLength(6);
  expect(await bars().count()).toBe(quantitative.length);
  const panels = visit.page.locator(`${FIGURES} figure`);
  expect(await panels.evaluateAll((figures) => figures.map((f) => (f as HTMLElement).dataset.unit))).toEqual(["DKK", "persons", "municipalities"]);
  // Each panel has its own x axis: no shared scale across units.
  expect(await panels.locator("svg").count()).toBe(3);
  const text = await visit.page.locator(FIGURES).textContent();
  for (const label of ["ca. 2,5 mio. kr.", "ca. 720.000 kr.", "14 persons", "7 municipalities"]) expect(text).toContain(label);
});

test("the introduction names the figures' units and documents from the rows, each document linked at its first figure", async () => {
  const intro = visit.page.locator("#observablehq-main .present-hidden p").first();
  await expect
    .poll(() => intro.textContent(), { timeout: 30_000 })
    .toContain("6 results are figures: kroner (kr.), persons (personer), and municipalities (kommuner), reported for 3 trials");
  const docs = [...new Set(quantitative.map((o) => o.doc_id))].sort();
  const firstLine = (doc: string) => Math.min(...quantitative.filter((o) => o.doc_id === doc).map((o) => o.source_line));
  expect(await intro.textContent()).toContain(`in ${docs.length} documents`);
  expect(await intro.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(docs.map((d) => `./sources/${d}#L${firstLine(d)}`));
});

test("links every figure to its source sentence", async () => {
  const links = await visit.page.locator(`${FIGURES} g[aria-label="bar"] a`).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links.sort()).toEqual(quantitative.map((o) => `./sources/${o.doc_id}#L${o.source_line}`).sort());
});

test("fills one matrix cell per trial (or programme-wide row) and theme the findings name", async () => {
  expect(await cells().count()).toBe(cellCount(() => true));
  // 15 trials and the two programmes' programme-wide rows, with 113 finding–theme pairs between them.
  expect(cellCount(() => true)).toBe(41);
});

test("clicking a cell shows its findings verbatim, each linked to its line", async () => {
  const label = "Programme-wide · Frikommuneforsøg I, Administrative relief (administrativ lettelse)";
  const expected = findings.filter((o) => !o.trial_id && programmeOf(o) === "Frikommuneforsøg I" && o.themes.includes("administrative_relief"));
  const cell = visit.page.locator(`${MATRIX} rect[aria-label^="${label}"]`);
  await cell.click();
  const quotes = visit.page.locator(".theme-matrix-detail blockquote");
  await expect.poll(() => quotes.count()).toBe(expected.length);
  expect(await quotes.allTextContents()).toEqual(expected.map((o) => o.statement));
  const links = await visit.page.locator(".theme-matrix-detail li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links).toEqual(expected.map((o) => `./sources/${o.doc_id}#L${o.source_line}`));
});

test("the programme filter and the search change the matrix", async () => {
  await visit.page.getByLabel("Frikommuneforsøg I", { exact: true }).check();
  const fk1 = cellCount((o) => programmeOf(o) === "Frikommuneforsøg I");
  // Viborg's programme-wide findings under all five themes, and five trials under employment effect.
  expect(fk1).toBe(10);
  await expect.poll(() => cells().count()).toBe(fk1);

  await visit.page.getByLabel("All programmes", { exact: true }).check();
  await visit.page.getByLabel("Search findings").fill("sygemeld");
  const searched = cellCount((o) => o.statement.toLowerCase().includes("sygemeld"));
  // A programme-wide finding (employment effect) and the psychologist trial's (employment effect, staff).
  expect(searched).toBe(3);
  await expect.poll(() => cells().count()).toBe(searched);
  await visit.page.getByLabel("Search findings").fill("");
  await expect.poll(() => cells().count()).toBe(cellCount(() => true));
});

test("downloads the findings shown as CSV", async () => {
  await visit.page.getByLabel("Search findings").fill("sygemeld");
  await expect.poll(() => visit.page.locator('[data-testid="statement-count"]').textContent()).toMatch(/^2 findings match/);
  const link = visit.page.locator('[data-testid="download-view"] a', { hasText: /^CSV$/ });
  const [file] = await Promise.all([visit.page.waitForEvent("download"), link.click()]);
  const rows = csvParse(readFileSync((await file.path())!, "utf8"));
  const expected = findings.filter((o) => o.statement.toLowerCase().includes("sygemeld"));
  expect(rows.map((r) => r.statement)).toEqual(expected.map((o) => o.statement));
  expect(rows.map((r) => `${r.doc_id}:${r.source_line}`)).toEqual(expected.map((o) => `${o.doc_id}:${o.source_line}`));
  await visit.page.getByLabel("Search findings").fill("");
});

test("the municipality filter keeps the findings attributed to none", async () => {
  await visit.page.getByLabel("Municipality").selectOption({ label: "Not attributed (ikke angivet)" });
  const unattributed = cellCount((o) => o.municipality_code === null);
  // 51 findings speak for no single municipality: all of the webinar's and the evaluation summary's, 5 of the form's.
  expect(unattributed).toBe(31);
  await expect.poll(() => cells().count()).toBe(unattributed);
  await visit.page.getByLabel("Municipality").selectOption({ label: "All municipalities" });
  await expect.poll(() => cells().count()).toBe(cellCount(() => true));
});

test("Edit this query, under each chart: the edited query redraws it, a bad one leaves it, Reset draws the view", async () => {
  const section = (name: string) => visit.page.getByTestId("edit-query").filter({ has: visit.page.getByRole("textbox", { name }) });
  const sections = await visit.page.getByTestId("edit-query").all();
  expect(sections).toHaveLength(2);
  for (const details of sections) await details.getByText("Edit this query").click();

  // The figures: the first two rows of the view's query.
  const figuresEditor = section("The query of the figures").getByRole("textbox");
  const figuresSql = await figuresEditor.inputValue();
  await figuresEditor.fill(`SELECT * FROM (${figuresSql}) LIMIT 2`);
  await section("The query of the figures").getByRole("button", { name: "▶ Run" }).click();
  await expect.poll(() => bars().count(), { timeout: 60_000 }).toBe(2);

  // The matrix: the findings attributed to no municipality, written into the SQL by hand.
  const cell = section("The query of the matrix");
  const editor = cell.getByRole("textbox");
  const sql = await editor.inputValue();
  expect(sql).toContain("coalesce(t.title, 'Programme-wide · ' || d.programme) AS row_label");
  const edited = `SELECT * FROM (${sql}) WHERE municipality_code IS NULL`;
  await editor.fill(edited);
  await editor.press("Control+Enter");
  await expect.poll(() => cells().count(), { timeout: 60_000 }).toBe(cellCount((o) => o.municipality_code === null));
  expect(await cell.getByRole("link", { name: "Open in Explore" }).getAttribute("href")).toBe(`./explore#${new URLSearchParams([["q", edited]])}`);
  await editor.fill("SELECT * FROM no_such_table");
  await editor.press("Control+Enter");
  await expect.poll(() => cell.locator("pre.error").textContent()).toMatch(/^Catalog Error: Table with name no_such_table does not exist/);
  expect(await cells().count()).toBe(cellCount((o) => o.municipality_code === null));
  // The figures' chart is its own: Reset there draws the view's figures, and leaves the matrix.
  await section("The query of the figures").getByRole("button", { name: "Reset" }).click();
  await expect.poll(() => bars().count()).toBe(quantitative.length);
  expect(await cells().count()).toBe(cellCount((o) => o.municipality_code === null));
  await cell.getByRole("button", { name: "Reset" }).click();
  await expect.poll(() => cells().count()).toBe(cellCount(() => true));
}, 120_000);

test("logs no errors", async () => {
  await visit.page.waitForLoadState("networkidle");
  expect(visit.pageErrors).toEqual([]);
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.failed).toEqual([]);
});

test("requests nothing from any other host", () => {
  expect(visit.offsite()).toEqual([]);
});
