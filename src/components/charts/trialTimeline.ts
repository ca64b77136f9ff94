// Trial periods on a time axis (a Gantt chart): how long each trial ran, how it ended, and what was
// decided around it. Solid bar = the trial period; hatched = continued or extended; a cross = cancelled; a
// triangle pointing right = still running when the document was written. Milestones sit on their own row.
import * as Plot from "npm:@observablehq/plot";
import { pathRound, symbolTimes, symbolTriangle, type SymbolType } from "npm:d3";
import { pick, say, type Lang } from "../presenter/chartState.js";
import { drawnWidth } from "./chartWidth.js";
import { keyboardMarks, type KeyboardMark } from "./keyboard.js";
import { formatCount, formatDate, formatNumber, formatTimeTick } from "../text/locale.js";
import { groupMarks } from "./markRoles.js";
import { fitText, textPx } from "./plotText.js";
import { trialName } from "../text/provenance.js";
import { STATUS } from "./trialStatusChart.js";

export interface TimelineTrial {
  trial_id: string;
  title: string;
  programme: string;
  start_date: number;
  start_precision: string;
  end_date: number;
  end_precision: string;
  status: string;
  extended_until: number | null;
  recommendation: string | null;
  days: number;
  doc_id: string;
  source_line: number;
  quote: string;
  /** A title the trial catalogue does not know yet: drawn only when the reader includes such rows, and named so. */
  provisional?: boolean;
}

export interface TimelineEvent {
  date: number;
  date_precision: string;
  event: string;
  quote: string;
  doc_id: string;
  source_line: number;
}

export interface TimelineOptions {
  width?: number;
  /** Rows stretch to fill this height (never below 14 px); without it, 22 px a row. */
  height?: number;
  events?: TimelineEvent[];
  /** Trial ids, top to bottom; defaults to the order given. */
  order?: string[];
  /** A trial id drawn outlined while the others are drawn paler. */
  highlight?: string | null;
  /** Projector contrast: stronger grid, solid milestones, thicker bars. */
  present?: boolean;
  lang?: Lang | null;
  /** The document to draw into (Plot's `document` option), such as a jsdom document in Node; the page's by default. */
  document?: Document;
}

const RECOMMENDATION: Record<string, [string, string]> = { yes: ["yes", "ja"], no: ["no", "nej"], already_law: ["already law", "allerede lovgivning"] };
let patterns = 0;

/** The symbols at a trial's end and on the milestone row, as the chart draws them outside presentation mode and its legend repeats them. */
const SYMBOLS = {
  cancelled: { symbol: "times", r: 6, strokeWidth: 3 },
  ongoing: { symbol: "triangle", rotate: 90, r: 5 },
  milestone: { r: 4, fillOpacity: 0.6 },
} as const;

const colour = (status: string) => STATUS.find((s) => s.key === status)!.color;

/** "1. juli 2012 – 31. december 2015 (1.279 days, about 42 months)". */
export function describePeriod(t: TimelineTrial): string {
  const months = Math.round(t.days / 30.44);
  return `${formatDate(t.start_date, t.start_precision)} – ${formatDate(t.end_date, t.end_precision)} (${formatNumber(t.days)} days, about ${months} months)`;
}

export function describeTrial(t: TimelineTrial): string {
  const extended = t.extended_until === null ? "" : `\nContinued/extended until ${formatDate(t.extended_until, "day")}`;
  return `${trialName(t)}\n${describePeriod(t)}${extended}\nStatus: ${statusLabel(t.status)} · recommended for law: ${recommendationLabel(t.recommendation)}\n“${truncate(t.quote, 160)}” (${t.doc_id}, line ${t.source_line})`;
}

export function recommendationLabel(recommendation: string | null, lang: Lang | null = null): string {
  return recommendation === null ? pick(lang, "not stated", "ikke oplyst") : say(lang, ...RECOMMENDATION[recommendation]);
}

