// Every page of the built site, found in dist/ rather than listed, so that a page added later (a
// researcher's own page, a new source document or embed) is opened too: each must settle with no page
// error and no console error. Framework logs a cell's error to the console, so a page whose SQL fails
// (e.g. `sql:` front matter naming a .parquet file, which DuckDB cannot read here) fails this test.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { DIST, openSite, type Site, type Visit } from "./site.ts";

/** Each HTML file of dist/ as the address Framework serves it at: index.html → /, a/b.html → /a/b. */
function sitePaths(dist = DIST): string[] {
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html") && !f.startsWith("_"));
  if (!files.length) throw new Error(`No pages in ${dist}: run npm run build first`);
  return files
    .map(
      (f) =>
        `/${f
          .replaceAll("\\", "/")
          .replace(/\.html$/, "")
          .replace(/(^|\/)index$/, "")}`,
    )
    .sort();
}

/**
 * An init script counting DuckDB-WASM's requests to its worker that have no answer yet: while DuckDB
 * compiles its engine, inserts tables or runs a query, the network can be quiet for seconds.
 */
const WORKER_TASKS = `(() => {
  const pending = new Set();
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && typeof message === "object" && "messageId" in message) {
      pending.add(message.messageId);
      if (!this.__answered) {
        this.__answered = true;
        this.addEventListener("message", ({ data }) => {
          if (data && data.type !== "INSTANTIATE_PROGRESS" && data.type !== "LOG") pending.delete(data.requestId);
        });
      }
    }
    return post.call(this, message, ...rest);
  };
  window.__workerTasks = () => pending.size;
})();`;

/**
 * Resolves once the page has shown all its cells (no loading placeholder), DuckDB has answered every
 * request, no request is in flight and none has started for `quiet` ms.
 */
async function settle(visit: Visit, quiet = 2000, timeout = 150_000): Promise<void> {
  const started = Date.now();
  let seen = -1;
  let since = Date.now();
  while (Date.now() - started < timeout) {
    const requests = visit.requests.length;
    const inFlight = requests - visit.finished.length - visit.failed.length > 0;
    const busy = await visit.page.evaluate(
      () => document.querySelector("observablehq-loading") !== null || (window as unknown as { __workerTasks(): number }).__workerTasks() > 0,
    );
    if (requests !== seen || inFlight || busy) {
      seen = requests;
      since = Date.now();
    } else if (Date.now() - since >= quiet) return;
    await visit.page.waitForTimeout(250);
  }
  throw new Error(`${visit.page.url()} did not settle within ${timeout / 1000} s`);
}

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

test.each(sitePaths())(
  "%s settles with no page error and no console error",
  async (path) => {
    const visit = await site.visit(path, undefined, WORKER_TASKS);
    await settle(visit);
    expect({ path, pageErrors: visit.pageErrors, consoleErrors: visit.consoleErrors, failed: visit.failed, offsite: visit.offsite() }).toEqual({
      path,
      pageErrors: [],
      consoleErrors: [],
      failed: [],
      offsite: [],
    });
    await visit.page.context().close();

    // On a 320 px phone in the dark scheme, where charts are drawn at their narrowest (a width below the
    // margins once gave bars negative widths, logged as console errors): the content reflows with no
    // sideways scrolling (WCAG 1.4.10), and nothing is logged.
    const phone = await site.visit(path, { width: 320, height: 800, colorScheme: "dark" }, WORKER_TASKS);
    await settle(phone, 1000);
    const sideways = await phone.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect({ path, sideways, pageErrors: phone.pageErrors, consoleErrors: phone.consoleErrors }).toEqual({
      path,
      sideways: 0,
      pageErrors: [],
      consoleErrors: [],
    });
    await phone.page.context().close();
  },
  240_000,
);
