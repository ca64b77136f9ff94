// The participation matrix: a cell for every municipality–trial pair the documents state, filters that
// change the cells, the disputed cell marked and explained, sources on click, nothing from the network.
import { csvParse } from "d3-dsv";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { readCorpus } from "../../loaders/build.ts";
import { buildTables } from "../../loaders/corpus.ts";
import { readReference, readSeeds } from "../../loaders/reference.ts";
import { LETTER_WITH_UNKNOWN_APPLICATION } from "../loaders/helpers.ts";
import { openSite, type Site, siteWithTables, type Visit } from "./site.ts";

// The tables as the loaders build them from the seeds (rows are untyped records there).
const { tables } = readCorpus();
const participation = tables.participation as Array<{
  trial_id: string;
  municipality_code: number;
  basis: string;
  doc_id: string;
  source_line: number;
  quote: string;
}>;
const trials = tables.trials as Array<{ trial_id: string; programme: string }>;
const disagreements = tables.disagreements as Array<{ trial_id: string; field: string; municipality_code: number | null }>;

const key = (trial: string, code: number) => `${trial}|${code}`;
const pairs = new Set(participation.map((p) => key(p.trial_id, p.municipality_code)));
const programmeOf = new Map(trials.map((t) => [t.trial_id, t.programme]));
const pairsIn = (programme: string) => [...pairs].filter((k) => programmeOf.get(k.split("|")[0]) === programme).length;
const disputed = [...new Set(disagreements.filter((d) => d.field === "participation").map((d) => key(d.trial_id, d.municipality_code!)))];
const NETWORK = "En mere fleksibel og effektiv beskæftigelsesindsats";

let site: Site;
/** The page at 1280 px, shared by the tests that leave the filters alone. */
let wide: Visit;
const visits: Visit[] = [];

async function open(width = 1280): Promise<Visit> {
  const visit = await site.visit("/participation", { width, height: 900 });
  visits.push(visit);
  // The matrix is drawn first from JSON; these tests start once DuckDB's query has drawn it.
  await visit.page.locator('[data-testid="matrix"] [data-rows="duckdb"] .pm-cell').first().waitFor();
  return visit;
}
const cells = (visit: Visit) => visit.page.locator('[data-testid="matrix"] .pm-cell');
/** Texts of SVG labels without their tooltip (a <title> inside the <text>). */
const labels = (visit: Visit, selector: string) =>
  visit.page.locator(`[data-testid="matrix"] ${selector}`).evaluateAll((texts) => texts.map((t) => t.firstChild?.textContent ?? ""));
const cellKeys = (visit: Visit) => cells(visit).evaluateAll((gs) => gs.map((g) => `${g.getAttribute("data-trial")}|${g.getAttribute("data-municipality")}`));

beforeAll(async () => {
  site = await openSite();
  wide = await open();
});
afterAll(async () => {
  await site?.close();
});

