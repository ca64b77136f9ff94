import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OWN_PAGES, SITE_PAGES } from "../observablehq.config.ts";
import { pageTitle, sitePages } from "../scripts/sitePages.ts";

describe("the sidebar's pages", () => {
  it("keep the site's own pages in their order and names, then the example page by its title", () => {
    expect(SITE_PAGES).toEqual([...OWN_PAGES, { name: "Example: trials per municipality", path: "/example" }]);
  });

  const root = mkdtempSync(join(tmpdir(), "frikommune-pages-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("append a page added later (Markdown or a page loader), named by its title or first heading; not parameterised pages or Framework's cache", () => {
    mkdirSync(join(root, "studies"));
    mkdirSync(join(root, "sources"));
    mkdirSync(join(root, ".observablehq", "cache"), { recursive: true });
    writeFileSync(join(root, "index.md"), "# Home\n");
    writeFileSync(join(root, "ledighed.md"), '---\ntitle: "Ledighedsydelse: én side"\nsql:\n  trials: ./data/trials.arrow\n---\n\n# Overskrift\n');
    writeFileSync(join(root, "studies", "index.md"), "Text first\n\n# Studier af frikommuner\n");
    writeFileSync(join(root, "studies", "aalborg.md"), "no heading at all\n");
    writeFileSync(join(root, "sources", "[doc].md"), "# Source\n");
    writeFileSync(join(root, ".observablehq", "cache", "x.md"), "# Cached\n");
    // Page loaders: named from their template when there is one, else by address.
    writeFileSync(join(root, "forloeb.md.ts"), "process.stdout.write('# Forløb');\n");
    writeFileSync(join(root, "forloeb.md.tmpl"), "---\ntitle: Forløb tegnet på forhånd\n---\n");
    writeFileSync(join(root, "kort.md.py"), "print('# Kort')\n");
    writeFileSync(join(root, "sources", "[doc].md.ts"), "\n");
    expect(sitePages(root, [{ name: "Forside", path: "/" }])).toEqual([
      { name: "Forside", path: "/" },
      { name: "Forløb tegnet på forhånd", path: "/forloeb" },
      { name: "/kort", path: "/kort" },
      { name: "Ledighedsydelse: én side", path: "/ledighed" },
      { name: "Studier af frikommuner", path: "/studies/" },
      { name: "/studies/aalborg", path: "/studies/aalborg" },
    ]);
  });

  it("read a title from front matter before any heading", () => {
    expect(pageTitle("---\ntitle: Fra front matter\n---\n# Overskrift\n", "/x")).toBe("Fra front matter");
    expect(pageTitle("# Kun en overskrift\n", "/x")).toBe("Kun en overskrift");
  });
});

describe("the README's example page", () => {
  it("is src/example.md, word for word, so that the tests build and open what the README shows", () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
    const block = /^ {3}````md\n([\s\S]*?)^ {3}````$/m.exec(readme.slice(readme.indexOf("## Add your own page")))?.[1];
    expect(block?.replace(/^ {3}/gm, "")).toBe(readFileSync(join(import.meta.dirname, "..", "src", "example.md"), "utf8"));
  });
});
