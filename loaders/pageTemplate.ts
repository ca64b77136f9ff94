// A page loader's template (src/<page>.md.tmpl) is the page's Markdown with a marker where a drawing made
// at build time goes: `<!-- drawn at build time: NAME -->`, inside the box that also holds the live
// chart's `${…}`. Filling it is text in, text out; the drawings are made by the caller.

const MARKER = /<!--\s*drawn at build time:\s*([\w-]+)\s*-->/g;

/** The names of the drawings the template asks for, in order. */
export function drawingNames(template: string): string[] {
  return Array.from(template.matchAll(MARKER), (m) => m[1]);
}

/**
 * The template with each marker replaced by its drawing's HTML, made safe for Framework's Markdown: on one
 * line (a blank line would end the HTML block) and with `$` written as an entity (Framework reads `${` in
 * HTML as code). A marker naming no drawing is an error naming the file and line.
 */
export function fillDrawings(template: string, file: string, drawings: Record<string, string>): string {
  return template.replace(MARKER, (_marker, name: string, offset: number) => {
    const html = drawings[name];
    if (html === undefined) {
      const line = template.slice(0, offset).split("\n").length;
      throw new Error(`${file}:${line}: no drawing named "${name}" (known: ${Object.keys(drawings).join(", ") || "none"})`);
    }
    return html.replace(/\s*\n\s*/g, " ").replaceAll("$", "&#36;");
  });
}
