// How a chart is shown, on a chart page or in an embed: forced light or dark theme (?theme=), and
// presentation mode (?present): everything larger, more contrast, no controls.
import { serialiseState, type ChartName, type ChartState } from "./chartState.js";
import { PALETTE_DARK } from "../charts/palette.js";

// Framework's default themes (air for light, near-midnight for dark), so a forced theme looks like the
// site in that colour scheme. Embeds on other sites have no Framework styles: `.fk-embed` carries the
// same variables itself and follows the reader's system setting unless a theme is forced.

const LIGHT =
  "color-scheme: light; --theme-foreground: #1b1e23; --theme-foreground-focus: #3b5fc0; --theme-background-a: #ffffff; --theme-background-b: color-mix(in srgb, var(--theme-foreground) 4%, var(--theme-background-a)); --fk-base: var(--theme-background-a);";
const DARK = `${PALETTE_DARK}color-scheme: dark; --theme-foreground: #dfdfd6; --theme-foreground-focus: oklch(0.712564 0.257662 265.758); --theme-background-b: #161616; --theme-background-a: color-mix(in srgb, var(--theme-foreground) 4%, var(--theme-background-b)); --fk-base: var(--theme-background-b);`;
const mix = (percent: number) => `color-mix(in srgb, var(--theme-foreground) ${percent}%, var(--fk-base, var(--theme-background)))`;
// Muted text mixes 65% (not Framework's 60%) to reach 4.5:1 on either background, as in src/style.css.
const DERIVED = `--theme-background: var(--theme-background-a); --theme-background-alt: var(--theme-background-b); --theme-foreground-alt: ${mix(90)}; --theme-foreground-muted: ${mix(65)}; --theme-foreground-faint: ${mix(50)}; --theme-foreground-fainter: ${mix(30)}; --theme-foreground-faintest: ${mix(14)};`;
// In presentation mode muted text is full strength and faint lines darker.
const CONTRAST = `--theme-foreground-muted: var(--theme-foreground); --theme-foreground-faint: ${mix(75)}; --theme-foreground-fainter: ${mix(45)};`;
/** How much larger a chart page's content is drawn in presentation mode. */
export const PRESENT_ZOOM = 1.4;

/** The themes and presentation mode; the page loader also writes them into an embed page drawn at build time. */
export const FRAME_CSS = `
.fk-embed, :root[data-theme="light"], .fk-embed[data-theme="light"] { ${LIGHT} }
@media (prefers-color-scheme: dark) { .fk-embed { ${DARK} } }
:root[data-theme="dark"], .fk-embed[data-theme="dark"] { ${DARK} }
.fk-embed, :root[data-theme] { ${DERIVED} }
:root.present, .fk-embed.present { ${CONTRAST} }
/* A chart page in presentation mode: the content only, zoomed (Framework's width follows, so charts are
   drawn for the zoomed width and stay sharp), controls and navigation hidden, and the introduction and
   count cards (.present-hidden) too, so that the chart is on the first screen. */
:root.present #observablehq-main { zoom: ${PRESENT_ZOOM}; }
:root.present #observablehq-sidebar, :root.present #observablehq-sidebar-toggle, :root.present #observablehq-toc,
:root.present #observablehq-footer, :root.present .chart-tools, :root.present .present-hidden,
:root.present form[class^="inputs-"]:not([class*="-table"]) { display: none !important; }
:root.present #observablehq-center { padding: 0 1rem !important; --observablehq-inset-left: 0rem; }
:root.present body { max-width: none; }
`;

let styled = false;

/** Adds the theme and presentation styles to the document, once. */
export function addFrameStyles(): void {
  if (styled) return;
  styled = true;
  const style = document.createElement("style");
  style.textContent = FRAME_CSS;
  document.head.append(style);
}

/** A chart page shows the state's theme and presentation mode (the page's prose keeps its language). */
export function applyPageView({ theme, present }: Pick<ChartState, "theme" | "present">): void {
  addFrameStyles();
  const root = document.documentElement;
  if (theme) root.dataset.theme = theme;
  else delete root.dataset.theme;
  root.classList.toggle("present", present);
}

/** The query keepInAddress() will write, or null when none waits. */
let waiting: string | null = null;

/**
 * The page's address follows the chart's state, so a copied link opens the same view: after the next
 * paint, with the latest state. Called during a filter change, replaceState took 21–42 ms of it at 1000×
 * data (/participation, ahead of the redrawn chart); after the paint, 1–8 ms.
 */
export function keepInAddress(chart: ChartName, state: ChartState): void {
  const scheduled = waiting !== null;
  waiting = serialiseState(chart, state);
  if (scheduled) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      const query = waiting;
      waiting = null;
      history.replaceState(history.state, "", `${query ? `?${query}` : location.pathname}${location.hash}`);
    }),
  );
}
