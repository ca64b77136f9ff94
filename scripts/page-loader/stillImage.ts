// A chart drawn at build time is a still image until the page's script draws the live chart in its place
// (scripts/page-loader/takeOver.js). What only a live chart uses goes from it: its tab stops and the keys'
// sentence in its name, each mark's tooltip (`<title>`), its own name and id for the arrow keys, and the data
// its listeners read. Inside an image they are never read: an image's parts are presentational. They were
// much of what a reader waits for before the chart: the participation matrix's drawing, 105 kB live, is 34 kB
// still (its empty slots drawn a row at a time: mergeTiles).
import { groupBy } from "../../src/components/charts/groupBy.ts";
import { KEYS_ID_PREFIX, KEYS_SENTENCE } from "../../src/components/charts/keyboard.ts";

/**
 * `element` (a chart, or an embed's frame holding charts) made a still image, in place; returned. `idPrefix`
 * starts the ids it gives (the tiles' rows), unique to each drawing on a page.
 */
export function stillImage(element: Element, idPrefix: string): Element {
  // The chart answering keys: the element itself, or one inside it (an embed's frame).
  for (const chart of [element, ...element.querySelectorAll("[data-kb-chart]")]) {
    const label = chart.getAttribute("aria-label");
    if (label?.includes(KEYS_SENTENCE)) chart.setAttribute("aria-label", `${label.slice(0, label.indexOf(KEYS_SENTENCE))}.`);
    // One image, named by its label; but a chart of panels, each an SVG named with its own figures (the
    // outcomes' figures), stays a group, so that the panels' names, which give the values, are read too.
    if (chart.getAttribute("role") === "group" && label && !chart.querySelector("svg[aria-label]")) {
      chart.setAttribute("role", "img");
      // The marks the arrow keys named, unread inside an image.
      for (const mark of chart.querySelectorAll('[tabindex="-1"][aria-label]')) mark.removeAttribute("aria-label");
    }
    chart.removeAttribute("data-kb-chart");
    chart.removeAttribute("aria-activedescendant");
  }
  for (const e of [element, ...element.querySelectorAll("[tabindex]")]) e.removeAttribute("tabindex");
  for (const e of element.querySelectorAll(`[id^="${KEYS_ID_PREFIX}"]`)) e.removeAttribute("id");
  for (const title of element.querySelectorAll("svg title")) title.remove();
  // A mark's data, for the live chart's listeners; what a stylesheet or a test looks for is outside the SVG.
  for (const e of element.querySelectorAll("svg *")) {
    for (const { name } of Array.from(e.attributes)) if (name.startsWith("data-")) e.removeAttribute(name);
  }
  const parents = new Set(Array.from(element.querySelectorAll("svg rect"), (r) => r.parentElement!));
  for (const [i, parent] of Array.from(parents).entries()) mergeTiles(parent, `${idPrefix}-${i}-`);
  return element;
}

const PLACE = new Set(["class", "x", "y", "width", "height"]);
const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * A grid's tiles drawn as rects that carry a class and nothing but their place (the matrix's empty slots,
 * 420 of them at 65 bytes each). A row of tiles is drawn once, as a path in the drawing's <defs>, and each
 * row with the same tiles is a <use> of it at its height, with the class (whose fill the path inherits):
 * the same squares at the same places, the matrix's 420 slots in 1.3 kB instead of 27 kB. A mark (a fill,
 * a role, a label of its own) is left as it is.
 */
function mergeTiles(parent: Element, idPrefix: string): void {
  const document = parent.ownerDocument;
  for (const [name, rects] of groupBy(Array.from(parent.children).filter(isTile), (rect) => rect.getAttribute("class")!)) {
    if (rects.length < 2) continue;
    // Each row's tiles as a path drawn at y = 0; rows alike share it.
    const rows = groupBy(rects, (rect) => rect.getAttribute("y")!);
    const shapes = groupBy(rows.keys(), (y) => tilesPath(rows.get(y)!));
    const drawn: Element[] = [];
    const defs = document.createElementNS(SVG_NS, "defs");
    for (const [d, ys] of shapes) {
      const id = `${idPrefix}${name}-${defs.childElementCount}`;
      const path = document.createElementNS(SVG_NS, "path");
      path.setAttribute("id", id);
      path.setAttribute("d", d);
      defs.append(path);
      for (const y of ys) {
        const use = document.createElementNS(SVG_NS, "use");
        use.setAttribute("href", `#${id}`);
        use.setAttribute("y", y);
        use.setAttribute("class", name);
        drawn.push(use);
      }
    }
    rects[0].replaceWith(defs, ...drawn);
    for (const rect of rects.slice(1)) rect.remove();
  }
}

/** A rect that carries a class and nothing but its place. */
function isTile(rect: Element): boolean {
  const names = rect.getAttributeNames();
  return (
    rect.localName === "rect" && !rect.childElementCount && !!rect.getAttribute("class") && names.length === PLACE.size && names.every((n) => PLACE.has(n))
  );
}

/** The tiles of one row as one path of squares at y = 0, each after the first placed from the one before. */
function tilesPath(row: Element[]): string {
  const n = (rect: Element, attribute: string) => Number(rect.getAttribute(attribute));
  return row
    .map((rect, i) => {
      const [w, h] = [n(rect, "width"), n(rect, "height")];
      return `${i ? `m${n(rect, "x") - n(row[i - 1], "x")},0` : `M${n(rect, "x")},0`}h${w}v${h}h${-w}z`;
    })
    .join("");
}