export function statusLabel(status: string | null, lang: Lang | null = null): string {
  const s = STATUS.find((s) => s.key === (status ?? "unknown"))!;
  return lang ? s[lang] : s.label;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

export function trialTimeline(
  trials: TimelineTrial[],
  { width: asked = 900, height, events = [], order, highlight = null, present = false, lang = null, document = globalThis.document }: TimelineOptions = {},
): SVGSVGElement {
  const width = drawnWidth(asked);
  const MILESTONES = say(lang, "Milestones", "milepæle");
  const narrow = width < 640;
  const ticks = narrow ? 4 : 10;
  const rows = order ?? trials.map((t) => t.trial_id);
  // Only the trials `order` names are drawn.
  if (order) {
    const drawn = new Set(order);
    trials = trials.filter((t) => drawn.has(t.trial_id));
  }
  // Titles get up to 40% of a wide chart, as much as the longest needs; one that still does not fit is cut to the margin.
  const marginLeft = narrow ? 130 : Math.min(Math.round(width * 0.4), Math.max(textPx(MILESTONES), ...trials.map((t) => textPx(trialName(t, lang)))) + 12);
  const label = new Map(trials.map((t) => [t.trial_id, fitText(trialName(t, lang), marginLeft - 10)]));
  const y = (t: { trial_id: string }) => label.get(t.trial_id);
  const hatch = `trial-hatch-${++patterns}`;
  const extended = trials.filter((t) => t.extended_until !== null && t.extended_until > t.end_date);
  const lines = rows.length + (events.length ? 1 : 0);
  const step = height === undefined ? 22 : Math.max(14, (height - 60) / lines);
  // Others recede behind the highlighted trial, if it is drawn at all.
  const lit = trials.some((t) => t.trial_id === highlight) ? highlight : null;
  const opacity = (t: TimelineTrial) => (lit === null || t.trial_id === lit ? 1 : 0.35);
  const inset = present ? 2 : 3;
  // Bars and milestones, reached by the arrow keys; Enter sets the chart's value as pointing at one does.
  const marks: KeyboardMark[] = [];
  const reachable = <T>(data: T[], key: (d: T) => string, label: (d: T) => string) => ({
    render(
      index: number[],
      scales: Plot.ScaleFunctions,
      values: Plot.ChannelValues,
      dimensions: Plot.Dimensions,
      context: Plot.Context,
      next?: Plot.RenderFunction,
    ) {
      const g = next!(index, scales, values, dimensions, context)!;
      g.querySelectorAll(":scope > *").forEach((element, j) => {
        const d = data[index[j]];
        marks.push({ element, key: key(d), label: label(d), activate: () => choose(d) });
      });
      return g;
    },
  });
  const choose = (d: unknown) => {
    Object.assign(chart, { value: d });
    chart.dispatchEvent(new Event("input", { bubbles: true }));
  };

  const chart = Plot.plot({
    document,
    width,
    height: Math.floor(60 + step * lines),
    marginLeft,
    marginRight: 20,
    // A scale's grid takes no style options: the projector's stronger grid is a mark of its own (under the bars).
    x: { type: "utc", grid: !present, label: null, tickFormat: formatTimeTick, ticks },
    y: {
      domain: [...(events.length ? [MILESTONES] : []), ...rows.map((id) => label.get(id)!)],
      label: null,
      tickSize: 0,
    },
    marks: [
      ...(present ? [Plot.gridX({ ticks, strokeOpacity: 0.3 })] : []),
      Plot.barX(extended, {
        x1: "end_date",
        x2: "extended_until",
        y,
        fill: `url(#${hatch})`,
        stroke: "currentColor",
        strokeOpacity: present ? 0.8 : 0.4,
        opacity,
        insetTop: inset + 1,
        insetBottom: inset + 1,
        ariaDescription: "extension",
      }),
      Plot.barX(trials, {
        x1: "start_date",
        x2: "end_date",
        y,
        fill: (t: TimelineTrial) => colour(t.status),
        opacity,
        insetTop: inset,
        insetBottom: inset,
        ariaDescription: "trial period",
        // Plot's tip has no maxWidth: it wraps its lines at 20 ems (lineWidth), about 200 px at its 10 px type.
        title: describeTrial,
        tip: { lineHeight: 1.3 },
        ...reachable(
          trials,
          (t) => t.trial_id,
          (t) => `${trialName(t, lang)}: ${describePeriod(t)}, ${statusLabel(t.status, lang)}`,
        ),
      }),
      Plot.barX(
        trials.filter((t) => t.trial_id === highlight),
        {
          x1: "start_date",
          x2: (t: TimelineTrial) => Math.max(t.end_date, t.extended_until ?? t.end_date),
          y,
          fill: "none",
          stroke: "currentColor",
          strokeWidth: 2,
          insetTop: inset - 1,
          insetBottom: inset - 1,
          ariaDescription: "highlighted trial",
        },
      ),
      Plot.dot(
        trials.filter((t) => t.status === "cancelled"),
        {
          x: "end_date",
          y,
          ...SYMBOLS.cancelled,
          stroke: colour("cancelled"),
          strokeWidth: present ? 4 : SYMBOLS.cancelled.strokeWidth,
          opacity,
          ariaDescription: "cancellation",
        },
      ),
      Plot.dot(
        trials.filter((t) => t.status === "ongoing"),
        { x: "end_date", y, ...SYMBOLS.ongoing, fill: colour("ongoing"), opacity, ariaDescription: "still running" },
      ),
      Plot.dot(events, {
        x: "date",
        y: () => MILESTONES,
        r: present ? 5 : SYMBOLS.milestone.r,
        fill: "currentColor",
        fillOpacity: present ? 1 : SYMBOLS.milestone.fillOpacity,
        ariaDescription: "milestone",
        title: (e: TimelineEvent) => `${formatDate(e.date, e.date_precision)}: ${e.event.replaceAll("_", " ")}\n“${truncate(e.quote, 160)}”`,
        tip: true,
        ...reachable(
          events,
          (e) => `event|${e.date}|${e.event}`,
          (e) => `${formatDate(e.date, e.date_precision)}: ${e.event.replaceAll("_", " ")}`,
        ),
      }),
    ],
  }) as SVGSVGElement;

  const defs = document.createElementNS("http://www.w3.org/2000/svg", "defs");
  defs.innerHTML = `<pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="var(--theme-background, white)"/><line x1="0" y1="0" x2="0" y2="6" stroke="${colour("completed")}" stroke-width="3"/></pattern>`;
  chart.prepend(defs);
  groupMarks(chart);
  keyboardMarks(chart, marks, {
    name: "timeline",
    label:
      `Timeline of ${formatCount(trials.length, "trial period", "trial periods")} from ${formatDate(Math.min(...trials.map((t) => t.start_date)))} to ${formatDate(Math.max(...trials.map((t) => t.end_date)))}` +
      `, ${trials.filter((t) => t.status === "cancelled").length} cancelled, ${extended.length} continued or extended` +
      (events.length ? `, with ${formatCount(events.length, "dated milestone", "dated milestones")}` : ""),
  });
  return chart;
}

/** A symbol's path as Plot's dot draws it: the area of a circle of radius `r`. */
function symbolPath(type: SymbolType, r: number): string {
  const path = pathRound();
  type.draw(path, r * r * Math.PI);
  return String(path);
}

/**
 * The legend, matching the marks' encodings; its swatches are SVG so that image export can copy them. They
 * draw the chart's own symbols, not characters: a glyph such as ▶ is in few fonts, and a browser looks
 * through the system's for it before the page can be laid out.
 */
export function timelineLegend({ lang = null, document = globalThis.document }: { lang?: Lang | null; document?: Document } = {}): HTMLElement {
  const swatch = (shape: string) => `<svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true">${shape}</svg>`;
  // A symbol at three quarters of its size in the chart: the cross with its stroke is 16 px tall there, and a
  // taller swatch would make each of the legend's lines taller (an embed's frames are measured with these).
  const centred = (rotate = 0) => `translate(9,6) scale(0.75)${rotate ? ` rotate(${rotate})` : ""}`;
  const { cancelled, ongoing, milestone } = SYMBOLS;
  const hatch = `timeline-legend-hatch-${++patterns}`;
  const div = document.createElement("div");
  div.className = "timeline-legend";
  div.dataset.legend = "";
  div.style.cssText = "display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; font-size: 0.8rem; margin: 0.3rem 0 0.6rem;";
  div.innerHTML = [
    [swatch(`<rect width="18" height="12" fill="${colour("completed")}"/>`), say(lang, "trial period", "forsøgsperiode")],
    [
      swatch(
        `<pattern id="${hatch}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="4" stroke="${colour("completed")}" stroke-width="2"/></pattern>` +
          `<rect x="0.5" y="0.5" width="17" height="11" fill="url(#${hatch})" stroke="currentColor" stroke-opacity="0.5"/>`,
      ),
      say(lang, "continued or extended", "fortsat / forlænget"),
    ],
    [
      swatch(
        `<path transform="${centred()}" d="${symbolPath(symbolTimes, cancelled.r)}" fill="none" stroke="${colour("cancelled")}" stroke-width="${cancelled.strokeWidth}"/>`,
      ),
      say(lang, "cancelled", "annulleret"),
    ],
    [
      swatch(`<path transform="${centred(ongoing.rotate)}" d="${symbolPath(symbolTriangle, ongoing.r)}" fill="${colour("ongoing")}"/>`),
      say(lang, "still running", "kører fortsat"),
    ],
    [
      swatch(`<circle transform="${centred()}" r="${milestone.r}" fill="currentColor" fill-opacity="${milestone.fillOpacity}"/>`),
      say(lang, "milestone", "milepæl"),
    ],
  ]
    .map(([svg, label]) => `<span style="display: inline-flex; align-items: center; gap: 0.3rem;">${svg}${label}</span>`)
    .join("");
  return div;
}
