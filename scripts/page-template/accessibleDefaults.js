// Framework's own idiom draws with Plot and shows a `sql` block's result with Inputs.table; as they come,
// both fail axe-core on any page, a researcher's own included: Plot names its mark groups with no role
// (aria-prohibited-attr) and the table scrolls but cannot be focused to scroll by keyboard
// (scrollable-region-focusable, WCAG 2.1.1). Inlined into every page's head by observablehq.config.ts.
// The page's own HTML is mended once, when parsed, and what scripts add later is watched: looking at each element
// as the parser added it took 85–170 ms of a chart page's load under the mobile profile (4× slower CPU), as a chart
// drawn into the HTML holds thousands of elements (already mended by the page loader). Scripts that add elements
// (Framework's modules) run only after the parser has finished, when the observer is in place.
// Each added element is looked at with what it holds, not its parent: a chart has hundreds of siblings.
(() => {
  const within = (node, selector) => (node.matches(selector) ? [node, ...node.querySelectorAll(selector)] : node.querySelectorAll(selector));
  const mend = (node) => {
    for (const g of within(node, "svg g[aria-label]:not([role]), svg g[aria-description]:not([role])")) g.setAttribute("role", "group");
    for (const table of within(node, "form.inputs-3a86ea-table:not([tabindex])")) {
      table.tabIndex = 0;
      table.setAttribute("role", "region");
      table.setAttribute("aria-label", "Table");
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) mend(node);
  });
  const watch = () => {
    mend(document.documentElement);
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  // The first change of readiness is to "interactive": parsed, and no deferred or module script run yet.
  if (document.readyState === "loading") document.addEventListener("readystatechange", watch, { once: true });
  else watch();
})();
