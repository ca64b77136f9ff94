// The embed's styles: the module adds EMBED_CSS to a page that embeds a chart; an embed page
// (/embed/<chart>) has them in its <head> from the start (observablehq.config.ts), so that its drawing
// made at build time is laid out in them at the first paint, before anything of the chart is parsed.
import type { ChartName } from "../components/presenter/chartState.js";

/** Charts draw their labels at 10–11 px (Plot's default); the embed is zoomed at least this much, so none is under 12 px. */
export const LEGIBLE = 1.2;

// Legend and source line at 10 px: the frame is zoomed at least LEGIBLE (1.2×), so they show at 12 px
// and leave the chart the rest of a small frame.
export const EMBED_CSS = `
.fk-embed { position: relative; box-sizing: border-box; width: 100%; height: 100%; max-width: none; margin: 0; overflow: hidden;
  background: var(--theme-background); color: var(--theme-foreground); font: 14px/1.35 system-ui, sans-serif; text-align: left; }
.fk-embed.fk-ratio { height: auto; aspect-ratio: 16 / 9; }
.fk-embed.fk-window { position: fixed; inset: 0; width: auto; height: auto; z-index: 10; }
.fk-frame { display: flex; flex-direction: column; box-sizing: border-box; padding: 10px 14px 6px; }
.fk-head { margin: 0 0 4px; max-width: none; font: inherit; color: inherit; }
.fk-head strong { display: block; font-size: 17px; line-height: 1.2; }
.fk-head > span { display: block; font-size: 13px; color: var(--theme-foreground-muted); }
.fk-head [data-legend] { font-size: 10px !important; margin: 4px 0 0 !important; gap: 0.2rem 0.9rem !important; max-width: none; }
.fk-chart { flex: 1; min-height: 0; text-align: center; overflow: hidden; }
.fk-fit { display: inline-block; text-align: left; vertical-align: top; }
.fk-foot { margin: 2px 0 0; max-width: none; font-size: 10px; line-height: 1.3; color: var(--theme-foreground-muted); overflow-wrap: anywhere; }
.fk-more { color: var(--theme-foreground); }
.fk-foot a { color: inherit; }
.fk-empty { margin: 2rem 0; color: var(--theme-foreground-muted); }
.fk-embed .theme-matrix-detail { display: none; }
.fk-alt { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
html.fk-embed-page, html.fk-embed-page body { overflow: hidden; background: var(--theme-background); }
`;

/**
 * The windows a drawing of an embed page is made for, widest first, each with the media query that
 * chooses it: a 1280 × 720 screen or larger (the frame is 960 × 540, zoomed ≥ 1.2), a presenter's 800 × 450
 * (a 667 × 375 frame at zoom 1.2), and a 420 × 900 phone (350 × 750 at 1.2). A window smaller than the
 * phone's gets the phone's drawing scaled down until the script draws the chart for it.
 */
export const BUILT_FRAMES = {
  wide: "(min-width: 1152px) and (min-height: 648px)",
  medium: "(min-width: 800px) and (min-height: 450px)",
  narrow: "all",
} as const;

/**
 * Each chart's box in those frames, as its caption, legend and source line leave it in Chromium (measured
 * at 1280 × 720, 800 × 450 and 420 × 900): the drawing is made for it, so it shows what the live chart
 * shows there, at the same size. Where a box comes out larger (a taller window) the drawing is scaled up
 * to fill it; test/browser/build-time.test.ts checks that the live chart drew the same marks.
 */
export const BUILT_BOXES: Record<ChartName, Record<BuiltFrame, { width: number; height: number }>> = {
  timeline: { wide: { width: 932, height: 411 }, medium: { width: 639, height: 216 }, narrow: { width: 322, height: 493 } },
  participation: { wide: { width: 932, height: 423 }, medium: { width: 639, height: 232 }, narrow: { width: 322, height: 518 } },
  "outcomes-figures": { wide: { width: 932, height: 454 }, medium: { width: 639, height: 276 }, narrow: { width: 322, height: 612 } },
  "outcomes-themes": { wide: { width: 932, height: 441 }, medium: { width: 639, height: 250 }, narrow: { width: 322, height: 586 } },
};

export type BuiltFrame = keyof typeof BUILT_FRAMES;

/**
 * An embed page's frame before its script runs: zoomed as layout() zooms it, where the browser can divide
 * lengths; of its frames (one per BUILT_FRAMES), the one for the window, its drawing scaled to the box. A
 * frame's caption and source line come before its chart box in the HTML (builtEmbed), the source line shown
 * last, and the drawing's width is set: once the parser reaches the box, nothing in the frame can move, and
 * the frame is shown, its chart painted as it arrives like any image (src/style.css), not once the parser
 * is past the frame. (Sized by its content, the box of the figures' panels grew as each arrived and moved
 * them, centred: served 512 bytes at a time to a 6× slower CPU.)
 */
export const BUILT_CSS = `
.fk-built-embed > .fk-frame:not(:has(> .fk-chart)) { visibility: hidden; }
.fk-built-embed .fk-foot { order: 1; }
.fk-built-embed > .fk-frame { --k: ${LEGIBLE}; --k: max(${LEGIBLE}, min(100vw / 960px, 100vh / 540px)); zoom: var(--k); width: calc(100vw / var(--k)); height: calc(100vh / var(--k)); }
.fk-built-embed .fk-chart { container-type: size; }
.fk-built-embed .fk-fit { width: var(--drawn-width); zoom: min(2, 100cqw / var(--drawn-width), 100cqh / var(--drawn-height)); }
.fk-built-embed > .fk-frame:not(.fk-built-narrow) { display: none; }
@media ${BUILT_FRAMES.medium} { .fk-built-embed > .fk-frame.fk-built-narrow { display: none; } .fk-built-embed > .fk-frame.fk-built-medium { display: flex; } }
@media ${BUILT_FRAMES.wide} { .fk-built-embed > .fk-frame.fk-built-medium { display: none; } .fk-built-embed > .fk-frame.fk-built-wide { display: flex; } }
`;

/** What an embed page's <head> adds: the themes, the embed's styles and its drawing's, the page filled by the chart from the first paint. */
export const EMBED_PAGE_CSS = (frameCss: string) => `${frameCss}${EMBED_CSS}${BUILT_CSS}html, body { overflow: hidden; background: var(--theme-background); }`;