test("the introduction cites every document behind the matrix by what it says, and the reading guide counts the disputed cells", async () => {
  const intro = wide.page.locator("#observablehq-main .present-hidden p").first();
  await expect.poll(() => intro.textContent(), { timeout: 30_000 }).toContain("documents say part of it");
  const docs = [...new Set(participation.map((p) => p.doc_id))].sort();
  const firstLine = (doc: string) => Math.min(...participation.filter((p) => p.doc_id === doc).map((p) => p.source_line));
  expect(await intro.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(docs.map((d) => `./sources/${d}#L${firstLine(d)}`));
  const text = (await intro.textContent())!;
  expect(text).toContain(`${docs.length} documents say part of it`);
  // The seeds' own lists: Viborg's overview (000) and Vesthimmerland's slides in the webinar (001).
  expect(text).toContain("Viborg's own list of its trials");
  expect(text).toContain("Vesthimmerland's own list of its trials");
  const guide = wide.page.locator("#observablehq-main p", { hasText: "Hatched cells with a dashed edge" });
  expect(await guide.textContent()).toContain(`${disputed.length === 1 ? "1 such cell" : `${disputed.length} such cells`} in the view shown`);
});

test("draws one cell per municipality–trial pair in the participation table", async () => {
  // 20 trials in Viborg's overview; 45 pairs for Frikommuneforsøg II: 38 in the evaluation summary,
  // 10 on Vesthimmerland's own list of which 3 the summary also names, 4 in the evaluation form all in the summary.
  expect(pairs.size).toBe(65);
  expect(await cells(wide).count()).toBe(pairs.size);
  expect(new Set(await cellKeys(wide))).toEqual(pairs);
  // Colour by the kind of document: Vesthimmerland's own list and the summary overlap on 3 cells,
  // which are split; those 3 and the 4 cells of the evaluation form's trial are backed by 2 documents.
  const basisOf = (k: string) => new Set(participation.filter((p) => key(p.trial_id, p.municipality_code) === k).map((p) => p.basis));
  const documentsOf = (k: string) => new Set(participation.filter((p) => key(p.trial_id, p.municipality_code) === k).map((p) => p.doc_id)).size;
  const drawn = await cells(wide).evaluateAll((gs) =>
    gs.map((g) => [g.getAttribute("data-trial"), g.getAttribute("data-municipality"), g.getAttribute("data-basis"), g.getAttribute("data-documents")]),
  );
  const basisCount = (basis: string) => drawn.filter(([, , b]) => b === basis).length;
  expect([basisCount("own_list"), basisCount("named"), basisCount("both")]).toEqual([27, 35, 3]);
  expect(drawn.filter(([, , , n]) => n === "2")).toHaveLength(7);
  for (const [trial, code, basis, documents] of drawn) {
    const k = key(trial!, Number(code));
    expect(basis).toBe(basisOf(k).size === 2 ? "both" : [...basisOf(k)][0]);
    expect(Number(documents)).toBe(documentsOf(k));
  }
  const rowLabels = await labels(wide, ".pm-down text");
  expect(rowLabels).toHaveLength(12);
  expect(rowLabels).toEqual(expect.arrayContaining(["Brønderslev", "Hjørring", "Læsø", "Morsø", "Vesthimmerland", "Viborg"]));
  // A column per trial some document credits a municipality with (not the applications a decision letter answers).
  expect(await wide.page.locator('[data-testid="matrix"] .pm-across text').count()).toBe(new Set(participation.map((p) => p.trial_id)).size);
  // Marginal bars: one per row and per column, their numbers adding up to the cells.
  const rowTotals = await wide.page.locator('[data-testid="totals-down"] text').allTextContents();
  const columnTotals = await wide.page.locator('[data-testid="totals-across"] text').allTextContents();
  expect(rowTotals).toHaveLength(12);
  expect(columnTotals).toHaveLength(35);
  expect(rowTotals.map(Number).reduce((a, b) => a + b)).toBe(65);
  expect(columnTotals.map(Number).reduce((a, b) => a + b)).toBe(65);
  expect(await wide.page.locator('[data-testid="matrix"] svg.pm-chart').getAttribute("aria-label")).toMatch(
    /^Participation matrix: 65 filled cells for 12 municipalities and 35 trials; 1 cell where documents disagree/,
  );
  expect(await wide.page.locator('[data-testid="cell-count"]').textContent()).toBe("65");
});

test("marks the disputed cell, highlights its row and column on hover, and shows its sources on click", async () => {
  // The webinar lists the trial among Vesthimmerland's (code 820); the evaluation form and the summary do not.
  expect(disputed).toEqual([key("fk2-ledighedsydelse-revurdering", 820)]);
  const marked = wide.page.locator('[data-testid="matrix"] .pm-cell.disputed');
  expect(await marked.count()).toBe(1);
  expect(await marked.getAttribute("data-trial")).toBe("fk2-ledighedsydelse-revurdering");
  expect(await marked.getAttribute("data-municipality")).toBe("820");
  expect(await marked.locator(".pm-disputed-edge").count()).toBe(1);

  await marked.hover();
  const hovered = await labels(wide, "text.pm-hover");
  expect(hovered).toContain("Vesthimmerland");
  expect(hovered.some((t) => t.startsWith("Ledighedsydelse – fritagelse"))).toBe(true);

  // An empty slot (the slots are blocks filled with a pattern): its row and column, found from the pointer.
  const slot = await wide.page.evaluate(() => {
    const svg = document.querySelector('[data-testid="matrix"] svg.pm-chart')!;
    const filled = new Set(Array.from(svg.querySelectorAll(".pm-cell"), (c) => `${c.getAttribute("data-down")}|${c.getAttribute("data-across")}`));
    const row = svg.querySelector<SVGTextElement>("text[data-down]:last-of-type")!;
    const j = row.getAttribute("data-down");
    const column = Array.from(svg.querySelectorAll<SVGTextElement>("text[data-across]")).find((t) => !filled.has(`${j}|${t.getAttribute("data-across")}`))!;
    const [r, c] = [row.getBoundingClientRect(), column.getBoundingClientRect()];
    const i = column.getAttribute("data-across");
    // The row's and column's labels, and their totals.
    const texts = svg.querySelectorAll(`text[data-down="${j}"], text[data-across="${i}"]`);
    return { x: c.x + c.width / 2, y: r.y + r.height / 2, labels: Array.from(texts, (t) => t.firstChild?.textContent ?? "") };
  });
  await wide.page.mouse.move(slot.x, slot.y);
  expect(slot.labels).toHaveLength(4);
  await expect.poll(() => labels(wide, "text.pm-hover")).toEqual(slot.labels);
  expect(await wide.page.locator('[data-testid="matrix"] .pm-band.on').count()).toBe(2);

  await marked.click();
  const panel = wide.page.locator('[data-testid="cell-sources"]');
  const statement = participation.find((p) => p.trial_id === "fk2-ledighedsydelse-revurdering" && p.municipality_code === 820)!;
  await expect.poll(() => panel.locator('[data-testid="quote"]').allTextContents()).toEqual([statement.quote]);
  expect(await panel.locator(`a[href="./sources/${statement.doc_id}#L${statement.source_line}"]`).count()).toBeGreaterThan(0);
  // How the statement was read: the webinar's own list, by the webinar's layout parser.
  expect(statement.basis).toBe("own_list");
  expect(await panel.locator("li").first().textContent()).toContain("the municipality's own list (a complete list) · layout: webinar");
  const sides = panel.locator('[data-testid="disagreement"] li');
  // The summary's complete list contradicts the webinar; the evaluation form names only who filled it in.
  expect(await sides.count()).toBe(1);
  expect(await panel.locator('[data-testid="disagreement"] a[href="./sources/004_850f78bee8af48a2#L117"]').count()).toBe(1);
  // The summary's OCR'd columns interleave, so its curated quote joins its fragments with " … ".
  expect(await sides.first().textContent()).toContain("“Aalborg, Jammerbugt, Thisted … og Rebild”");
  // The redrawn matrix outlines the selected cell.
  await expect.poll(() => wide.page.locator('[data-testid="matrix"] .pm-cell.selected').getAttribute("data-municipality")).toBe("820");
});

test("lists the statements in a table with links to their lines", async () => {
  const table = wide.page.locator('[data-testid="statements-table"]');
  await expect.poll(() => table.locator('a[href="./sources/000_e87aeb02a3b05123#L11"]').count()).toBe(1);
  // Every row says how it was read; Viborg's overview by its layout parser.
  const firstRow = table.locator("tbody tr").first();
  expect(await firstRow.textContent()).toContain("layout: overview");
});

// Last of the shared tests: it changes the order.
test("reorders rows without changing the cells", async () => {
  const rows = () => labels(wide, ".pm-down text");
  // By similarity: the four municipalities with the same two trials side by side.
  const similar = await rows();
  const block = ["Brønderslev", "Hjørring", "Mariagerfjord", "Morsø"].map((m) => similar.indexOf(m)).sort((a, b) => a - b);
  expect(block[3] - block[0]).toBe(3);
  await wide.page.getByRole("radio", { name: "alphabetical" }).first().check();
  // Danish order within the network: Aa counts as Å; Viborg's own group after it.
  await expect
    .poll(rows)
    .toEqual([
      "Brønderslev",
      "Frederikshavn",
      "Hjørring",
      "Jammerbugt",
      "Læsø",
      "Mariagerfjord",
      "Morsø",
      "Rebild",
      "Thisted",
      "Vesthimmerland",
      "Aalborg",
      "Viborg",
    ]);
  expect(new Set(await cellKeys(wide))).toEqual(pairs);
});

test("filters by programme and by network", async () => {
  const visit = await open();
  await visit.page.getByLabel("Frikommuneforsøg I", { exact: true }).check();
  // Viborg's 20 trials of Frikommuneforsøg I.
  await expect.poll(() => cells(visit).count()).toBe(pairsIn("Frikommuneforsøg I"));
  expect(pairsIn("Frikommuneforsøg I")).toBe(20);
  expect(new Set(await cells(visit).evaluateAll((gs) => gs.map((g) => g.getAttribute("data-municipality"))))).toEqual(new Set(["791"]));
  expect(await visit.page.locator('[data-testid="matrix-summary"]').textContent()).toBe("Showing 20 filled cells: 1 municipality × 20 trials.");

  await visit.page.getByLabel("All", { exact: true }).check();
  await visit.page.getByLabel("Network").selectOption(NETWORK);
  await expect.poll(() => cells(visit).count()).toBe(pairsIn("Frikommuneforsøg II"));
  expect(pairsIn("Frikommuneforsøg II")).toBe(45);
});

test("downloads the filtered statements as CSV", async () => {
  const visit = await open();
  await visit.page.getByLabel("Frikommuneforsøg I", { exact: true }).check();
  await expect.poll(() => cells(visit).count()).toBe(20);
  const link = visit.page.locator('[data-testid="download-view"] a', { hasText: /^CSV$/ });
  const [file] = await Promise.all([visit.page.waitForEvent("download"), link.click()]);
  const rows = csvParse(readFileSync((await file.path())!, "utf8"));
  const expected = participation.filter((p) => programmeOf.get(p.trial_id) === "Frikommuneforsøg I");
  expect(rows.map((r) => `${r.trial_id}|${r.municipality_code}|${r.doc_id}|${r.source_line}`).sort()).toEqual(
    expected.map((p) => `${p.trial_id}|${p.municipality_code}|${p.doc_id}|${p.source_line}`).sort(),
  );
  expect(rows).toHaveLength(20);
  expect(rows[0].municipality).toBe("Viborg");
});

test("turns the matrix on a narrow screen, with every cell", async () => {
  const visit = await open(420);
  expect(await cells(visit).count()).toBe(65);
  // Trials run down the side, municipalities across.
  expect(await visit.page.locator('[data-testid="matrix"] .pm-down text').count()).toBe(35);
  expect(await visit.page.locator('[data-testid="matrix"] .pm-across text').count()).toBe(12);
  const { width } = (await visit.page.locator('[data-testid="matrix"] svg.pm-chart').boundingBox())!;
  expect(width).toBeLessThanOrEqual(420);
});

test("Edit this query: the edited query redraws the matrix, a bad one leaves it, Reset draws the view, and it opens in Explore", async () => {
  const visit = await open();
  const section = visit.page.getByTestId("edit-query");
  await section.getByText("Edit this query").click();
  const editor = section.getByRole("textbox", { name: "The query of the matrix" });
  // The view's SQL; no filter is set, so the only condition is the one a reader lifts by asking: provisional rows stay out.
  const sql = await editor.inputValue();
  expect(sql).toContain("FROM participation p");
  expect(sql).toContain("AS disputed");
  expect(sql).toMatch(/\nWHERE "provisional" = FALSE\nORDER BY /);
  const edited = `SELECT * FROM (${sql}) WHERE municipality = 'Viborg'`;
  await editor.fill(edited);
  await section.getByRole("button", { name: "▶ Run" }).click();
  // Viborg's own list: its 20 trials of Frikommuneforsøg I; the summary follows the matrix.
  await expect.poll(() => cells(visit).count(), { timeout: 60_000 }).toBe(20);
  expect(await visit.page.locator('[data-testid="matrix-summary"]').textContent()).toBe("Showing 20 filled cells: 1 municipality × 20 trials.");
  const href = (await section.getByRole("link", { name: "Open in Explore" }).getAttribute("href"))!;
  expect(href).toBe(`./explore#${new URLSearchParams([["q", edited]])}`);

  await editor.fill("SELECT * FROM participation WHERE");
  await editor.press("Control+Enter");
  await expect.poll(() => section.locator("pre.error").textContent()).toMatch(/^Parser Error/);
  expect(await cells(visit).count()).toBe(20);
  await section.getByRole("button", { name: "Reset" }).click();
  await expect.poll(() => cells(visit).count()).toBe(pairs.size);
  expect(await editor.inputValue()).toBe(sql);
}, 120_000);

test("logs no errors and requests nothing from any other host", async () => {
  for (const visit of visits) {
    await visit.page.waitForLoadState("networkidle");
    expect(visit.pageErrors).toEqual([]);
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.failed).toEqual([]);
    expect(visit.offsite()).toEqual([]);
  }
  expect(visits.length).toBeGreaterThan(0);
});

