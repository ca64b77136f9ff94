// Framework 1.13.4's page template (dist/render.js) writes `<html>` with no language, a viewport that
// forbids zooming (`maximum-scale=1`), and a sidebar that axe-core faults: an empty `<label>` as a list
// item, a toggle named only by its title, and a second unnamed `<nav>` beside the table of contents.
// This rewrites the template's source as Node loads it, so `observable build` and `observable preview`
// both write pages that meet WCAG 2.1 (3.1.1 language of page, 1.4.4 resize text, 1.3.1, 4.1.2), and
// moves a drawn page's module preloads after its content (see below). Nothing on disk changes.

/** The module whose source is rewritten. */
export const TEMPLATE_MODULE = /\/@observablehq\/framework\/dist\/render\.js$/;

const PRELOADS = "Array.from(new Set(Array.from(staticImports, resolveImport)), renderModulePreload)";
const PRELOADS_IN_HEAD = `\${${PRELOADS}}\${head ?`;

// biome-ignore-start lint/suspicious/noTemplateCurlyInString: these are pieces of Framework's template source, placeholders included.
const EDITS: Array<[from: string, to: string]> = [
  ["<html>\n<head>", '<html lang="en">\n<head>'],
  ['content="width=device-width, initial-scale=1, maximum-scale=1"', 'content="width=device-width, initial-scale=1"'],
  [
    '<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">',
    '<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar" aria-label="Toggle sidebar">',
  ],
  ['<nav id="observablehq-sidebar">', '<nav id="observablehq-sidebar" aria-label="Pages">'],
  // The empty close label is a pointer target only (the toggle itself takes the keyboard); hidden from
  // assistive technology it no longer counts as a list item (moving it out of the list loses its sticky place).
  [
    '<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>',
    '<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle" aria-hidden="true"></label>',
  ],
  // A page holding a chart drawn at build time (scripts/page-loader) gets its module preloads at the end of
  // the body: in the head, Framework's 50–70 of them (0.8 MB) shared the first second's bandwidth with the
  // stylesheets and the HTML that holds the drawing. Cells import their modules only when they run, after the
  // document is parsed, so the preloads still come first. Other pages show nothing before their scripts run,
  // and keep them in the head.
  [PRELOADS_IN_HEAD, `\${drawnAtBuildTime ? null : ${PRELOADS}}\${head ?`],
  ["function renderHead(head, resolvers) {", "function renderHead(head, resolvers, drawnAtBuildTime) {"],
  ["${renderHead(page.head, resolvers)}", "${renderHead(page.head, resolvers, page.body.includes('class=\"built-end\"'))}"],
  [
    "${renderFooter(page.footer, resolvers, options)}\n</div>\n</body>",
    "${renderFooter(page.footer, resolvers, options)}\n</div>${page.body.includes('class=\"built-end\"') ? Array.from(new Set(Array.from(resolvers.staticImports, resolvers.resolveImport)), renderModulePreload) : null}\n</body>",
  ],
];
// biome-ignore-end lint/suspicious/noTemplateCurlyInString: the template's pieces end here.

/** The template with these edits; throws (naming what is missing) if Framework's template changed. */
export function accessibleTemplate(source: string): string {
  return EDITS.reduce((text, [from, to]) => {
    const count = text.split(from).length - 1;
    if (count !== 1)
      throw new Error(
        `scripts/page-template: expected ${JSON.stringify(from)} once in Framework's render.js, found it ${count} times — has Framework's page template changed?`,
      );
    return text.replace(from, to);
  }, source);
}
