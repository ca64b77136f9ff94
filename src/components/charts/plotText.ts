// Wrapped labels in Plot charts: how wide to wrap, and how many lines a label will take, so charts can size their rows.

/** Plot's default font size; its `lineWidth` option is measured in ems of it. */
const FONT_PX = 10;
export const LINE_PX = 12;
// Plot estimates text width from its own character table; system fonts run wider, so wrap early.
const WRAP = 0.85;
const CHAR_EMS = 0.55;

/** The `lineWidth` (in ems) for labels that must fit in `px` pixels. */
export function wrapEms(px: number): number {
  return (px / FONT_PX) * WRAP;
}

/** Lines a label wrapped at `ems` is expected to take. */
export function lineCount(text: string, ems: number): number {
  return Math.max(1, Math.ceil((text.length * CHAR_EMS) / ems));
}

// Plot's default font, measured where exact widths matter (a margin that must hold a label), on a
// canvas made at the first measurement. Where there is no canvas (Node: the drawings made at build time,
// and the unit tests' charts), the width is estimated at HOLD_EMS per character instead: the same
// everywhere, so the tests' snapshots do not depend on the fonts of the machine, and wider than CHAR_EMS,
// as a label cut or a margin set in Node must hold its text in a reader's font (in Chromium on Linux, a
// narrow timeline's "Medborgerskab kombin…", cut at 0.55 em a letter, lost its first letter). Browsers always measure.
const HOLD_EMS = 0.62;
let measure: CanvasRenderingContext2D | null | undefined;

function context(): CanvasRenderingContext2D | null {
  if (measure === undefined) {
    measure = globalThis.document?.createElement("canvas").getContext("2d") ?? null;
    if (measure) measure.font = `${FONT_PX}px system-ui, sans-serif`;
  }
  return measure;
}

/**
 * A one-line label's width as estimated everywhere (CHAR_EMS per character), for what sets a chart's box:
 * a box that depends on the reader's fonts would differ from the chart drawn at build time (Node has no
 * fonts), and the page would move when the live chart took its place.
 */
export function estimatedPx(text: string): number {
  return Math.ceil(text.length * CHAR_EMS * FONT_PX);
}

/** Width in pixels of a one-line label. */
export function textPx(text: string): number {
  const measure = context();
  return Math.ceil(measure ? measure.measureText(text).width : text.length * HOLD_EMS * FONT_PX);
}

/** `text` as it fits `px` pixels on one line: whole, or cut at a word or letter with "…". */
export function fitText(text: string, px: number): string {
  if (textPx(text) <= px) return text;
  let [lo, hi] = [0, text.length - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textPx(`${text.slice(0, mid).trimEnd()}…`) <= px) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, Math.max(1, lo)).trimEnd()}…`;
}

/** A text's first eight words, spaces made single, and "…", if it has more; the text otherwise (a tooltip's line). */
export function firstWords(text: string): string {
  // Only the start is read: splitting whole findings for every cell's tooltip took 10 ms a redraw at 1000× data.
  const start = FIRST_WORDS.exec(text);
  return start ? `${start[1].replace(/\s+/g, " ")} …` : text;
}
// Eight words (the first empty where the text starts with a space) and the space after them.
const FIRST_WORDS = /^(\S*(?:\s+\S+){7})\s/;
