// Presenter tools: each core chart alone on an embed page that fills its frame and takes its state from
// the URL; the same charts from the exported module; SVG and PNG downloads; presentation mode. Mark
// counts come from the tables the loaders build from the seeds.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readCorpus } from "../../loaders/build.ts";
import { openSite, type Site, type Visit } from "./site.ts";

const { tables } = readCorpus();
// The columns the counts below read (loaders/schema.ts); types, not interfaces, so a loader's row casts to them.
type Trial = {
  trial_id: string;
  programme: string;
  status: string | null;
  start_date: unknown;
  end_date: unknown;
};
type Participation = {
  trial_id: string;
  municipality_code: number | null;
};
type Outcome = {
  kind: string;
  trial_id: string | null;
  municipality_code: number | null;
  doc_id: string;
  statement: string;
  themes: string[];
};
const trials = tables.trials as Trial[];
const participation = tables.participation as Participation[];
const outcomes = tables.outcomes as Outcome[];
const programmeOfTrial = new Map<string | null, string>(trials.map((t) => [t.trial_id, t.programme]));
const programmeOfDocument = new Map((tables.documents as Array<{ doc_id: string; programme: string | null }>).map((d) => [d.doc_id, d.programme]));

const FK1 = "Frikommuneforsøg I";
const dated = (keep: (t: Trial) => boolean = () => true) => trials.filter((t) => t.start_date !== null && t.end_date !== null && keep(t)).length;
const pairs = (keep: (p: Participation) => boolean = () => true) => new Set(participation.filter(keep).map((p) => `${p.trial_id}|${p.municipality_code}`)).size;
const figures = outcomes.filter((o) => o.kind === "quantitative").length;
/** Theme matrix cells: (trial, or a programme's programme-wide row) × theme among the findings kept. */
const themePairs = (keep: (o: Outcome) => boolean = () => true) =>
  outcomes
    .filter((o) => o.kind === "qualitative" && keep(o))
    .flatMap((o) => o.themes.map((theme: string) => [o.trial_id ?? programmeOfDocument.get(o.doc_id), theme]));
const themeCells = (keep?: (o: Outcome) => boolean) => new Set(themePairs(keep).map((pair) => pair.join("|"))).size;
const themeRows = new Set(themePairs().map(([row]) => row)).size;

const CHARTS = {
  timeline: { marks: 'g[aria-description="trial period"] > *', count: dated(), title: "Trial periods and milestones" },
  participation: { marks: ".pm-cell", count: pairs(), title: "Which municipality ran which trial" },
  "outcomes-figures": { marks: 'g[aria-label="bar"] rect', count: figures, title: "Figures the documents report" },
  "outcomes-themes": { marks: 'rect[role="button"]', count: themeCells(), title: "Findings by trial and theme" },
} as const;
type Chart = keyof typeof CHARTS;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Visit> {
  return site.visit(path, viewport);
}

/** An embed page, once its script has drawn the first mark (the drawing made at build time then gives way); with the time that took. */
async function embed(chart: Chart, query = "", viewport = { width: 1280, height: 900 }) {
  const visit = await open(`/embed/${chart}${query}`, viewport);
  const marks = visit.page.locator(`.fk-embed:not(.fk-built-embed) ${CHARTS[chart].marks}`);
  await marks.first().waitFor();
  const firstMarkMs = await visit.page.evaluate(() => performance.now());
  return { visit, marks, firstMarkMs };
}

test("an embed's links to source lines lead to the sources pages, not below /embed/", async () => {
  const { visit } = await embed("outcomes-figures");
  const hrefs = await visit.page
    .locator('.fk-embed:not(.fk-built-embed) g[aria-label="bar"] > a')
    .evaluateAll((links) => links.map((a) => (a as SVGAElement).href.baseVal));
  expect(hrefs).toHaveLength(CHARTS["outcomes-figures"].count);
  for (const href of hrefs) {
    const url = new URL(href, visit.page.url());
    expect(url.pathname).toMatch(/^\/sources\/[^/]+$/);
    expect((await fetch(url)).status).toBe(200);
  }
  await visit.page.context().close();
});

