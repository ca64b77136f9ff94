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

// Framework's interpreters: `<page>.md.<ext>` is a page loader printing the page's Markdown.
const PAGE_LOADER = /\.md\.(?:js|ts|py|R|rs|go|java|jl|php|sh|exe)$/;

/** A page's source file, "a.md" or a page loader "a.md.ts", as its address; null for any other file. */
function pagePath(file: string): string | null {
  const page = file.endsWith(".md") ? file : PAGE_LOADER.test(file) ? file.replace(PAGE_LOADER, ".md") : null;
  return page && `/${page.replace(/\.md$/, "")}`.replace(/\/index$/, "/");
}

/**
 * `known` as given, then the other pages under `root`, Markdown files and page loaders (not
 * parameterised pages such as `[doc].md`, which have no address of their own, nor Framework's
 * `.observablehq` cache). A page loader's title is read from its template beside it (`a.md.tmpl`, as
 * this project's page loaders have), else it is named by its address: its Markdown exists only once run.
 */
export function sitePages(root: string, known: SitePage[]): SitePage[] {
  const listed = new Set(known.map((p) => p.path));
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).map((file) => file.replaceAll("\\", "/"));
  const others = new Map<string, string>();
  for (const file of files.filter((f) => !f.includes("[") && !f.split("/").some((part) => part.startsWith(".")))) {
    const path = pagePath(file);
    if (path && !listed.has(path) && !others.has(path)) others.set(path, file);
  }
  const title = (file: string, path: string) => {
    const source = file.endsWith(".md") ? file : `${file.replace(PAGE_LOADER, ".md")}.tmpl`;
    return files.includes(source) ? pageTitle(readFileSync(join(root, source), "utf8"), path) : path;
  };
  const added = [...others].sort(([a], [b]) => a.localeCompare(b)).map(([path, file]) => ({ name: title(file, path), path }));
  return [...known, ...added];
}
