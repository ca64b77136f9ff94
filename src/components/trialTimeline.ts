// Trial periods on a time axis (a Gantt chart): how long each trial ran, how it ended, and what was
// decided around it. Solid bar = the trial period; hatched = continued or extended; × = cancelled;
// ▸ = still running when the document was written. Milestones from `events` sit on their own row.
import * as Plot from "npm:@observablehq/plot";
import { formatDate, formatNumber, formatTimeTick } from "./locale.js";
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
  events?: TimelineEvent[];
  /** Trial ids, top to bottom; defaults to the order given. */
  order?: string[];
}

const MILESTONES = "Milestones (milepæle)";
const RECOMMENDATION: Record<string, string> = { yes: "yes (ja)", no: "no (nej)", already_law: "already law (allerede lovgivning)" };
let patterns = 0;

/** "1. juli 2012 – 31. december 2015 (1.279 days, about 42 months)". */
export function describePeriod(t: TimelineTrial): string {
  const months = Math.round(t.days / 30.44);
  return `${formatDate(t.start_date, t.start_precision)} – ${formatDate(t.end_date, t.end_precision)} (${formatNumber(t.days)} days, about ${months} months)`;
}

export function describeTrial(t: TimelineTrial): string {
  const extended = t.extended_until === null ? "" : `\nContinued/extended until ${formatDate(t.extended_until, "day")}`;
  return `${t.title}\n${describePeriod(t)}${extended}\nStatus: ${statusLabel(t.status)} · recommended for law: ${recommendationLabel(t.recommendation)}\n“${truncate(t.quote, 160)}” (${t.doc_id}, line ${t.source_line})`;
}

export function recommendationLabel(recommendation: string | null): string {
  return recommendation === null ? "not stated" : RECOMMENDATION[recommendation];
}

export function statusLabel(status: string | null): string {
  return STATUS.find((s) => s.key === (status ?? "unknown"))!.label;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

export function trialTimeline(trials: TimelineTrial[], { width = 900, events = [], order }: TimelineOptions = {}): SVGSVGElement {
  const narrow = width < 640;
  const labelLength = narrow ? 19 : 52;
  const label = new Map(trials.map((t) => [t.trial_id, truncate(t.title, labelLength)]));
  const rows = order ?? trials.map((t) => t.trial_id);
  const y = (t: { trial_id: string }) => label.get(t.trial_id);
  const hatch = `trial-hatch-${++patterns}`;
  const colour = (status: string) => STATUS.find((s) => s.key === status)!.color;
  const extended = trials.filter((t) => t.extended_until !== null && t.extended_until > t.end_date);

  const chart = Plot.plot({
    width,
    height: 60 + 22 * (rows.length + (events.length ? 1 : 0)),
    marginLeft: narrow ? 130 : 330,
    marginRight: 20,
    x: { type: "utc", grid: true, label: null, tickFormat: formatTimeTick, ticks: narrow ? 4 : 10 },
    y: {
      domain: [...(events.length ? [MILESTONES] : []), ...rows.map((id) => label.get(id)!)],
      label: null,
      tickSize: 0,
    },
    marks: [
      Plot.barX(extended, { x1: "end_date", x2: "extended_until", y, fill: `url(#${hatch})`, stroke: "currentColor", strokeOpacity: 0.4, insetTop: 4, insetBottom: 4, ariaDescription: "extension" }),
      Plot.barX(trials, {
        x1: "start_date", x2: "end_date", y, fill: (t: TimelineTrial) => colour(t.status), insetTop: 3, insetBottom: 3, ariaDescription: "trial period",
        title: describeTrial, tip: { maxWidth: 360, lineHeight: 1.3 },
      }),
      Plot.dot(trials.filter((t) => t.status === "cancelled"), { x: "end_date", y, symbol: "times", r: 6, stroke: colour("cancelled"), strokeWidth: 3, ariaDescription: "cancellation" }),
      Plot.dot(trials.filter((t) => t.status === "ongoing"), { x: "end_date", y, symbol: "triangle", rotate: 90, r: 5, fill: colour("ongoing"), ariaDescription: "still running" }),
      Plot.dot(events, {
        x: "date", y: () => MILESTONES, r: 4, fill: "currentColor", fillOpacity: 0.6, ariaDescription: "milestone",
        title: (e: TimelineEvent) => `${formatDate(e.date, e.date_precision)}: ${e.event.replaceAll("_", " ")}\n“${truncate(e.quote, 160)}”`,
        tip: { maxWidth: 360 },
      }),
    ],
  }) as SVGSVGElement;

  const defs = document.createElementNS("http://www.w3.org/2000/svg", "defs");
  defs.innerHTML = `<pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="var(--theme-background, white)"/><line x1="0" y1="0" x2="0" y2="6" stroke="${colour("completed")}" stroke-width="3"/></pattern>`;
  chart.prepend(defs);
  chart.setAttribute("role", "img");
  chart.setAttribute(
    "aria-label",
    `Timeline of ${trials.length} trial periods from ${formatDate(Math.min(...trials.map((t) => t.start_date)))} to ${formatDate(Math.max(...trials.map((t) => t.end_date)))}` +
      `, ${trials.filter((t) => t.status === "cancelled").length} cancelled, ${extended.length} continued or extended` +
      (events.length ? `, with ${events.length} dated milestones` : ""),
  );
  return chart;
}

/** The legend as HTML swatches, matching the marks' encodings. */
export function timelineLegend(): HTMLElement {
  const div = document.createElement("div");
  div.className = "timeline-legend";
  div.innerHTML = [
    `<span><i style="background:${STATUS[0].color}"></i>trial period (forsøgsperiode)</span>`,
    `<span><i class="hatched"></i>continued or extended (fortsat / forlænget)</span>`,
    `<span><b style="color:${STATUS[2].color}">×</b>cancelled (annulleret)</span>`,
    `<span><b style="color:${STATUS[1].color}">▶</b>still running (kører fortsat)</span>`,
    `<span><b>●</b>milestone (milepæl)</span>`,
  ].join("");
  return div;
}