function clean(visit: Visit) {
  expect(visit.pageErrors).toEqual([]);
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.failed).toEqual([]);
  expect(visit.offsite()).toEqual([]);
}

test("the seeds give the counts the charts are checked against", () => {
  expect(CHARTS.timeline.count).toBe(17);
  expect(CHARTS.participation.count).toBe(65);
  expect(CHARTS["outcomes-figures"].count).toBe(6);
  expect(CHARTS["outcomes-themes"].count).toBe(41);
});

/** Each chart's embed as last opened at a viewport size, for the accessibility checks. */
const shown: Partial<Record<Chart, Visit>> = {};

describe.each([
  { width: 800, height: 450 },
  { width: 1920, height: 1080 },
])("embed pages at $width × $height", (viewport) => {
  test.each(Object.keys(CHARTS) as Chart[])("%s: the chart alone, filling the frame, every mark drawn", async (chart) => {
    const { visit, marks, firstMarkMs } = await embed(chart, "", viewport);
    shown[chart] = visit;
    // A small frame leaves parts out rather than shrink its labels below 12 px, and says so
    // (presenter.test.ts checks the note against what is drawn).
    const drawn = await marks.count();
    if (drawn < CHARTS[chart].count) expect(await visit.page.locator(".fk-more").textContent()).toMatch(/^\d+ of \d+ /);
    else expect(drawn).toBe(CHARTS[chart].count);
    const layout = await visit.page.evaluate(() => {
      const figure = document.querySelector(".fk-embed")!.getBoundingClientRect();
      const charts = Array.from(document.querySelectorAll(".fk-chart svg"))
        .filter((svg) => !svg.parentElement!.closest("svg, [data-legend]"))
        .map((svg) => svg.getBoundingClientRect());
      return {
        figure: [figure.x, figure.y, figure.width, figure.height],
        chart: {
          left: Math.min(...charts.map((r) => r.left)),
          top: Math.min(...charts.map((r) => r.top)),
          right: Math.max(...charts.map((r) => r.right)),
          bottom: Math.max(...charts.map((r) => r.bottom)),
        },
        scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
        siteChrome: document.querySelectorAll("#observablehq-sidebar, #observablehq-header, #observablehq-footer, #observablehq-toc, form, .chart-tools")
          .length,
      };
    });
    // The figure is the window; nothing of the site around it; nothing to scroll.
    expect(layout.figure).toEqual([0, 0, viewport.width, viewport.height]);
    expect(layout.siteChrome).toBe(0);
    expect(layout.scroll).toEqual([viewport.width, viewport.height]);
    // The chart lies inside the frame and fills it: most of its width, or most of its height where its
    // cells must stay square.
    const { left, top, right, bottom } = layout.chart;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(viewport.width);
    expect(bottom).toBeLessThanOrEqual(viewport.height);
    expect((right - left) / viewport.width > 0.9 || (bottom - top) / viewport.height > 0.6).toBe(true);
    await visit.page.waitForLoadState("networkidle");
    clean(visit);
    // No DuckDB: the embed filters the Parquet rows itself.
    expect(visit.requests.filter((url) => url.includes("duckdb"))).toEqual([]);
    // Bytes from the page's own resource timing: complete once the network is idle.
    const bytes = await visit.page.evaluate(() =>
      performance.getEntriesByType("resource").reduce((sum, r) => sum + (r as PerformanceResourceTiming).decodedBodySize, 0),
    );
    console.info(
      `/embed/${chart} at ${viewport.width}×${viewport.height}: first mark after ${Math.round(firstMarkMs)} ms, ${visit.requests.length} requests, ${(bytes / 2 ** 20).toFixed(1)} MiB`,
    );
  });
});

