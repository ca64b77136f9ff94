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

/**
 * A view's drawing (`html`) as the text of a `<script type="text/html">`, which the parser reads past without
 * making an element, and after it a one-line script with which the page's head script (scripts/page-loader/
 * takeOver.js) parses it in place where the address asks for that view (`view`, as viewQuery() writes it;
 * `reads`: the parameters the drawing depends on). A script after each view, not after a drawing's last: over
 * a slow network the view asked for would wait for the others' bytes. Both are named `.built`, as a drawing
 * is, so that the live chart's arrival removes them too. `part`: the text is the content of the view's
 * element `[data-part="…"]`, parsed into it, not in place. `folder`: the page's folder in the site ("." at
 * its top, "embed"; as path.dirname() gives it): Framework makes a page's links relative to it, so that the site works under any path,
 * but reads no raw text, so a view's links from the site's root are made relative here. `where` names the
 * drawing in errors.
 */
export function rawView(
  html: string,
  { reads = [], view, part, folder, where }: { reads?: readonly string[]; view: string; part?: string; folder: string; where: string },
): string {
  // Either would end the raw text early, or change how the parser reads it.
  const breaking = /<\/script|<!--/i.exec(html)?.[0];
  if (breaking) throw new Error(`${where}: the view ${view} holds "${breaking}" and cannot be kept as raw text`);
  const into = part === undefined ? "" : ` data-part="${part}"`;
  const relative = html.replace(/(\shref=")\/(?!\/)/g, (_, attribute: string) => attribute + fromFolder(folder));
  return (
    `<script type="text/html" class="built" data-reads="${reads.join(" ")}" data-view="${view}"${into}>${relative}</script>` +
    '<script class="built">frikommuneAskedView(document.currentScript)</script>'
  );
}

/** The site's root as a link from a page in `folder`, as Framework writes it: "./", "../". */
const fromFolder = (folder: string) => (folder === "." ? "./" : "../".repeat(folder.split("/").length));
