// A chart or text written at build time (scripts/page-loader) stands in its box (`.drawing`) until the
// page's own cell displays there, then leaves: in the same frame, as observers run before the page is
// painted, so there is no frame without a chart and never two charts' ids at once. An address with a
// query asks for another view than the one drawn, so there the drawing is never shown (src/style.css).
// Inlined into every page's head by observablehq.config.ts.
(() => {
  if (location.search) document.documentElement.classList.add("fk-asked-view");
  // What Framework puts in a cell's place: its loading placeholder, its comment, blank text.
  const placeholder = (node) =>
    node.nodeType === 8 || (node.nodeType === 3 && !node.textContent.trim()) || node.localName === "observablehq-loading" || node.classList?.contains("built");
  const observer = new MutationObserver(() => {
    const built = document.querySelectorAll(".drawing > .built");
    for (const drawing of built) if (!Array.from(drawing.parentNode.childNodes).every(placeholder)) drawing.remove();
    if (built.length === 0 && document.readyState === "complete") observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();
