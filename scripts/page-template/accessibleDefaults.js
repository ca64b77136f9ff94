// Framework's own idiom draws with Plot and shows a `sql` block's result with Inputs.table; as they come,
// both fail axe-core on any page, a researcher's own included: Plot names its mark groups with no role
// (aria-prohibited-attr) and the table scrolls but cannot be focused to scroll by keyboard
// (scrollable-region-focusable, WCAG 2.1.1). Inlined into every page's head by observablehq.config.ts.
// Each added element is looked at with what it holds, not its parent: the parser adds a page's elements one by
// one, and a chart drawn into the HTML has hundreds of siblings (its parent's every child was looked at again each time).
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
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) mend(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
