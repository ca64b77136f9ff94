// Framework's own idiom draws with Plot and shows a `sql` block's result with Inputs.table; as they come,
// both fail axe-core on any page, a researcher's own included: Plot names its mark groups with no role
// (aria-prohibited-attr) and the table scrolls but cannot be focused to scroll by keyboard
// (scrollable-region-focusable, WCAG 2.1.1). Inlined into every page's head by observablehq.config.ts.
(() => {
  const mend = (root) => {
    for (const g of root.querySelectorAll("svg g[aria-label]:not([role]), svg g[aria-description]:not([role])")) g.setAttribute("role", "group");
    for (const table of root.querySelectorAll("form.inputs-3a86ea-table:not([tabindex])")) {
      table.tabIndex = 0;
      table.setAttribute("role", "region");
      table.setAttribute("aria-label", "Table");
    }
  };
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.parentElement) mend(node.parentElement);
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
