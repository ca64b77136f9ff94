// Opens the built site (dist/) in headless Chromium and records what each page
// does on the network and in the console.
//
//   const site = await openSite();                 // beforeAll
//   const visit = await site.visit("/some-page");  // fresh browser context per visit
//   expect(visit.offsite()).toEqual([]);
//   await site.close();                            // afterAll
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { toJson } from "../../loaders/build.ts";
import type { Corpus } from "../../loaders/corpus.ts";
import { toArrow, toParquet } from "../../loaders/parquet.ts";
import { SCHEMA, type TableName } from "../../loaders/schema.ts";
import { baseRows } from "../../loaders/views.ts";
import { BASES } from "../../src/components/views/all.ts";
import { serveDirectory } from "./server.ts";

export const DIST = join(import.meta.dirname, "..", "..", "dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Playwright launches with a fresh mkdtemp --user-data-dir and removes it on close.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Visit {
  page: Page;
  /** Every URL the page and its workers requested, in order. */
  requests: string[];
  /** Requests that got no response, with the reason. */
  failed: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** Response body bytes of the requests finished so far. */
  bytes(): number;
  /** Each finished request: its address, when (Date.now()) and how many response bytes (headers and body). */
  finished: Array<{ url: string; at: number; bytes: number }>;
  /** Requests to anything but the local server (data: and blob: URLs never leave the page). */
  offsite(): string[];
}

export interface Site {
  origin: string;
  /**
   * `init` is a script run in every page before its own (e.g. to time when something appears);
   * `colorScheme` is the reader's system setting from the first frame (light unless given); `throttle`
   * loads the page as Lighthouse's mobile profile does (MOBILE_PROFILE); `javaScript: false` as a reader
   * whose browser runs no scripts; `hold`: requests to these addresses get no answer while the visit
   * lasts (e.g. DuckDB's, to keep a page on the path it takes before DuckDB has loaded).
   */
  visit(
    path: string,
    viewport?: { width: number; height: number; colorScheme?: "light" | "dark"; throttle?: boolean; javaScript?: boolean; hold?: RegExp },
    init?: string,
  ): Promise<Visit>;
  close(): Promise<void>;
}

/**
 * Every page but the SQL notebook: the first mark of its first chart (or its first content), and the
 * element a benchmark's reference page inlines.
 */
const FK1 = `?programme=${encodeURIComponent("Frikommuneforsøg I")}`;
/** `filtered`: the same page in another view than its default (which a drawing made at build time cannot show). */
export const FIRST_CONTENT: Array<{ path: string; mark: string; chart: string; filtered?: string }> = [
  { path: "/", mark: '[data-testid="status-chart"] svg g[aria-label="bar"] rect', chart: '[data-testid="status-chart"] svg:has(g[aria-label="bar"])' },
  {
    path: "/durations",
    mark: '[data-testid="timeline"] g[aria-description="trial period"] > *',
    chart: '[data-testid="timeline"] svg:has(g[aria-description="trial period"])',
    filtered: FK1,
  },
  { path: "/participation", mark: '[data-testid="matrix"] .pm-cell', chart: '[data-testid="matrix"] svg.pm-chart', filtered: FK1 },
  {
    path: "/outcomes",
    mark: '[data-testid="quantitative-chart"] g[aria-label="bar"] rect',
    chart: '[data-testid="quantitative-chart"] [data-rows]',
    filtered: FK1,
  },
  { path: "/sources", mark: '[data-testid="sources"] li', chart: '[data-testid="sources"]' },
  { path: "/sources/000_e87aeb02a3b05123", mark: '[data-testid="source-lines"] tr', chart: '[data-testid="source-lines"]' },
  { path: "/data", mark: "section.table-doc", chart: "section.table-doc" },
  { path: "/embed/timeline", mark: 'g[aria-description="trial period"] > *', chart: "figure.fk-embed .fk-fit", filtered: FK1 },
  { path: "/embed/participation", mark: ".pm-cell", chart: "figure.fk-embed .fk-fit", filtered: FK1 },
  { path: "/embed/outcomes-figures", mark: 'g[aria-label="bar"] rect', chart: "figure.fk-embed .fk-fit", filtered: FK1 },
  { path: "/embed/outcomes-themes", mark: 'rect[role="button"]', chart: "figure.fk-embed .fk-fit", filtered: FK1 },
];

/** When a page's first content appeared (ms after navigation), and what had arrived by then. */
export interface FirstContent {
  at: number;
  arrived: Array<{ url: string; bytes: number }>;
}

/**
 * An init script for visit(): notes when `mark` is first shown, and what had arrived by then. It looks once per
 * frame in which the page changed, when the browser is about to paint: looking at every change instead (each of
 * the parser's steps) cost a chart page 150–210 ms of its load under the mobile profile, as each look makes the
 * browser work out the styles of the page so far, and a reference page, with few elements, far less. Each look
 * asks one mark per drawing (its SVG, or a list's parent) whether it is shown: a drawing's marks are shown or
 * hidden together, and asking each of a hidden drawing's hundreds of marks cost a look up to 100 ms there.
 */
