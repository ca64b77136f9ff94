// A chart or text written at build time (scripts/page-loader) stands in its box (`.drawing`) until the
// page's own cell displays there, then leaves: in the same frame, as observers run before the page is
// painted, so there is no frame without a chart and never two charts' ids at once. An address with a
// query asks for another view than the one drawn, so there the drawing is never shown (src/style.css).
// Inlined into every page's head by observablehq.config.ts.
(() => {
  if (location.search) document.documentElement.classList.add("fk-asked-view");
  // What Framework puts in a cell's place: its loading placeholder, its comment, blank text; and a chart
  // not laid out yet: the empty box of resize() before its first drawing, an embed's frame before its
  // first layout (aria-busy, hidden meanwhile by src/style.css). Taken for a chart, either would be
  // painted in the drawing's place without one, or move as it is laid out.
  const placeholder = (node) =>
    node.nodeType === 8 ||
    (node.nodeType === 3 && !node.textContent.trim()) ||
    node.localName === "observablehq-loading" ||
    (node.localName === "div" && !node.hasChildNodes()) ||
    node.getAttribute?.("aria-busy") === "true" ||
    node.classList?.contains("built");
  const observer = new MutationObserver(() => {
    const built = document.querySelectorAll(".drawing > .built");
    for (const drawing of built) if (!Array.from(drawing.parentNode.childNodes).every(placeholder)) drawing.remove();
    if (built.length === 0 && document.readyState === "complete") observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();
