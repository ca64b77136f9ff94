// Charts drawn at build time (scripts/page-loader): in the page's HTML before any script runs, replaced in
// place by the live chart with no layout shift, and never shown where the address asks for another view.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serveDirectory } from "./server.ts";
import { DIST, openSite, type Site } from "./site.ts";

interface DrawnPage {
  path: string;
  /** The element holding the drawing and, later, the live chart. */
  chart: string;
  /** A mark of the chart, and how many the default view draws. */
  mark: string;
  marks: number;
  /** Text a reader sees without JavaScript. */
  text: string[];
  embed?: boolean;
}

const PAGES: DrawnPage[] = [
  {
    path: "/",
    chart: '[data-testid="status-chart"]',
    mark: 'g[aria-label="bar"] rect',
    marks: 5,
    text: ["35", "12", "1. juli 2012 – udgangen af 2023", "ca. 3,2 mio. kr."],
  },
  { path: "/durations", chart: '[data-testid="timeline"]', mark: 'g[aria-description="trial period"] > *', marks: 17, text: ["17", "1. juli 2017"] },
  {
    path: "/participation",
    chart: '[data-testid="matrix"]',
    mark: ".pm-cell",
    marks: 65,
    text: ["Viborg's own list of its trials", "make 65 municipality–trial pairs", "Showing 65 filled cells"],
  },
  // Both of the outcomes page's charts are drawn: the figures, and the findings matrix further down.
  {
    path: "/outcomes",
    chart: '[data-testid="quantitative-chart"]',
    mark: 'g[aria-label="bar"] rect',
    marks: 6,
    text: ["results are figures", "match no rule", "Source: "],
  },
  { path: "/outcomes", chart: '[data-testid="theme-matrix"]', mark: 'rect[role="button"]', marks: 41, text: ["Programme-wide"] },
  ...[
    { chart: "timeline", mark: 'g[aria-description="trial period"] > *', marks: 17, text: ["Trial periods and milestones", "Frikommuneforsøg I"] },
    { chart: "participation", mark: ".pm-cell", marks: 65, text: ["Which municipality ran which trial", "Vesthimmerland"] },
    { chart: "outcomes-figures", mark: 'g[aria-label="bar"] rect', marks: 6, text: ["Figures the documents report", "Source:"] },
    { chart: "outcomes-themes", mark: 'rect[role="button"]', marks: 41, text: ["Findings by trial and theme", "Programme-wide"] },
  ].map((e) => ({ ...e, path: `/embed/${e.chart}`, chart: "main", embed: true })),
];

/** One entry per address (`/outcomes` draws two charts). */
const DRAWN_PATHS = PAGES.filter((p, i) => PAGES.findIndex((q) => q.path === p.path) === i);

/**
 * Where the live chart is: on a chart page, the element that says what its rows came from; in an embed,
 * the frame its script makes. An embed's drawing is made for one frame and scaled to the window (src/embed/charts.ts),
 * so only a chart page's drawing has the live chart's size to the pixel.
 */
const liveChart = ({ chart, embed }: { chart: string; embed?: boolean }) => (embed ? "figure.fk-embed:not(.fk-built-embed)" : `${chart} [data-rows]`);

/** The smallest size a label in `root` is painted at (px): its font size times the scale its SVG is shown at. */
interface Built {
  chart: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: number;
  marks: number;
  /** Shown though the address has a query: it reads none of it, or it is the view asked for, drawn too. */
  view: boolean;
}

const smallestLabel = (root: Element) =>
  Math.min(
    ...Array.from(root.querySelectorAll("svg text"), (text) => {
      const svg = (text as SVGTextElement).ownerSVGElement!;
      const shown = svg.getBoundingClientRect().width;
      if (!shown || !text.getClientRects().length) return Number.POSITIVE_INFINITY;
      return (parseFloat(getComputedStyle(text).fontSize) * shown) / svg.width.baseVal.value;
    }),
  );

/**
 * Every layout shift the page reports (Chromium's layout-shift entries), from the first paint on; and each
 * drawing shown as the page is first laid out, with how many of `mark` it shows.
 */