describe("embed state from the URL", () => {
  test("a programme filters the timeline and the matrix as on their pages", async () => {
    const query = `?programme=${encodeURIComponent(FK1)}`;
    const timeline = await embed("timeline", query);
    // Viborg's 16 used trials with a stated period.
    expect(dated((t) => t.programme === FK1)).toBe(16);
    await expect.poll(() => timeline.marks.count()).toBe(16);
    const matrix = await embed("participation", query);
    expect(pairs((p) => programmeOfTrial.get(p.trial_id) === FK1)).toBe(20);
    expect(await matrix.marks.count()).toBe(20);
    expect(await matrix.visit.page.title()).toBe(`Which municipality ran which trial — ${FK1}`);
    clean(timeline.visit);
    clean(matrix.visit);
  });

  test("theme, language, highlight and presentation mode", async () => {
    const { visit } = await embed("timeline", "?theme=dark&lang=da&trial=fk1-medborgerskab&present");
    const look = await visit.page.evaluate(() => {
      const figure = document.querySelector(".fk-embed") as HTMLElement;
      // The background as a pixel: theme colours compute to color-mix() forms.
      const context = document.createElement("canvas").getContext("2d")!;
      context.fillStyle = getComputedStyle(figure).backgroundColor;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      return {
        luminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255,
        colorScheme: getComputedStyle(figure).colorScheme,
        lang: document.documentElement.lang,
        caption: figure.querySelector("figcaption strong")!.textContent,
        present: figure.classList.contains("present"),
        zoom: Number((figure.querySelector(".fk-frame") as HTMLElement).style.zoom),
        milestones: Array.from(figure.querySelectorAll('g[aria-label="y-axis tick label"] text'), (t) => t.textContent)[0],
      };
    });
    expect(look.luminance).toBeLessThan(0.15);
    expect(look.colorScheme).toBe("dark");
    expect(look.lang).toBe("da");
    expect(look.caption).toBe("Forsøgsperioder og milepæle");
    expect(look.milestones).toBe("Milepæle");
    expect(look.present).toBe(true);
    expect(look.zoom).toBeGreaterThanOrEqual(1.4);
    expect(await visit.page.locator('.fk-embed g[aria-description="highlighted trial"] > *').count()).toBe(1);
    clean(visit);
  });

  test("garbage in the URL still shows the whole chart", async () => {
    const { visit, marks } = await embed("participation", "?programme=%00%FF&network=x&municipality=abc&theme=<b>&rows=drop+table");
    expect(await marks.count()).toBe(65);
    // A municipality that ran no trial filters nothing, as the page's list would not offer it.
    const timeline = await embed("timeline", "?municipality=999&status=unknown&sort=");
    expect(await timeline.marks.count()).toBe(17);
    clean(visit);
    clean(timeline.visit);
  });
});

describe("accessibility of embeds", () => {
  test("each has a title, an aria-label summarising the chart, and a text alternative", async () => {
    for (const chart of Object.keys(CHARTS) as Chart[]) {
      const visit = shown[chart]!;
      expect(await visit.page.title()).toMatch(new RegExp(`^${CHARTS[chart].title} — `));
      const label = await visit.page.locator(".fk-embed").getAttribute("aria-label");
      expect(label).toMatch(new RegExp(`^${CHARTS[chart].title}\\. \\S`));
      const items = await visit.page.locator(".fk-alt li").allTextContents();
      // One line per trial (timeline), municipality (matrix), figure, or matrix row.
      const municipalities = new Set(participation.map((p) => p.municipality_code)).size;
      const expected = { timeline: dated(), participation: municipalities, "outcomes-figures": figures, "outcomes-themes": themeRows }[chart];
      expect(items, chart).toHaveLength(expected);
    }
    const timeline = shown.timeline!;
    expect(await timeline.page.locator(".fk-embed").getAttribute("aria-label")).toBe(
      `Trial periods and milestones. Timeline of 17 trial periods from 1. juli 2012 to udgangen af 2022: 2 cancelled, 9 continued or extended; ${tables.events.length} dated milestones.`,
    );
    expect(await timeline.page.locator(".fk-alt li").first().textContent()).toMatch(
      /^Medborgerskab kombineret .*: 1\. juli 2012 – 31\. december 2015, completed \(gennemført\), continued to 1\. juli 2017$/,
    );
  });
});

