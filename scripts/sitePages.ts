// The sidebar's pages, generated from the Markdown pages in src/ so that a page added later is not
// missing from it: the site's own pages first, in their order and with their names, then every other
// page, by path, named by its front matter `title:` or its first `# ` heading, as Framework names it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface SitePage {
  name: string;
  path: string;
}

/** A page's title: front matter `title:`, else its first `# ` heading, else its path. */
export function pageTitle(markdown: string, path: string): string {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)?.[1] ?? "";
  const title = /^title:\s*(.+?)\s*$/m.exec(frontMatter)?.[1]?.replace(/^(["'])(.*)\1$/, "$2");
  return title || /^# +(.+?)\s*$/m.exec(markdown.slice(frontMatter.length))?.[1] || path;
}

/**
 * `known` as given, then the other Markdown pages under `root` (not parameterised pages such as
 * `[doc].md`, which have no address of their own, nor Framework's `.observablehq` cache).
 */
export function sitePages(root: string, known: SitePage[]): SitePage[] {
  const listed = new Set(known.map((p) => p.path));
  const others = readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((file) => file.replaceAll("\\", "/"))
    .filter((file) => file.endsWith(".md") && !file.includes("[") && !file.split("/").some((part) => part.startsWith(".")))
    .map((file) => ({ file, path: `/${file.replace(/\.md$/, "")}`.replace(/\/index$/, "/") }))
    .filter(({ path }) => !listed.has(path))
    .sort((a, b) => a.path.localeCompare(b.path));
  return [...known, ...others.map(({ file, path }) => ({ name: pageTitle(readFileSync(join(root, file), "utf8"), path), path }))];
}
