// Plot names each mark's group (`<g aria-label="bar">`, `<g aria-description="trial period">`), but ARIA
// forbids a name on an element with no role (axe-core: aria-prohibited-attr). As groups, the names are
// allowed and read out with the marks they hold.

/** Gives every named `<g>` of a Plot chart the role `group`; returns the chart. */
export function groupMarks<T extends Element>(chart: T): T {
  for (const g of chart.querySelectorAll("g[aria-label]:not([role]), g[aria-description]:not([role])")) g.setAttribute("role", "group");
  return chart;
}
