// WCAG 2.1 AA as public-sector audits check it: axe-core's rules on every built page and embed, in the
// light and dark colour scheme, at desktop and phone width, and with a chart's forced ?theme=. Fails on
// any serious or critical violation and prints each rule with its elements.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DIST, openSite, type Site } from "./site.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
// WCAG 2.0 and 2.1 A and AA, and axe's best practices (label-title-only, region, landmark-unique, …).
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const FAILING = new Set(["serious", "critical"]);
const WIDTHS = [1280, 420];

/** Every HTML page of the built site (not Framework's 404), relative to dist/. */
function builtFiles(): string[] {
  return readdirSync(DIST, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith("_") && file !== "404.html")
    .sort();
}

/** Every page as its address: pages added later are checked without a list to update. */
const PAGES = builtFiles().map((file) => `/${file.replace(/\.html$/, "").replace(/(^|\/)index$/, "")}`);

interface Violation {
  rule: string;
  impact: string;
  variant: string;
  targets: string[];
}

/** Waits until the page has loaded its data and stopped drawing (a DuckDB page draws twice). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let quietSince = performance.now();
        const observer = new MutationObserver(() => (quietSince = performance.now()));
        observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
        const started = performance.now();
        const check = () => {
          const loading = document.querySelector("observablehq-loading");
          if ((!loading && performance.now() - quietSince > 500) || performance.now() - started > 45_000) {
            observer.disconnect();
            resolve();
          } else setTimeout(check, 100);
        };
        check();
      }),
  );
}

async function audit(page: Page, variant: string): Promise<Violation[]> {
  await settle(page);
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (
          window as unknown as {
            axe: {
              run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }> }>;
            };
          }
        ).axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
      ).violations.map((v) => ({ rule: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.map(String).join(" ")) })),
    TAGS,
  );
  return violations.map((v) => ({ ...v, variant }));
}

/** Light and dark at both widths, in one browser context; a chart page also with its theme forced. */
async function auditPage(site: Site, path: string): Promise<Violation[]> {
  const found: Violation[] = [];
  const visit = await site.visit(path, { width: WIDTHS[0], height: 900 });
  const { page } = visit;
  try {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // Reload so that anything drawn with colours read at draw time is drawn in this scheme.
      if (scheme === "dark") await page.reload({ waitUntil: "load" });
      for (const width of scheme === "light" ? WIDTHS : [...WIDTHS].reverse()) {
        await page.setViewportSize({ width, height: 900 });
        found.push(...(await audit(page, `${scheme} ${width}`)));
      }
    }
    // Chart pages and embeds take ?theme=, which forces a theme against the system setting.
    if (await page.locator(".chart-tools, figure.fk-embed").count()) {
      for (const [scheme, theme, width] of [
        ["light", "dark", 1280],
        ["dark", "light", 420],
      ] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${site.origin}${path}?theme=${theme}`, { waitUntil: "load" });
        found.push(...(await audit(page, `?theme=${theme} ${width}`)));
      }
    }
    expect(visit.pageErrors).toEqual([]);
  } finally {
    await page.context().close();
  }
  return found;
}

/** rule (impact): count — the elements per variant, for the failure message and the summary. */
function describeViolations(violations: Violation[]): string {
  const byRule = new Map<string, Violation[]>();
  for (const v of violations) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v]);
  return [...byRule]
    .map(([rule, vs]) => {
      const count = vs.reduce((sum, v) => sum + v.targets.length, 0);
      const lines = vs.map((v) => `    ${v.variant}: ${v.targets.slice(0, 8).join(" | ")}${v.targets.length > 8 ? ` … (${v.targets.length})` : ""}`);
      return `  ${rule} (${vs[0].impact}): ${count}\n${lines.join("\n")}`;
    })
    .join("\n");
}

const totals = new Map<string, { impact: string; light: number; dark: number }>();

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
  const rows = [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([rule, t]) => `${rule} (${t.impact}): ${t.light} light, ${t.dark} dark`);
  console.log(`axe-core violations, elements summed over pages and widths:\n${rows.join("\n") || "none"}`);
});

test("the built site has the pages the checks are meant to cover", () => {
  for (const path of [
    "/",
    "/durations",
    "/participation",
    "/outcomes",
    "/sources",
    "/data",
    "/explore",
    "/embed/timeline",
    "/embed/participation",
    "/embed/outcomes-figures",
    "/embed/outcomes-themes",
  ])
    expect(PAGES).toContain(path);
  expect(PAGES.some((path) => path.startsWith("/sources/"))).toBe(true);
});

test("every built page declares its language and allows pinch-zoom", () => {
  for (const file of builtFiles()) {
    const page = readFileSync(join(DIST, file), "utf8");
    expect(page, file).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page, file).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/);
  }
});

describe("axe-core finds no serious or critical violation", () => {
  test.each(PAGES)("%s", { timeout: 480_000 }, async (path) => {
    const violations = await auditPage(site, path);
    for (const v of violations) {
      const total = totals.get(v.rule) ?? { impact: v.impact, light: 0, dark: 0 };
      total[/dark/.test(v.variant) ? "dark" : "light"] += v.targets.length;
      totals.set(v.rule, total);
    }
    const failing = violations.filter((v) => FAILING.has(v.impact));
    if (violations.length) console.log(`${path}\n${describeViolations(violations)}`);
    expect(failing, `${path}\n${describeViolations(failing)}`).toEqual([]);
  });
});