const recordShifts = (mark: string) =>
  `const smallestLabel = ${smallestLabel}; const mark = ${JSON.stringify(mark)}; (${() => {
    const w = window as unknown as { __shifts: Array<{ value: number; sources: string[] }> };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<{ value: number; sources?: Array<{ node?: Node }> }>) {
        w.__shifts.push({
          value: e.value,
          sources: (e.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 120) ?? String(s.node?.nodeName)),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
    // The box of each drawing shown as the page first lays it out (the chart's own element: a Plot chart, or
    // the matrix with its legend), to compare with the live chart's.
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { __built: Built[] }).__built = Array.from(document.querySelectorAll("div.built"), (built) => {
        const { x, y, width, height } = built.firstElementChild!.getBoundingClientRect();
        const chart = built.closest("[data-testid]")?.getAttribute("data-testid") ?? "";
        const marks = Array.from(built.querySelectorAll(mark)).filter((m) => m.checkVisibility()).length;
        return { chart, x, y: y + scrollY, width, height, label: smallestLabel(built), marks, view: built.classList.contains("fk-shown") };
      }).filter((b) => b.width > 0);
    });
  }})()`;

/**
 * The shifts recordShifts() noted, once the page has settled: every drawing gave way (figures DuckDB counts
 * come last), and the table below is in too.
 */
async function shiftsOnceSettled(page: Page): Promise<Array<{ value: number; sources: string[] }>> {
  await expect.poll(() => page.locator(".built").count(), { timeout: 60_000 }).toBe(0);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return page.evaluate(() => (window as unknown as { __shifts: Array<{ value: number; sources: string[] }> }).__shifts);
}

/**
 * The windows a drawing is looked at in: a 1280 px screen and a 420 px phone; an embed also at a
 * presenter's 1280 × 720 and 800 × 450, each of which has a drawing of its own (src/embed/styles.ts).
 */
const VIEWPORTS = (embed?: boolean) => [
  { width: 1280, height: 900 },
  { width: 420, height: 900 },
  ...(embed
    ? [
        { width: 1280, height: 720 },
        { width: 800, height: 450 },
      ]
    : []),
];

/** A built page's HTML, by its address. */
const pageHtml = (path: string) => readFileSync(join(DIST, `${path === "/" ? "/index" : path}.html`), "utf8");

