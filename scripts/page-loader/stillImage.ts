// A chart drawn at build time is a still image until the page's script draws the live chart in its place
// (scripts/page-loader/takeOver.js). What only a live chart uses goes from it: its tab stops and the keys'
// sentence in its name, each mark's tooltip (`<title>`), its own name and id for the arrow keys, and the data
// its listeners read. Inside an image they are never read: an image's parts are presentational. They were
// much of what a reader waits for before the chart: the participation matrix's drawing, 105 kB live, is 34 kB
// still (its empty slots one path: mergeTiles).
import { KEYS_ID_PREFIX, KEYS_SENTENCE } from "../../src/components/charts/keyboard.ts";

/** `element` (a chart, or an embed's frame holding charts) made a still image, in place; returned. */
export function stillImage(element: Element): Element {
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
  for (const parent of new Set(Array.from(element.querySelectorAll("svg rect"), (r) => r.parentElement!))) mergeTiles(parent);
  return element;
}

const PLACE = new Set(["class", "x", "y", "width", "height"]);

/**
 * A grid's tiles drawn as rects that carry a class and nothing but their place (the matrix's empty slots,
 * 420 of them at 65 bytes each), made one path of that class: the same picture in two fifths of the bytes.
 * A mark (a fill, a role, a label of its own) is left as it is.
 */
function mergeTiles(parent: Element): void {
  const tiles = new Map<string, Element[]>();
  for (const rect of parent.children) {
    const names = rect.getAttributeNames();
    const name = rect.getAttribute("class");
    if (rect.localName !== "rect" || rect.childElementCount || !name || names.length !== PLACE.size || !names.every((n) => PLACE.has(n))) continue;
    const same = tiles.get(name);
    if (same) same.push(rect);
    else tiles.set(name, [rect]);
  }
  for (const [name, rects] of tiles) {
    if (rects.length < 2) continue;
    const path = parent.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("class", name);
    const n = (rect: Element, attribute: string) => rect.getAttribute(attribute);
    path.setAttribute("d", rects.map((r) => `M${n(r, "x")},${n(r, "y")}h${n(r, "width")}v${n(r, "height")}h-${n(r, "width")}z`).join(""));
    rects[0].replaceWith(path);
    for (const rect of rects.slice(1)) rect.remove();
  }
}