export function firstContentWatcher(mark: string): string {
  return `(() => {
    let looking = false;
    const shown = () => {
      const drawings = new Set();
      for (const e of document.querySelectorAll(${JSON.stringify(mark)})) {
        const drawing = e.ownerSVGElement ?? e.parentElement;
        if (drawings.has(drawing)) continue;
        drawings.add(drawing);
        // Shown, not only present: a drawing made at build time stays, hidden, under an address that asks for
        // another view, and is kept out of sight (visibility) until it is parsed to its end (an embed's frame:
        // until the parser is past it).
        if (e.checkVisibility({ visibilityProperty: true })) return true;
      }
      return false;
    };
    const look = () => {
      looking = false;
      if (!shown()) return;
      observer.disconnect();
      const at = performance.now();
      window.__first = {
        at,
        arrived: [performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")]
          .filter((e) => e.responseEnd <= at).map((e) => ({ url: e.name, bytes: e.transferSize || e.encodedBodySize || 0 })),
      };
    };
    const observer = new MutationObserver(() => {
      if (looking) return;
      looking = true;
      requestAnimationFrame(look);
    });
    // A class shows a drawing too: the head script's choice of the view asked for (scripts/page-loader/takeOver.js).
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["class"] });
  })();`;
}

/** What firstContentWatcher noted, once the mark is there. */
export async function firstContent(visit: Visit, timeout = 60_000): Promise<FirstContent> {
  await visit.page.waitForFunction(() => (window as unknown as { __first?: unknown }).__first !== undefined, undefined, { timeout });
  return visit.page.evaluate(() => (window as unknown as { __first: FirstContent }).__first);
}

/**
 * The built site with other tables (e.g. a synthetic corpus's): a copy of dist/ whose Parquet, Arrow and
 * JSON files and views' base rows are overwritten, under the names the pages look for. Open it with openSite(root); remove() after.
 */
export async function siteWithTables(tables: Corpus["tables"]): Promise<{ root: string; remove(): void }> {
  const root = mkdtempSync(join(tmpdir(), "frikommune-site-"));
  cpSync(DIST, root, { recursive: true });
  const files = join(root, "_file", "data");
  for (const file of readdirSync(files)) {
    const [name, , format] = file.split(".");
    const write = format === "parquet" ? toParquet : format === "arrow" ? toArrow : format === "json" ? toJson : undefined;
    if (!(name in tables) || !write) continue;
    const table = name as TableName;
    writeFileSync(join(files, file), await write(tables[table], SCHEMA[table]));
  }
  // The views' base rows, from the same tables.
  for (const file of readdirSync(join(files, "views"))) {
    const view = BASES.find((v) => v.name === file.split(".")[0]);
    if (view) writeFileSync(join(files, "views", file), JSON.stringify(await baseRows(view, tables)));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The built site on a local server; `compress`: sent brotli- or gzip-compressed, as from a CDN; `trickle`:
 * each page's HTML in pieces of that many bytes with pauses between (serveDirectory).
 */
export async function openSite(root = DIST, { compress = false, trickle = 0 } = {}): Promise<Site> {
  const server = await serveDirectory(root, { compress, trickle });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    origin: server.origin,
    // A context per visit: no cache or storage carried from one visit to the next.
    visit: async (path, { colorScheme = "light", throttle = false, javaScript = true, hold, ...viewport } = { width: 1280, height: 900 }, init) => {
      const context = await browser.newContext({ viewport, colorScheme, javaScriptEnabled: javaScript });
      if (init) await context.addInitScript(init);
      // Never answered: the route's handler neither continues nor fulfils the request.
      if (hold) await context.route(hold, () => {});
      return record(context, server.origin, path, throttle);
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, the CPU 4× slower. */
export const MOBILE_PROFILE = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, cpuSlowdown: 4 };

async function record(context: BrowserContext, origin: string, path: string, throttle = false): Promise<Visit> {
  const requests: string[] = [];
  const failed: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  let bytes = 0;
  const finished: Array<{ url: string; at: number; bytes: number }> = [];
  // Context events include the page's workers (DuckDB runs in one).
  context.on("request", (request) => requests.push(request.url()));
  context.on("requestfailed", (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ""}`));
  context.on("requestfinished", async (request) => {
    const at = Date.now();
    // A test that closes its page while a request finishes has no sizes to count, nothing to fail on.
    const sizes = await request.sizes().catch(() => null);
    if (!sizes) return;
    bytes += sizes.responseBodySize;
    finished.push({ url: request.url(), at, bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    const { cpuSlowdown, ...network } = MOBILE_PROFILE;
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...network });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  }
  await page.goto(origin + path, { waitUntil: "load" });
  return {
    page,
    requests,
    failed,
    consoleErrors,
    pageErrors,
    bytes: () => bytes,
    finished,
    offsite: () => requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)),
  };
}
