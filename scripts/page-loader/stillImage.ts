// A chart drawn at build time is a still image until the page's script draws the live chart in its place
// (scripts/page-loader/takeOver.js). What only a live chart uses goes from it: its tab stops and the keys'
// sentence in its name, each mark's tooltip (`<title>`), its own name and id for the arrow keys, and the data
// its listeners read. Inside an image they are never read: an image's parts are presentational, and they
// are much of what a reader waits for before the chart.
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
  return element;
}
