// What each chart page shows in its default view before its script runs, made by the same functions the
// page runs: a page loader writes it into the page's HTML. A chart is drawn at each of the widths it is
// made for; a text (a count, a date in the introduction) is written once. Rows come from the page's views
// (src/components/views/), their base rows computed as the build's view loaders compute them.
import { baseRows } from "../../loaders/views.ts";
import type { Corpus } from "../../loaders/corpus.ts";
import { parseState } from "../../src/components/chartState.ts";
import { durationsIntro } from "../../src/components/durationsIntro.ts";
import { formatNumber } from "../../src/components/locale.ts";
import { timelineLegend, trialTimeline, type TimelineEvent, type TimelineTrial } from "../../src/components/trialTimeline.ts";
import { milestones, periods, selectedTrials, trialSummary } from "../../src/components/views/timeline.ts";
import { applyView } from "../../src/components/views/view.ts";

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
async function durations(tables: Corpus["tables"]): Promise<Record<string, Drawing>> {
  const state = parseState("timeline");
  const trialBase = await baseRows(selectedTrials, tables);
  const milestoneBase = await baseRows(milestones, tables);
  const trials = applyView(periods, trialBase.rows, state) as TimelineTrial[];
  const events = applyView(milestones, milestoneBase.rows, state) as TimelineEvent[];
  const { counts } = trialSummary(applyView(selectedTrials, trialBase.rows, state));
  const intro = durationsIntro(trialBase.rows, milestoneBase.rows);
  return {
    timeline: chart(({ width, document }) => trialTimeline(trials, { width, order: trials.map((t) => t.trial_id), events, document })),
    "timeline-legend": { kind: "element", draw: ({ document }) => timelineLegend({ document }) },
    intro: text(intro),
    "count-dated": text(formatNumber(counts.dated)),
    "count-cancelled": text(formatNumber(counts.cancelled)),
    "count-extended": text(formatNumber(counts.extended)),
    "count-not-drawn": text(formatNumber(counts.unused + counts.undated)),
    "count-unused": text(formatNumber(counts.unused)),
    "count-undated": text(formatNumber(counts.undated)),
  };
}

/** Each page's drawings, by the page's name. */
export const PAGES: Record<string, (tables: Corpus["tables"]) => Promise<Record<string, Drawing>>> = { durations };
