// What each chart page shows in its default view before its script runs, made by the same functions the
// page runs: a page loader writes it into the page's HTML. A chart is drawn at each of the widths it is
// made for; a text (a count, a date in the introduction) is written once.
import { durationsRows, milestoneRows, type Tables } from "../../src/components/chartRows.ts";
import { parseState } from "../../src/components/chartState.ts";
import { durationsIntro } from "../../src/components/durationsIntro.ts";
import { formatNumber } from "../../src/components/locale.ts";
import { TIMELINE_LIMIT, timelineLegend, trialTimeline, type TimelineEvent, type TimelineTrial } from "../../src/components/trialTimeline.ts";

export interface DrawOptions {
  width: number;
  document: Document;
}

export type Drawing =
  | { kind: "chart"; draw: (options: DrawOptions) => Element }
  | { kind: "element"; draw: (options: Omit<DrawOptions, "width">) => Element }
  | { kind: "text"; text: string };

const chart = (draw: (options: DrawOptions) => Element): Drawing => ({ kind: "chart", draw });
const text = (value: string): Drawing => ({ kind: "text", text: value });

/** The durations page's default view: every trial with a stated period, by start, and the milestones. */
function durations(tables: Tables): Record<string, Drawing> {
  const state = parseState("timeline");
  const filters = { ...state, municipality: null };
  const { chart: trials, counts } = durationsRows(tables, filters, state.sort, TIMELINE_LIMIT);
  const events = milestoneRows(tables, filters, TIMELINE_LIMIT) as TimelineEvent[];
  const intro = durationsIntro(tables);
  return {
    timeline: chart(({ width, document }) => trialTimeline(trials as TimelineTrial[], { width, order: trials.map((t) => t.trial_id), events, document })),
    "timeline-legend": { kind: "element", draw: ({ document }) => timelineLegend({ document }) },
    "intro-continued-to": text(intro.continuedTo),
    "intro-fk2-start": text(intro.fk2Start),
    "intro-extension": text(intro.extension),
    "intro-fk2-end": text(intro.fk2End),
    "count-dated": text(formatNumber(counts.dated)),
    "count-cancelled": text(formatNumber(counts.cancelled)),
    "count-extended": text(formatNumber(counts.extended)),
    "count-not-drawn": text(formatNumber(counts.unused + counts.undated)),
    "count-unused": text(formatNumber(counts.unused)),
    "count-undated": text(formatNumber(counts.undated)),
  };
}

/** Each page's drawings, by the page's name. */
export const PAGES: Record<string, (tables: Tables) => Record<string, Drawing>> = { durations };
