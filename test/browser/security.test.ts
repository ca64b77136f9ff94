// The built site's defences: a Content Security Policy of its own origin on every page, and seed text
// rendered as text however hostile it is.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../observablehq.config.ts";
import { DIST, openSite, type Site } from "./site.ts";

const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() && !e.name.startsWith("_") ? pages(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe("content security policy", () => {
  test("every page carries the policy, which allows only the site's own origin", () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self';/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
    const html = pages(DIST);
    expect(html.length).toBeGreaterThanOrEqual(9);
    for (const file of html) {
      const content = readFileSync(file, "utf8");
      expect(content, relative(DIST, file)).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    }
  });

  test("the browser refuses a request to another host", async () => {
    const visit = await site.visit("/sources");
    await visit.page.locator('[data-testid="sources"] li').first().waitFor();
    const outcome = await visit.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
      const error = await fetch("http://127.0.0.2:9/exfiltrate").then(
        () => "fetched",
        (e) => String(e),
      );
      await new Promise((r) => setTimeout(r, 100));
      return { error, violations };
    });
    expect(outcome.error).toMatch(/TypeError/);
    expect(outcome.violations).toEqual(["connect-src"]);
    expect(visit.offsite()).toEqual([]);
  });
});

describe("seed text is text", () => {
  test("markup in a seed line shows its characters and runs nothing", async () => {
    const visit = await site.visit("/sources/000_e87aeb02a3b05123");
    await visit.page.locator('[data-testid="source-lines"]').waitFor();
    const module = readdirSync(join(DIST, "_import/components/page")).find((f) => /^sources\.\w+\.js$/.test(f))!;
    const hostile = ['<script>window.__pwned = "script"</script>', "<img src=x onerror=\"window.__pwned = 'img'\">", "</td></tr><tr><td>"];
    // A string, not a function: the test runner would rewrite a dynamic import() in a function body.
    const result = (await visit.page.evaluate(`(async () => {
      const hostile = ${JSON.stringify(hostile)};
      const { sourceListing } = await import("/_import/components/page/${module}");
      const lines = hostile.map((text, i) => ({ line: i + 1, text, status: i ? "unparsed" : "parsed", reason: i ? null : "outcomes" }));
      const table = sourceListing(lines, () => [{ table: "outcomes", row: { statement: hostile[0], metric: hostile[1] } }]);
      document.body.append(table);
      table.querySelector("details").open = true;
      await new Promise((r) => setTimeout(r, 200));
      return {
        texts: [...table.querySelectorAll("td.text")].map((td) => td.textContent),
        fed: table.querySelector("li")?.textContent,
        elements: table.querySelectorAll("script, img").length,
        pwned: window.__pwned ?? null,
      };
    })()`)) as { texts: string[]; fed: string; elements: number; pwned: string | null };
    expect(result.texts).toEqual(hostile);
    expect(result.fed).toBe(`outcomes: metric = ${hostile[1]}`);
    expect(result.elements).toBe(0);
    expect(result.pwned).toBeNull();
    expect(visit.pageErrors).toEqual([]);
  });
});
