// `npm run build`'s last step: every page in dist/ as arrangeBuiltPage (arrange.ts) serves it.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { arrangeBuiltPage } from "./arrange.ts";

const DIST = resolve(import.meta.dirname, "..", "..", "dist");
// Framework's own folders (`_observablehq`, `_npm`, `_import`, `_file`) hold no pages.
const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : pages(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });

for (const file of pages(DIST)) {
  const html = readFileSync(file, "utf8");
  writeFileSync(
    file,
    arrangeBuiltPage(html, (href) => readFileSync(resolve(dirname(file), href), "utf8"), relative(DIST, file)),
  );
}