describe("embeds draw what the pages draw", () => {
  /** The same marks in the same order, by their labels: page first, embed second. */
  async function compare(path: string, chart: Chart, query: string, read: (visit: Visit) => Promise<unknown>) {
    const page = await open(`${path}${query}`);
    await page.page.locator(`.card ${CHARTS[chart].marks}`).first().waitFor();
    await page.page.waitForLoadState("networkidle");
    const { visit } = await embed(chart, query);
    const [fromPage, fromEmbed] = [await read(page), await read(visit)];
    expect(fromEmbed).toEqual(fromPage);
    clean(page);
    clean(visit);
    return fromPage;
  }
  const texts = (selector: string) => (visit: Visit) => visit.page.locator(selector).evaluateAll((nodes) => nodes.map((n) => n.firstChild?.textContent ?? ""));

  test("timeline: filters and order", async () => {
    // Titles are cut to the chart's width, which differs between page and embed: compare their starts.
    const starts = async (visit: Visit) => (await texts('g[aria-label="y-axis tick label"] text')(visit)).map((t) => t.replace(/…$/, "").slice(0, 30));
    const rows = await compare("/durations", "timeline", "?status=completed&sort=duration", starts);
    expect(rows).toHaveLength(1 + dated((t) => t.status === "completed"));
  });

  test("participation: groups, orders and cells", async () => {
    const query = "?programme=Frikommunefors%C3%B8g%20II&rows=alphabetical&columns=similarity";
    const labels = await compare("/participation", "participation", query, async (visit) => ({
      // Full names from the labels' tooltips: an embed may cut the column titles shorter to fit its height.
      rows: await texts(".pm-down text > title")(visit),
      columns: await texts(".pm-across text > title")(visit),
      cells: await visit.page
        .locator(".pm-cell")
        .evaluateAll((gs) => gs.map((g) => `${g.getAttribute("data-trial")}|${g.getAttribute("data-municipality")}|${g.getAttribute("data-basis")}`).sort()),
    }));
    expect((labels as { cells: string[] }).cells).toHaveLength(45);
  });

  test("findings: programme, municipality and search", async () => {
    const cells = (visit: Visit) => visit.page.locator('rect[role="button"]').evaluateAll((rects) => rects.map((r) => r.getAttribute("aria-label")));
    expect(await compare("/outcomes", "outcomes-themes", "?municipality=none", cells)).toHaveLength(themeCells((o) => o.municipality_code === null));
    expect(await compare("/outcomes", "outcomes-themes", "?q=sygemeld&programme=Frikommunefors%C3%B8g%20I", cells)).toHaveLength(
      themeCells((o) => o.statement.toLowerCase().includes("sygemeld") && (programmeOfTrial.get(o.trial_id) ?? programmeOfDocument.get(o.doc_id)) === FK1),
    );
  }, 120_000); // four visits (a page and its embed, twice): over a minute on a busy two-core machine
});

test("the exported module draws a chart into another page's element", async () => {
  const visit = await open("/sources");
  await visit.page.locator('[data-testid="sources"] li').first().waitFor();
  // A string, not a function: the test runner would rewrite a dynamic import() in a function body.
  const result = (await visit.page.evaluate(`(async () => {
    const host = document.createElement("div");
    host.style.cssText = "width: 960px; height: 720px";
    document.body.prepend(host);
    const { outcomeFigures, participation } = await import("/embed/charts.js");
    await outcomeFigures(host, { lang: "da" });
    const other = document.createElement("div");
    other.style.width = "960px";
    document.body.prepend(other);
    await participation(other, "programme=${encodeURIComponent(FK1)}");
    const box = other.firstElementChild.getBoundingClientRect();
    return {
      bars: host.querySelectorAll('g[aria-label="bar"] rect').length,
      caption: host.querySelector("figcaption strong").textContent,
      cells: other.querySelectorAll(".pm-cell").length,
      ratio: box.width / box.height,
    };
  })()`)) as { bars: number; caption: string; cells: number; ratio: number };
  expect(result.bars).toBe(figures);
  expect(result.caption).toBe("Tal, dokumenterne rapporterer");
  expect(result.cells).toBe(20);
  // A container without a height gets a 16:9 chart.
  expect(result.ratio).toBeCloseTo(16 / 9, 1);
  clean(visit);
});