describe("what a page fetches before it paints (scripts/page-template/arrange.ts)", () => {
  const preloads = (text: string) => text.match(/<link rel="modulepreload"/g)?.length ?? 0;

  test.each(["/", "/durations", "/sources", "/explore", "/embed/timeline"])("%s carries its stylesheets inline", (path) => {
    const [head] = pageHtml(path).split("</head>");
    expect(head).not.toMatch(/<link rel="(stylesheet|preload)"/);
    expect(head).toContain("--theme-foreground");
  });

  // In the head they would share the first second's bandwidth with the HTML that holds the drawing.
  // The chart pages load more than 20 modules; the list of sources (drawn too), 6.
  test.each([...new Set(PAGES.map(({ path }) => path))].map((path) => ({ path, modules: 20 })).concat({ path: "/sources", modules: 5 }))(
    "$path, drawn at build time, has its module script and preloads after its content",
    ({ path, modules }) => {
      const [head, body] = pageHtml(path).split("</head>");
      expect(preloads(head)).toBe(0);
      expect(head).not.toContain('<script type="module">');
      const after = body.slice(body.lastIndexOf('class="built-end"'));
      expect(preloads(after)).toBeGreaterThan(modules);
      expect(after).toContain('<script type="module">');
    },
  );

  // The head keeps only the rules the page's HTML can use (scripts/page-template/usedRules.ts); the whole
  // sheets follow the content. Without JavaScript nothing but the HTML is ever styled: taking the whole
  // sheets away again must change no property any of their rules sets, on any element or its ::before/::after.
  test.each(DRAWN_PATHS.map(({ path }) => path))("%s is styled by the rules in its head as by its whole stylesheets", async (path) => {
    const [head, body] = pageHtml(path).split("</head>");
    const linked = [...body.matchAll(/<link rel="stylesheet" type="text\/css" href="([^"]+)">/g)];
    expect(linked.length, "whole sheets linked after the content").toBeGreaterThan(0);
    const [{ index, 1: sheet }] = linked;
    expect(index).toBeGreaterThan(body.lastIndexOf('class="built-end"'));
    const whole = readFileSync(join(DIST, new URL(sheet, `http://site${path}`).pathname), "utf8");
    const inHead = head.match(/<style>([\s\S]*?)<\/style>/)![1];
    expect(inHead.length, "the head's copy of the site's sheet is smaller than the whole").toBeLessThan(whole.length * 0.8);
    expect(whole).toContain(inHead.slice(0, 200));
    const site = await openSite();
    try {
      const visit = await site.visit(path, { width: 1280, height: 900, javaScript: false });
      const changed = await visit.page.evaluate(() => {
        const whole = [...document.styleSheets].filter((sheet) => sheet.ownerNode instanceof HTMLLinkElement);
        const properties = new Set<string>();
        const collect = (rules: CSSRuleList) => {
          for (const rule of rules) {
            if (rule instanceof CSSStyleRule) for (const property of rule.style) properties.add(property);
            if (rule instanceof CSSGroupingRule) collect(rule.cssRules);
          }
        };
        for (const sheet of whole) collect(sheet.cssRules);
        const names = [...properties];
        const elements = [...document.querySelectorAll("*")].filter((element) => !whole.some((sheet) => sheet.ownerNode === element));
        const styled = () =>
          elements.flatMap((element) =>
            [null, "::before", "::after"].map((pseudo) => {
              const style = getComputedStyle(element, pseudo);
              return names.map((name) => style.getPropertyValue(name)).join("|");
            }),
          );
        const before = styled();
        for (const sheet of whole) sheet.ownerNode?.remove();
        const after = styled();
        return before.flatMap((style, i) => {
          if (style === after[i]) return [];
          const element = elements[Math.floor(i / 3)];
          return [
            `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${[...element.classList].join(".")} ${["", "::before", "::after"][i % 3]}`,
          ];
        });
      });
      await visit.page.context().close();
      expect(changed.slice(0, 10)).toEqual([]);
    } finally {
      await site.close();
    }
  });

  test.each(["/explore"])("%s, which draws nothing before its scripts run, keeps them in its head", (path) => {
    const [head, body] = pageHtml(path).split("</head>");
    expect(preloads(head)).toBeGreaterThan(3);
    expect(head).toContain('<script type="module">');
    expect(preloads(body)).toBe(0);
  });
});

