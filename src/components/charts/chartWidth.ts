/** The narrowest chart drawn: Framework reports a width of 0 before the page is laid out, which would give bars and label columns negative widths. */
export const MIN_CHART_WIDTH = 280;

/** The width a chart is drawn at when `asked` for (Framework's `width`, or an embed's box). */
export function drawnWidth(asked: number): number {
  return Math.max(MIN_CHART_WIDTH, asked);
}