describe("image export from the chart pages", () => {
  async function download(visit: Visit, chart: string, format: "SVG" | "PNG") {
    const button = visit.page.locator(`.chart-tools[data-chart="${chart}"] button`, { hasText: format });
    const [file] = await Promise.all([visit.page.waitForEvent("download"), button.click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  }
  /** Parsed by the browser's XML parser, as a standalone file is read. */
  const parseSvg = (visit: Visit, text: string, marks: string) =>
    visit.page.evaluate(
      ([text, marks]) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const svg = doc.documentElement;
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          root: svg.nodeName,
          width: Number(svg.getAttribute("width")),
          height: Number(svg.getAttribute("height")),
          texts: Array.from(svg.querySelectorAll(":scope > text"), (t) => t.textContent),
          marks: svg.querySelectorAll(marks).length,
        };
      },
      [text, marks],
    );
  // A PNG's IHDR chunk: width and height as big-endian integers at bytes 16 and 20.
  const pngSize = (bytes: Buffer) => ({ signature: bytes.subarray(1, 4).toString(), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

  test("timeline: an SVG with the marks, title, filters, source and date; a PNG at twice its size", async () => {
    const visit = await open(`/durations?programme=${encodeURIComponent(FK1)}`);
    // The live chart (the one answering keys), not the drawing of this view made at build time.
    const marks = visit.page.locator(`[data-testid="timeline"] svg[data-kb-chart] ${CHARTS.timeline.marks}`);
    await marks.first().waitFor();
    expect(await marks.count()).toBe(16);
    const chartWidth = await visit.page.locator('[data-testid="timeline"] svg[data-kb-chart]').evaluate((svg) => svg.getBoundingClientRect().width);

    const svg = await download(visit, "timeline", "SVG");
    expect(svg.name).toBe("durations-frikommuneforsoeg-i.svg");
    const text = svg.bytes.toString("utf8");
    // Standalone: no page stylesheet to resolve variables or currentColor against.
    expect(text).not.toMatch(/var\(--|currentColor/);
    const parsed = await parseSvg(visit, text, `${CHARTS.timeline.marks.replace(" > *", " > rect")}`);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("svg");
    expect(parsed.marks).toBe(16);
    expect(parsed.texts[0]).toBe("Trial periods and milestones");
    expect(parsed.texts[1]).toBe(FK1);
    expect(parsed.texts.at(-1)).toMatch(/ · \d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}$/);
    expect(parsed.texts.join(" ")).toContain("Source: Jobcenter Viborg, Oversigt over de 20 frikommuneforsøg");
    // The chart at its size on the page, with 16 px around it.
    expect(parsed.width).toBe(Math.ceil(chartWidth) + 32);

    const png = await download(visit, "timeline", "PNG");
    expect(png.name).toBe("durations-frikommuneforsoeg-i.png");
    expect(pngSize(png.bytes)).toEqual({ signature: "PNG", width: 2 * parsed.width, height: 2 * parsed.height });
    clean(visit);
  });

  test("participation and figures: the matrix cells and every panel; PNG at twice the size", async () => {
    const matrix = await open("/participation?theme=dark");
    await matrix.page.locator('[data-testid="matrix"] .pm-cell').first().waitFor();
    const svg = await parseSvg(matrix, (await download(matrix, "participation", "SVG")).bytes.toString("utf8"), ".pm-cell");
    expect(svg.error).toBeNull();
    expect(svg.marks).toBe(65);
    expect(pngSize((await download(matrix, "participation", "PNG")).bytes)).toMatchObject({ width: 2 * svg.width, height: 2 * svg.height });
    clean(matrix);

    const outcomesPage = await open("/outcomes");
    await outcomesPage.page.locator('[data-testid="quantitative-chart"] g[aria-label="bar"] rect').first().waitFor();
    const file = (await download(outcomesPage, "outcomes-figures", "SVG")).bytes.toString("utf8");
    const figuresSvg = await parseSvg(outcomesPage, file, 'g[aria-label="bar"] rect');
    expect(figuresSvg.marks).toBe(figures);
    // Each panel keeps its caption.
    expect(figuresSvg.texts).toEqual(expect.arrayContaining(["Kroner (kr.)", "Persons (personer)", "Municipalities (kommuner)"]));
    expect(pngSize((await download(outcomesPage, "outcomes-figures", "PNG")).bytes)).toMatchObject({
      width: 2 * figuresSvg.width,
      height: 2 * figuresSvg.height,
    });
    clean(outcomesPage);
  }, 120_000); // two pages and their exports: over a minute on a busy two-core machine
});

describe("chart pages", () => {
  test("the embed code reproduces the filtered view", async () => {
    const visit = await open("/durations");
    await visit.page.locator(`[data-testid="timeline"] ${CHARTS.timeline.marks}`).first().waitFor();
    await visit.page.getByLabel("Programme").selectOption({ label: FK1 });
    await visit.page.getByLabel("Status").selectOption({ label: "completed (gennemført)" });
    const completedFk1 = dated((t) => t.programme === FK1 && t.status === "completed");
    await expect.poll(() => visit.page.locator(`[data-testid="timeline"] ${CHARTS.timeline.marks}`).count()).toBe(completedFk1);
    // The address follows the filters.
    await expect.poll(() => new URL(visit.page.url()).search).toBe("?programme=Frikommunefors%C3%B8g%20I&status=completed");
    await visit.page.locator('.chart-tools[data-chart="timeline"] summary', { hasText: /^Embed$/ }).click();
    const snippet = await visit.page.locator('.chart-tools[data-chart="timeline"] textarea[data-snippet="iframe"]').inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/timeline\?programme=Frikommunefors%C3%B8g%20I&amp;status=completed" title="Trial periods and milestones — Frikommuneforsøg I · completed \(gennemført\)" /,
    );
    const src = new URL(snippet.match(/src="([^"]+)"/)![1].replaceAll("&amp;", "&"));
    const { marks, visit: framed } = await embed("timeline", src.search);
    expect(await marks.count()).toBe(completedFk1);
    const module = await visit.page.locator('.chart-tools[data-chart="timeline"] textarea[data-snippet="module"]').inputValue();
    expect(module).toContain('timeline(document.getElementById("frikommune-timeline"), "programme=Frikommunefors%C3%B8g%20I&status=completed");');
    clean(visit);
    clean(framed);
  });

  test("?present hides the controls and navigation and draws larger", async () => {
    const normal = await open("/participation");
    const present = await open("/participation?present");
    for (const visit of [normal, present]) await visit.page.locator('[data-testid="matrix"] .pm-cell').first().waitFor();
    const look = (visit: Visit) =>
      visit.page.evaluate(() => ({
        sidebar: document.querySelector("#observablehq-sidebar")!.checkVisibility(),
        inputs: Array.from(document.querySelectorAll("form")).filter((f) => !f.className.includes("table") && f.checkVisibility()).length,
        tools: document.querySelector(".chart-tools")!.checkVisibility(),
        fontSize: document.querySelector('[data-testid="matrix"] .pm-down text')!.getBoundingClientRect().height,
      }));
    const [before, after] = [await look(normal), await look(present)];
    expect(before).toMatchObject({ sidebar: true, tools: true });
    expect(before.inputs).toBeGreaterThan(0);
    expect(after).toMatchObject({ sidebar: false, inputs: 0, tools: false });
    expect(after.fontSize / before.fontSize).toBeGreaterThan(1.3);
    // The switch stays in the address as the filters change it.
    await expect.poll(() => new URL(present.page.url()).search).toBe("?present");
    clean(normal);
    clean(present);
  });
});
