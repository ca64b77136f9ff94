// What a page loader (src/<page>.md.ts) runs: reads its template (src/<page>.md.tmpl), draws the default
// view of each chart it marks, from the same tables the data loaders write, and prints the page's Markdown.
// Framework runs page loaders before data loaders, so the tables come from the loaders' library itself.
import { readFileSync } from "node:fs";
import { register } from "node:module";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { JSDOM } from "jsdom";
import { sharedCorpus } from "../../loaders/build.ts";
import { drawingNames, fillDrawings, rawView } from "../../loaders/pageTemplate.ts";
import { PROJECT_ROOT } from "../../loaders/reference.ts";
import type { Corpus } from "../../loaders/corpus.ts";
import type { Drawing } from "./drawings.ts";
import { stillImage } from "./stillImage.ts";
import { DRAWING_END } from "../page-template/arrange.ts";

register("./npmHooks.ts", import.meta.url);

export async function printPage(template: URL): Promise<void> {
  const path = fileURLToPath(template);
  const file = relative(PROJECT_ROOT, path);
  const page = basename(path).replace(/\.md\.tmpl$/, "");
  // The page's folder in the site: src/embed/[chart].md.tmpl writes /embed/<chart>.
  const folder = dirname(relative(join(PROJECT_ROOT, "src"), path));
  const outcome = sharedCorpus();
  if (outcome.error !== undefined) throw new Error(outcome.error);
  const { PAGES } = await import("./drawings.ts");
  if (!PAGES[page]) throw new Error(`${file}: scripts/page-loader/drawings.ts has no drawings for the page "${page}"`);
  const { document } = new JSDOM("<!DOCTYPE html><html><body></body></html>").window;
  // A parameterized page's values (src/embed/[chart].md.ts: --chart=timeline), as Framework passes them.
  const params = parseArgs({ args: process.argv.slice(2), strict: false }).values as Record<string, string>;
  const tables = outcome.corpus.tables;
  const defaults = await PAGES[page](tables, params);
  // Each programme's view too, where a drawing depends on it: the filter presenters link to most.
  const views = await Promise.all(
    programmesOf(tables).map(async (programme) => {
      const query = viewQuery({ programme });
      return [query, await PAGES[page](tables, params, query)] as const;
    }),
  );
  // A chart's views (and a list's) follow its default drawing as raw text, which the parser reads past: the
  // page's head script (takeOver.js) parses the one the address asks for, in place, right after it. As
  // elements, the views a visit does not show cost a phone's first chart their parsing (under the mobile
  // profile, medians of 11 visits, a programme's view: /participation 1439 → 1103 ms, /embed/timeline
  // 1141 → 814; default views unchanged). A view is sent in pieces, each width's drawing and each of an
  // embed's frames after the first its own raw text: a window waits for no other width's bytes (under the
  // mobile profile, medians of 5: /embed/participation's view 804 → 695 ms, /embed/timeline's 698 → 597).
  // A text's views stay elements, hidden (src/style.css): they are small, and the script that parses a view
  // is a point where the parser may stop and paint, which before a page's chart made /durations' first
  // chart later (921 → 1110 ms).
  const drawings = Object.fromEntries(
    Object.entries(defaults).map(([name, drawing]) => {
      const keptRaw = drawing.kind === "chart" || drawing.kind === "element";
      // A chart's `<style>` is in each of its drawings; one copy in the box is enough. The default drawing is
      // always parsed, a view only with its earlier pieces.
      const styled = new Set<string>();
      const byDefault = built(drawing, document).map(({ html }) => withoutStylesIn(styled, html));
      const alternatives = views
        .filter(([, other]) => drawing.reads?.includes("programme") && other[name])
        .flatMap(([query, other]) => {
          const inView = new Set(styled);
          return built(other[name], document, query).map(({ html, part }) => {
            const kept = withoutStylesIn(inView, html);
            return keptRaw ? rawView(kept, { reads: other[name].reads, view: query, part, folder, where: `${file}: ${name}` }) : kept;
          });
        });
      return [name, byDefault.join("") + alternatives.join("")];
    }),
  );
  const text = readFileSync(template, "utf8");
  const marked = new Set(drawingNames(text));
  const unmarked = Object.keys(drawings).filter((name) => !marked.has(name));
  if (unmarked.length) process.stderr.write(`warning: ${file} has no marker for ${unmarked.join(", ")}: drawn, not shown\n`);
  process.stdout.write(fillDrawings(text, file, drawings));
}

/**
 * A drawing's HTML: a chart at each width (a still image, named as one: no tab stop, nothing answers keys
 * yet, not marked as the chart that does), or a text. A chart's drawing ends with an empty `.built-end`:
 * it tells arrange.ts that the page was drawn at build time, and it follows a drawing's last part, which
 * src/style.css keeps out of sight until something follows it where it could still move (a legend).
 * In pieces: each width's drawing one; and in a view's drawing (`view`), each part a window shows instead
 * of another (`[data-part]`: an embed's frames) after the first is emptied and its content is a piece of
 * its own (`part`: the part it fills).
 */
function built(drawing: Drawing, document: Document, view?: string): Array<{ html: string; part?: string }> {
  // What the drawing depends on in the address, for the head script (takeOver.js): absent, any query hides
  // it. `view`: the address's query (viewQuery()) it is drawn for, where it is not the default view.
  const attributes = (drawing.reads ? ` data-reads="${drawing.reads.join(" ")}"` : "") + (view === undefined ? "" : ` data-view="${view}"`);
  if (drawing.kind === "text") return [{ html: `<span class="built"${attributes}>${escapeHtml(drawing.text)}</span>` }];
  const still = (element: Element, kind: string) => {
    const image = stillImage(element);
    const later = view === undefined ? [] : Array.from(image.querySelectorAll<HTMLElement>("[data-part]")).slice(1);
    const parts = later.map((part) => {
      const html = part.innerHTML;
      part.replaceChildren();
      return { html, part: part.dataset.part };
    });
    return [{ html: `<div class="built built-${kind}"${attributes}>${image.outerHTML}${DRAWING_END}</div>` }, ...parts];
  };
  if (drawing.kind === "element") return still(drawing.draw({ document }), "any");
  if (drawing.kind === "inline") return [{ html: `<span class="built"${attributes}>${drawing.draw({ document }).outerHTML}</span>` }];
  return Object.entries(drawing.widths).flatMap(([kind, width]) => still(drawing.draw({ width, document }), kind));
}

/** `html` without the `<style>` elements `seen` holds; those it has are added to `seen`. */
function withoutStylesIn(seen: Set<string>, html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/g, (style) => {
    if (seen.has(style)) return "";
    seen.add(style);
    return style;
  });
}

const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");

/** The programmes the trial catalogue holds, each a view drawn at build time. */
const programmesOf = (tables: Corpus["tables"]) =>
  Array.from(new Set((tables.trials as Array<{ programme?: string | null }>).map((t) => t.programme).filter((p): p is string => !!p))).sort();

/** An address's query as the page's head script compares it (scripts/page-loader/takeOver.js): parameters sorted, encoded. */
export function viewQuery(values: Record<string, string>): string {
  const params = new URLSearchParams(values);
  params.sort();
  return params.toString();
}
