// A chart or text written at build time (scripts/page-loader) stands in its box (`.drawing`) until the
// page's own cell displays there, then leaves: in the same frame, as observers run before the page is
// painted, so there is no frame without a chart and never two charts' ids at once. An address with a
// query may ask for another view than the one drawn, so there a drawing is hidden (src/style.css) unless
// the address sets none of the parameters it `data-reads`. A view drawn too (`data-view`) follows the default
// drawing as raw text, in pieces (scripts/page-loader/printPage.ts); the one the address asks for is parsed in
// place, each piece by a script right after it (frikommuneAskedView), and shown.
// Inlined into every page's head by observablehq.config.ts.
(() => {
  const asked = new URLSearchParams(location.search);
  if (location.search) document.documentElement.classList.add("fk-asked-view");
  // The address's parameters that a drawing reads, as printPage.ts's viewQuery() writes a view.
  const viewFor = (reads) => {
    const names = reads.split(" ");
    const params = new URLSearchParams(Array.from(asked).filter(([name]) => names.includes(name)));
    params.sort();
    return params.toString();
  };
  // Run as the parser adds each drawing, before it is painted; one in part stays out of sight (src/style.css).
  const chooseViews = () => {
    for (const drawing of document.querySelectorAll(".drawing > .built[data-reads]:not(.fk-shown)")) {
      if (viewFor(drawing.dataset.reads) === (drawing.dataset.view ?? "")) drawing.classList.add("fk-shown");
    }
  };
  globalThis.frikommuneAskedView = (after) => {
    const view = after.previousElementSibling;
    if (!location.search || viewFor(view.dataset.reads) !== view.dataset.view) return;
    if (view.dataset.part === undefined) view.insertAdjacentHTML("beforebegin", view.text);
    // A part of the view parsed before it (an embed's frame), still empty: its content.
    else
      view.parentNode.querySelector(`.built[data-view="${view.dataset.view}"] [data-part="${view.dataset.part}"]`)?.insertAdjacentHTML("beforeend", view.text);
  };
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
    if (location.search) chooseViews();
    const built = document.querySelectorAll(".drawing > .built");
    for (const drawing of built) if (!Array.from(drawing.parentNode.childNodes).every(placeholder)) drawing.remove();
    if (built.length === 0 && document.readyState === "complete") observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();