// A page's drawings stand side by side, each hidden but the one for the window (and the view) shown, and an
// embed's frames are copies of one frame. A pattern named twice fills a swatch from the first, which is
// not drawn where its frame is hidden.
describe("the drawings' ids", () => {
  test.each(DRAWN_PATHS)("$path: each id once, and each url(#…) names one in its own drawing", ({ path }) => {
    // Its own console: jsdom cannot parse some of Framework's CSS, and says so.
    const { document } = new JSDOM(pageHtml(path), { virtualConsole: new VirtualConsole() }).window;
    const ids = Array.from(document.querySelectorAll("[id]"), (e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const frame = (e: Element) => e.closest(".fk-frame, .built");
    const references = Array.from(document.querySelectorAll(".built *")).flatMap((e) =>
      Array.from(e.attributes).flatMap((a) => Array.from(a.value.matchAll(/url\(#([^)]+)\)/g), ([, id]) => ({ e, id }))),
    );
    const astray = references.filter(({ e, id }) => {
      const target = document.getElementById(id);
      return target === null || frame(target) !== frame(e);
    });
    expect(astray.map(({ id }) => id)).toEqual([]);
  });
});

describe("a chart page without JavaScript", () => {
  test.each(PAGES)("$path ($chart) holds its default chart, its text alternative and its counts", async ({ path, chart, mark, marks, text, embed }) => {
    const server = await serveDirectory(DIST);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    try {
      for (const viewport of VIEWPORTS(embed)) {
        const { width, height } = viewport;
        const page = await browser.newPage({ viewport, javaScriptEnabled: false });
        await page.goto(server.origin + path);
        // The chart's name: on its root (a Plot chart) or on the SVG inside (the participation matrix).
        const shown = page.locator(`${chart} .built > [aria-label]:visible, ${chart} .built > :not([aria-label]) > svg[aria-label]:visible`).first();
        expect(await shown.getAttribute("aria-label"), "a sentence").toMatch(/^\S+( \S+){3}/);
        const drawn = await page.locator(`${chart} .built ${mark}:visible`).count();
        // One drawing shown for the box's width: the wide one on a screen, the narrow one on a phone; an
        // embed's for the window, with the parts that fit its frame at a legible size and a note saying how many.
        const shownKinds = (selector: string) => page.locator(selector).evaluateAll((e) => e.filter((d) => d.checkVisibility()).map((d) => d.className));
        if (embed) {
          const kind = width >= 1152 && height >= 648 ? "wide" : width >= 800 && height >= 450 ? "medium" : "narrow";
          expect(await shownKinds(`${chart} .built .fk-frame`), `${width} × ${height}`).toEqual([`fk-frame fk-built-${kind}`]);
          const note = await page.locator(`${chart} .built .fk-frame:visible .fk-more`).textContent();
          const counted = note?.match(/^(\d+) of (\d+) /);
          expect(drawn, `${width} × ${height}: ${note}`).toBeGreaterThan(0);
          if (counted) expect(drawn, `${width} × ${height}: ${note}`).toBeLessThan(marks);
          else expect(drawn, `${width} × ${height}`).toBe(marks);
          // Drawn for the frame, not scaled down to it: no label under 12 px.
          const smallest = await page.locator(`${chart} .built .fk-frame:visible .fk-chart`).evaluate(smallestLabel);
          expect(smallest, `labels at ${width} × ${height}`).toBeGreaterThanOrEqual(11.9);
        } else {
          expect(drawn).toBe(marks);
          expect(await shownKinds(`${chart} .built`)).toContain(width > 640 ? "built built-wide" : "built built-narrow");
        }
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), not the DOM property: the text a reader sees without JavaScript, hidden text left out
        const body = await page.locator("main").innerText();
        for (const t of text) expect(body).toContain(t);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe("every page without JavaScript", () => {
  // What a script computes stands in the page's HTML as an empty <observablehq-loading>, which no script
  // replaces here: in a sentence it leaves a hole ("past  of them", "Sources: ."), alone an empty box, in
  // a disclosure nothing to disclose.
  test("has no hole in a sentence, no empty box where a value a script computes would stand, and no empty disclosure", async () => {
    const paths = readdirSync(DIST, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".html") && !file.startsWith("_"))
      .map((file) => `/${file.replace(/\.html$/, "").replace(/(^|\/)index$/, "")}`);
    expect(paths).toContain("/outcomes");
    const server = await serveDirectory(DIST);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    const holes: Record<string, string[]> = {};
    try {
      for (const path of paths) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
        await page.goto(server.origin + path);
        const found = await page.evaluate(() => [
          // A disclosure offered with nothing in it once opened (its content a cell's display).
          ...Array.from(document.querySelectorAll("details"))
            .filter((details) => details.checkVisibility())
            .filter((details) => {
              details.open = true;
              // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, hidden text left out
              return details.innerText.trim() === details.querySelector("summary")?.innerText.trim();
            })
            .map((details) => `<details> ${details.querySelector("summary")?.textContent?.trim()}: empty`),
          ...Array.from(document.querySelectorAll("observablehq-loading"), (loading) => loading.parentElement as HTMLElement)
            // Not where a drawing made at build time takes the value's place.
            .filter((parent) => parent.checkVisibility() && !parent.querySelector(":scope > .built"))
            .map((parent) => ({
              parent,
              // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, hidden text left out
              shown: parent.innerText.trim(),
            }))
            .filter(
              ({ parent, shown }) =>
                Array.from(parent.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) ||
                (shown === "" && parent.getBoundingClientRect().height > 0),
            )
            .map(({ parent, shown }) => `<${parent.localName}> ${shown.slice(0, 80)}`),
        ]);
        if (found.length) holes[path] = found;
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    expect(holes).toEqual({});
  });
});

describe("the drawing chosen for its box (src/style.css)", () => {
  // Windows either side of where the box crosses 606 px, the sidebar closed (below 1008 px) and open.
  test.each([690, 710, 1000, 1010, 1280])("at %i px, the narrow drawing shows only in a box under 606 px", async (width) => {
    const server = await serveDirectory(DIST);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    try {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      // The page's inline scripts run (Framework's opens the sidebar), its modules do not: the drawing stays.
      await page.route(/\.js$/, (route) => route.abort());
      await page.goto(`${server.origin}/durations`);
      const drawing = page.locator('[data-testid="timeline"] .drawing:has(> .built-wide)');
      const box = await drawing.evaluate((d) => d.clientWidth);
      const shown = await drawing
        .locator(":scope > .built")
        .evaluateAll((e) => e.filter((d) => getComputedStyle(d).display !== "none").map((d) => d.className));
      expect(shown, `box ${box} px`).toEqual([box < 606 ? "built built-narrow" : "built built-wide"]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe("a chart page with JavaScript", () => {
  let site: Site;
  beforeAll(async () => (site = await openSite()));
  afterAll(() => site?.close());

  // A <noscript> opening a Markdown line became inline HTML: its note ended up outside it, shown to everyone.
  test("says what needs JavaScript only where none runs", async () => {
    const notes = async (path: string, javaScript: boolean) => {
      const { page } = await site.visit(path, { width: 1280, height: 900, javaScript });
      const shown = await page.locator("p.muted", { hasText: /needs? JavaScript/ }).evaluateAll((ps) => ps.filter((p) => p.checkVisibility()).length);
      await page.context().close();
      return shown;
    };
    for (const path of ["/durations", "/participation", "/outcomes", "/data"]) {
      expect(await notes(path, false), `${path} without JavaScript`).toBe(1);
      expect(await notes(path, true), `${path} with JavaScript`).toBe(0);
    }
  });

  test.each(["/sources", "/"])(
    "%s lists every source without JavaScript, each linked to its page, and the live list takes the list's place without a shift",
    async (path) => {
      const documents = JSON.parse(
        readFileSync(join(DIST, "_file", "data", readdirSync(join(DIST, "_file", "data")).find((f) => /^documents\.\w+\.json$/.test(f))!), "utf8"),
      );
      const listed = async (javaScript: boolean) => {
        const visit = await site.visit(path, { width: 1280, height: 900, javaScript }, recordShifts('[data-testid="sources"] li'));
        const { page } = visit;
        if (javaScript) await expect.poll(() => page.locator(".built").count(), { timeout: 60_000 }).toBe(0);
        const links = await page
          .locator('[data-testid="sources"] li a')
          .evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => a.getAttribute("href")));
        const shifts = javaScript ? await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts) : [];
        await page.context().close();
        return { links, shifts };
      };
      const hrefs = documents.map((d: { doc_id: string }) => `./sources/${d.doc_id}`);
      expect(await listed(false)).toEqual({ links: hrefs, shifts: [] });
      expect(await listed(true)).toEqual({ links: hrefs, shifts: [] });
    },
  );

  /** Visits `path + query` at each window; the live chart must take the place of the drawing shown, to the pixel, with no layout shift. */
  async function takesItsPlace(entry: DrawnPage, query: string) {
    const { path, chart, mark, marks, embed } = entry;
    for (const { width, height } of VIEWPORTS(embed)) {
      const visit = await site.visit(path + query, { width, height }, recordShifts(mark));
      const { page } = visit;
      await page
        .locator(`${liveChart(entry)} ${mark}`)
        .first()
        .waitFor();
      expect(await shiftsOnceSettled(page), `layout shifts at ${width} × ${height}`).toEqual([]);
      expect(visit.consoleErrors).toEqual([]);
      const built = await page.evaluate(() => (window as unknown as { __built: Built[] }).__built);
      // The chart's drawing, not its legend's.
      const drawing = built.filter((b) => embed || chart === `[data-testid="${b.chart}"]`).sort((a, b) => b.width * b.height - a.width * a.height)[0];
      expect(drawing, "a drawing shown before the page's script ran").toBeDefined();
      if (query) expect(drawing!.view, "shown for the view asked for").toBe(true);
      const liveMarks = await page.locator(`${liveChart(entry)} ${mark}`).count();
      // An embed leaves out what does not fit its frame at a legible size.
      if (!embed) expect(liveMarks).toBe(query ? drawing!.marks : marks);
      // An embed's drawing fits its parts to the frame by label widths estimated in Node (src/embed/charts.ts),
      // which the live chart measures: it may fit fewer, never more.
      if (embed) expect(drawing!.marks, `marks drawn at ${width} × ${height}`).toBeLessThanOrEqual(liveMarks);
      else expect(drawing!.marks, `marks drawn at ${width} × ${height}`).toBe(liveMarks);
      expect(drawing!.marks, `marks drawn at ${width} × ${height}`).toBeGreaterThan(0);
      if (embed) {
        // The frame the drawing stood in, filling the window.
        expect(await page.locator(liveChart(entry)).boundingBox()).toEqual({ x: 0, y: 0, width, height });
        await page.context().close();
        continue;
      }
      // Drawn for this width, the drawing had the live chart's size and place to the pixel (a chart below the
      // first screen too, where a shift would not be counted until the reader scrolled to it).
      const live = await page.locator(liveChart(entry)).boundingBox();
      expect(Math.abs(drawing!.width - live!.width), `width at ${width} px`).toBeLessThan(1);
      expect(Math.abs(drawing!.height - live!.height), `height at ${width} px`).toBeLessThan(1);
      expect(Math.abs(drawing!.x - live!.x), `x at ${width} px`).toBeLessThan(1);
      expect(Math.abs(drawing!.y - live!.y), `y at ${width} px`).toBeLessThan(1);
      // Not scaled: its labels were as large as the live chart's.
      expect(drawing!.label, `smallest label at ${width} px`).toBeCloseTo(await page.locator(liveChart(entry)).evaluate(smallestLabel), 1);
      await page.context().close();
    }
  }

  test.each(PAGES)(
    "$path ($chart): the live chart takes the drawing's place without moving anything, at 1280 and 420 px (an embed also at 1280 × 720 and 800 × 450)",
    (entry) => takesItsPlace(entry, ""),
  );

  // Each programme's view is drawn too (scripts/page-loader/printPage.ts): the filter presenters link to.
  test.each(PAGES)("$path ($chart)?programme=Frikommuneforsøg I: that view's drawing is shown from the HTML, then the live chart takes its place", (entry) =>
    takesItsPlace(entry, `?programme=${encodeURIComponent("Frikommuneforsøg I")}`),
  );

  // A chart's views a visit does not show stay raw text (printPage.ts's rawView): parsing them cost a phone's first chart.
  test.each(DRAWN_PATHS)("$path: of a chart's views, only the one the address asks for is parsed into elements", async (entry) => {
    const viewsParsed = `(${() => {
      const w = window as unknown as { __views: string[] };
      document.addEventListener("DOMContentLoaded", () => {
        w.__views = Array.from(document.querySelectorAll<HTMLElement>("div.built[data-view]"), (b) => b.dataset.view ?? "");
      });
    }})()`;
    // As printPage.ts's viewQuery() writes a view with one parameter.
    const programmeI = new URLSearchParams({ programme: "Frikommuneforsøg I" }).toString();
    const html = pageHtml(entry.path);
    const rawViews = Array.from(html.matchAll(/<script type="text\/html"[^>]*data-view="([^"]*)"/g), (m) => m[1]);
    const drawn = rawViews.includes(programmeI) ? [programmeI] : [];
    for (const [query, expected] of [
      ["", []],
      [`?${programmeI}`, drawn],
    ] as const) {
      const visit = await site.visit(`${entry.path}${query}`, { width: 1280, height: 900 }, viewsParsed);
      await visit.page.waitForFunction(() => (window as unknown as { __views?: string[] }).__views !== undefined);
      const views = await visit.page.evaluate(() => (window as unknown as { __views: string[] }).__views);
      expect(new Set(views), `${entry.path}${query}`).toEqual(new Set(expected));
      await visit.page.context().close();
    }
  });

  test.each(DRAWN_PATHS)("$path?… a view not drawn never shows the default drawing", async (entry) => {
    const hiddenAtFirst = `(${() => {
      const w = window as unknown as { __shown: string[] };
      document.addEventListener("DOMContentLoaded", () => {
        // What reads the language (or does not say what it reads) is another view under this address.
        const another = Array.from(document.querySelectorAll<HTMLElement>(".built")).filter((b) => b.dataset.reads?.split(" ").includes("lang") ?? true);
        w.__shown = another.length ? another.map((b) => getComputedStyle(b).display).filter((d) => d !== "none") : ["no drawing that reads the language"];
      });
    }})()`;
    // Every drawing reads the language; and a drawing that does not say what it reads is hidden under any query.
    const visit = await site.visit(`${entry.path}?lang=da&programme=Frikommuneforsøg%20II`, { width: 1280, height: 900 }, hiddenAtFirst);
    expect(await visit.page.evaluate(() => (window as unknown as { __shown: string[] }).__shown)).toEqual([]);
    await visit.page.locator(liveChart(entry)).first().waitFor();
    await visit.page.context().close();
  });
});

// Over a slow network a browser paints the part of the page it has parsed: what comes later must not move
// what is already painted (Framework's grid of cards did: src/style.css).
describe("a chart page arriving in pieces", () => {
  let site: Site;
  beforeAll(async () => (site = await openSite(DIST, { trickle: 4096 })));
  afterAll(() => site?.close());

  // An embed's frames (one per window) hold their caption, chart and source line each (src/embed/styles.ts).
  test.each(PAGES.filter((entry) => entry.embed))(
    "$path, 4 kB at a time: the window's frame shows as its chart arrives, before the other windows' frames and the text alternative",
    async (entry) => {
      const seen = `(() => {
        const look = () => {
          const mark = document.querySelector(${JSON.stringify(`.fk-built-wide ${entry.mark}`)});
          if (mark?.checkVisibility({ visibilityProperty: true })) {
            window.__whenShown = { textAlternative: document.querySelector(".fk-alt") !== null, drawingEnd: document.querySelector(".built-end") !== null };
            return;
          }
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      })();`;
      const visit = await site.visit(entry.path, { width: 1280, height: 900 }, seen);
      await visit.page.waitForFunction(() => "__whenShown" in window, undefined, { timeout: 60_000 });
      // Shown while the other windows' frames were being parsed, not after the drawing's end.
      expect(await visit.page.evaluate(() => (window as unknown as { __whenShown: unknown }).__whenShown)).toEqual({
        textAlternative: false,
        drawingEnd: false,
      });
      await visit.page.context().close();
    },
  );

  test.each(DRAWN_PATHS)("$path, 4 kB at a time: nothing moves as the rest arrives, at 1280 and 420 px", async (entry) => {
    for (const { width, height } of VIEWPORTS()) {
      const visit = await site.visit(entry.path, { width, height }, recordShifts(entry.mark));
      expect(await shiftsOnceSettled(visit.page), `layout shifts at ${width} × ${height}`).toEqual([]);
      await visit.page.context().close();
    }
  });
});

/**
 * Writes `html` into the page's document piece by piece (document.write), as a network's pieces would
 * arrive, the pieces ending at `cuts`; after each, where each element a reader sees in the window stands.
 * Returns what moved by the end. Of an element still open where a piece ends (the last element and its
 * ancestors), whose box grows as its content arrives, only an HTML box's top left corner counts (not an
 * inline element's, whose first line may wrap). As for a layout shift, a box with no area does not count
 * (a drawing's box before its first child, whose margin then collapses through it), nor what is out of the
 * window (`/durations`' SQL below the first screen is a line shorter once the table of contents, at the
 * page's end, narrows the column).
 */
const writtenInPieces = ({ html, cuts }: { html: string; cuts: number[] }) => {
  const places = () => {
    const all = Array.from(document.getElementsByTagName("*"));
    const open = new Set<Element>();
    for (let e: Element | null = all[all.length - 1]; e; e = e.parentElement) open.add(e);
    return all.map((e) => {
      if (!e.checkVisibility({ visibilityProperty: true })) return null;
      if (open.has(e) && (e.namespaceURI !== "http://www.w3.org/1999/xhtml" || getComputedStyle(e).display === "inline")) return null;
      const { x, y, width, height, bottom, right } = e.getBoundingClientRect();
      if (width === 0 || height === 0 || y >= innerHeight || x >= innerWidth || bottom <= 0 || right <= 0) return null;
      return `${e.localName}.${e.getAttribute("class") ?? ""} ${Math.round(x)},${Math.round(y)}`;
    });
  };
  const seen: Array<{ at: number; places: Array<string | null> }> = [];
  document.open();
  let from = 0;
  for (const at of cuts) {
    document.write(html.slice(from, at));
    from = at;
    seen.push({ at, places: places() });
  }
  document.write(html.slice(from));
  document.close();
  const whole = places();
  return seen.flatMap(({ at, places }) => places.flatMap((place, n) => (place !== null && place !== whole[n] ? [`${at}: ${place} → ${whole[n]}`] : [])));
};

/**
 * A drawing is painted as it is parsed (src/style.css): all that shows of a page written in part must stand
 * where it stands once the page is whole. The page is written into a blank page of its own directory (its
 * module scripts and whole stylesheets left out, as before they load), ending a piece after each start tag
 * of its drawings' HTML and a few letters into its text, and at points spread over their SVGs; where a
 * network's pieces end is chance. A point inside a <style> or <script> moves to its start.
 */
describe("a chart page written piece by piece", () => {
  const SVG_CUTS = 60;
  /** Points in the default view's drawings (not its other views, raw text in scripts). */
  const cutPoints = (html: string) => {
    const closed = [...html.matchAll(/<(style|script)\b[\s\S]*?<\/\1>/g)].map((m) => [m.index, m.index + m[0].length]);
    const inside = (at: number) => closed.find(([from, to]) => at > from && at < to);
    const htmlTags: number[] = [];
    const svgTags: number[] = [];
    for (const m of html.matchAll(/<div class="built/g)) {
      if (inside(m.index)) continue;
      const end = html.indexOf('<span class="built-end"></span>', m.index);
      let depth = 0;
      for (const tag of html.slice(m.index, end).matchAll(/<(\/?)(svg|[a-z][\w-]*)[^>]*>/g)) {
        const at = m.index + tag.index + tag[0].length;
        if (tag[2] === "svg") depth += tag[1] ? -1 : 1;
        else if (tag[1]) continue;
        else if (depth > 0) svgTags.push(at);
        // After the tag, and a few letters into its text: a word half arrived.
        else htmlTags.push(at, Math.min(at + 8, html.indexOf("<", at)));
      }
    }
    const spread = svgTags.filter((_, i) => i % Math.ceil(svgTags.length / SVG_CUTS) === 0);
    return [...new Set([...htmlTags, ...spread].map((at) => inside(at)?.[0] ?? at))].sort((a, b) => a - b);
  };
  let site: Site;
  const blank = join(DIST, "_blank.html");
  beforeAll(async () => {
    writeFileSync(blank, "<!DOCTYPE html>");
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
    rmSync(blank, { force: true });
  });

  test.each(DRAWN_PATHS)("$path: what shows of its drawings stands where it stands in the whole page", async (entry) => {
    const html = pageHtml(entry.path)
      .replace(/<script type="module">[\s\S]*?<\/script>/g, "")
      .replace(/<link rel="(modulepreload|stylesheet)"[^>]*>/g, "");
    const cuts = cutPoints(html);
    expect(cuts.length).toBeGreaterThan(SVG_CUTS);
    // The blank page in the page's own directory, so that its links resolve as the page's do.
    const page = entry.path.replace(/[^/]*$/, "_blank");
    for (const { width, height } of VIEWPORTS(entry.embed)) {
      const visit = await site.visit(page, { width, height });
      const moved = await visit.page.evaluate(`(${writtenInPieces})(${JSON.stringify({ html, cuts })})`);
      expect(moved, `${cuts.length} pieces, ${width} × ${height}`).toEqual([]);
      // And what waits for what follows it is shown once the page is whole.
      const waiting = await visit.page.evaluate(() =>
        Array.from(document.querySelectorAll(".drawing > .built :is([data-legend], figure)"))
          .filter((e) => e.checkVisibility() && !e.checkVisibility({ visibilityProperty: true }))
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(waiting, `hidden in the whole page, ${width} × ${height}`).toEqual([]);
      await visit.page.context().close();
    }
  });
});
