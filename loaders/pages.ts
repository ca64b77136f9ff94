/**
 * Page markers in a seed's text. A document added from a PDF has `--- side N ---` on its own line before
 * each page, so a line number keeps pointing at the same words and every line knows its page.
 */

const MARKER = /^--- side (\d+) ---$/;

export function pageMarker(page: number): string {
  return `--- side ${page} ---`;
}

/** The page a marker line starts, or null for any other line. */
export function markerPage(line: string): number | null {
  const m = MARKER.exec(line);
  return m ? Number(m[1]) : null;
}

/** Pages (each a list of lines) as one text: a marker before each page, trailing blank lines dropped, final newline. */
export function joinPages(pages: string[][]): string {
  return pages.map((lines, i) => `${pageMarker(i + 1)}\n${lines.join("\n").replace(/\s+$/, "")}\n`).join("");
}

/** The page of every line (`lines[0]` is line 1): null throughout for a text without markers. */
export function pageOfLines(lines: string[]): Array<number | null> {
  let page: number | null = null;
  return lines.map((line) => (page = markerPage(line) ?? page));
}