test("statements on a trial the catalogue lacks stay out of the matrix until the reader includes them; their cells then say so", async () => {
  const { tables: withLetter } = buildTables([...readSeeds(), LETTER_WITH_UNKNOWN_APPLICATION], readReference());
  const copy = await siteWithTables(withLetter);
  const other = await openSite(copy.root);
  try {
    const visit = await other.visit("/participation", { width: 1280, height: 900 });
    const cells = visit.page.locator('[data-testid="matrix"] [data-rows] .pm-cell');
    await visit.page.locator('[data-testid="matrix"] [data-rows="duckdb"] .pm-cell').first().waitFor();
    expect(await cells.count()).toBe(pairs.size);
    await visit.page.getByLabel("Include 2 provisional statements").check();
    await expect.poll(() => cells.count()).toBe(pairs.size + 2);
    const tips = await visit.page.locator('[data-testid="matrix"] .pm-cell title').allTextContents();
    expect(tips.filter((tip) => tip.includes("Provisional:")).map((tip) => tip.split("\n")[0])).toEqual([
      "Ballerup × Provisional: Hurtigere visitation til jobrotation",
      "Furesø × Provisional: Hurtigere visitation til jobrotation",
    ]);
    await expect.poll(() => new URL(visit.page.url()).searchParams.has("provisional")).toBe(true);
    expect(visit.pageErrors).toEqual([]);
  } finally {
    await other.close();
    copy.remove();
  }
});
