// Framework 1.13.4's page template (dist/render.js) writes `<html>` with no language, a viewport that
// forbids zooming (`maximum-scale=1`), and a sidebar that axe-core faults: an empty `<label>` as a list
// item, a toggle named only by its title, and a second unnamed `<nav>` beside the table of contents.
// This rewrites the template's source as Node loads it, so `observable build` and `observable preview`
// both write pages that meet WCAG 2.1 (3.1.1 language of page, 1.4.4 resize text, 1.3.1, 4.1.2). Nothing
// on disk changes. What a built page fetches before it paints is arranged after the build (arrange.ts).

/** The module whose source is rewritten. */
export const TEMPLATE_MODULE = /\/@observablehq\/framework\/dist\/render\.js$/;

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
];

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
