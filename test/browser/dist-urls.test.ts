// Node side: dist/ must not make the browser load anything from another host.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, expect, test } from "vitest";
import { externalLoads, scanDist } from "./external-urls.ts";
import { DIST } from "./site.ts";

test("dist/ loads nothing from other hosts", () => {
  expect(scanDist(DIST)).toEqual([]);
});

describe("the scanner", () => {
  test.each([
    ["page", '<script type="module" src="https://example.org/x.js"></script>'],
    ["page", '<link rel="stylesheet" href="//example.org/fonts.css">'],
    ["page", '<script type="module">import {x} from "https://example.org/npm/x/+esm";</script>'],
    ["site-script", 'const DUCKDB_MANIFEST={extensions:{json:{mvp:"https://example.org/"}}}'],
    ["library", 'export*from"https://example.org/npm/d3@7/+esm";'],
    ["library", 'const m=await import("https://example.org/m.js")'],
    ["library", 'importScripts("https://example.org/worker.js")'],
    ["stylesheet", "@import url('https://example.org/css2?family=Inter');"],
    ["stylesheet", "@font-face{src:url(https://example.org/f.woff2)}"],
  ] as const)("catches a %s load: %s", (role, text) => {
    expect(externalLoads(text, role)).toHaveLength(1);
  });

  test.each([
    ["page", '<a href="https://example.org/report.pdf">source</a>'],
    ["site-script", 'document.createElementNS("http://www.w3.org/2000/svg","g")'],
    ["library", 'function de(){let e="https://example.org/npm/".concat(U,"@",k,"/dist/");return e}'],
    ["library", "// see https://example.org/licence"],
    ["stylesheet", "a{background:url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E\")}"],
  ] as const)("ignores a harmless %s string: %s", (role, text) => {
    expect(externalLoads(text, role)).toEqual([]);
  });
});

// A chart drawn at build time links each figure to its source line (/sources/<doc>#L<n>); readers share
// such addresses. Each must lead to an anchor in that source page's own HTML (its listing for readers
// without JavaScript), not only in the listing its script draws.
test("every link to a source line finds its anchor in the source page's HTML", () => {
  const pages = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
  const sources = new Map<string, string>();
  const sourceHtml = (doc: string) => {
    const file = join(DIST, "sources", `${doc}.html`);
    if (!sources.has(doc)) sources.set(doc, existsSync(file) ? readFileSync(file, "utf8") : "");
    return sources.get(doc) as string;
  };
  const missing: string[] = [];
  let links = 0;
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), "utf8");
    for (const [, target, line] of html.matchAll(/href="[^"#]*\/sources\/([^"#/?]+)#(L\d+)"/g)) {
      links++;
      if (!sourceHtml(target).includes(` id="${line}"`)) missing.push(`${page} → ${target}#${line}`);
    }
  }
  expect(links).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});

/** Each page of dist/ (not Framework's own folders), with its HTML. */
const builtPages = () =>
  readdirSync(DIST, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.startsWith("_"))
    .map((page) => [page, readFileSync(join(DIST, page), "utf8")] as const);

// Framework 1.13 checks a link's query as part of its path (validateLinks() in its build.js), so it calls the
// links of a programme's drawing (`../durations?programme=…`, "Open in the evidence base") broken. They are
// checked here instead: each leads to a built page, and its query names only parameters of that page's chart.
test("every link with a query in a built page leads to a page that reads that query", () => {
  const broken: string[] = [];
  let links = 0;
  for (const [page, html] of builtPages()) {
    for (const [, href] of html.matchAll(/<a [^>]*href="([^":#]*\?[^"#]*)"/g)) {
      links++;
      const url = new URL(href.replaceAll("&amp;", "&"), `http://site/${page}`);
      const target = join(DIST, `${url.pathname.replace(/\/$/, "/index")}.html`);
      if (!existsSync(target)) {
        broken.push(`${page} → ${href}`);
        continue;
      }
      // The parameters the target's drawings read, as whole names ("q" is not read by "sequence").
      const reads = new Set(Array.from(readFileSync(target, "utf8").matchAll(/data-reads="([^"]*)"/g), ([, names]) => names.split(" ")).flat());
      const unread = Array.from(url.searchParams.keys()).filter((name) => !reads.has(name));
      if (unread.length) broken.push(`${page} → ${href} (not read: ${unread.join(", ")})`);
    }
  }
  expect(links).toBeGreaterThan(0);
  expect(broken).toEqual([]);
});

// Framework checks and makes relative the links of the HTML it reads; a view drawn at build time is raw text
// to it (loaders/pageTemplate.ts's rawView). Each link there must be relative and lead to a page or file of dist/.
test("every link in a view kept as raw text is relative and leads to a page or file of dist/", () => {
  const wrong: string[] = [];
  let links = 0;
  for (const [page, html] of builtPages()) {
    for (const [, raw] of html.matchAll(/<script type="text\/html"[^>]*>([\s\S]*?)<\/script>/g)) {
      for (const [, href] of raw.matchAll(/\shref="([^"]*)"/g)) {
        if (/^(?:[a-z]+:|#)/i.test(href)) continue;
        links++;
        const path = posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(href.replace(/[?#].*$/, ""))));
        const found = [path, `${path}.html`, posix.join(path, "index.html")].some(
          (file) => existsSync(join(DIST, file)) && statSync(join(DIST, file)).isFile(),
        );
        if (!/^\.\.?\//.test(href) || !found) wrong.push(`${page} → ${href}`);
      }
    }
  }
  expect(links).toBeGreaterThan(0);
  expect(wrong).toEqual([]);
});
