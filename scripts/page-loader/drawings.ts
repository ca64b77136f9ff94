// What each chart page shows in its default view before its script runs, made by the same functions the
// page runs: a page loader writes it into the page's HTML. A chart is drawn at each of the widths it is
// made for; a text (a count, a date in the introduction) is written once. Rows come from the page's views
// (src/components/views/), their base rows computed as the build's view loaders compute them.
import { baseRows } from "../../loaders/views.ts";
import type { Corpus } from "../../loaders/corpus.ts";
import { readSeeds } from "../../loaders/reference.ts";
import { corpusVersion } from "../../loaders/version.ts";
import type { SourceDocument } from "../../src/components/presenter/chartMeta.ts";
import { CHARTS, parseState, type ChartName } from "../../src/components/presenter/chartState.ts";
import { builtEmbed, CHART_BASES } from "../../src/embed/charts.ts";
import { durationsIntro } from "../../src/components/text/durationsIntro.ts";
import { headlineTexts } from "../../src/components/charts/headline.ts";
import { rowsByLine, type SourceLine, sourceListing, sourceSummary } from "../../src/components/page/sources.ts";
import { formatNumber } from "../../src/components/text/locale.ts";
import { trialStatusChart, type TrialStatusRow } from "../../src/components/charts/trialStatusChart.ts";
import { timelineLegend, trialTimeline, type TimelineEvent, type TimelineTrial } from "../../src/components/charts/trialTimeline.ts";
import { headlineFigures, periodCovered, trialStatuses } from "../../src/components/views/overview.ts";
import { milestones, periods, selectedTrials, trialSummary } from "../../src/components/views/timeline.ts";
import { statements } from "../../src/components/views/participation.ts";
import { figures, findings, themeStatements, type Finding } from "../../src/components/views/outcomes.ts";
import { cellsOf, matrixAxes, matrixSummary, participationMatrix, type LabelledStatement } from "../../src/components/charts/participationMatrix.ts";
import { quantitativeOutcomes, unitsOf, type QuantitativeOutcome } from "../../src/components/charts/quantitativeOutcomes.ts";
import { themeMatrix } from "../../src/components/charts/themeMatrix.ts";
import { citedDocuments } from "../../src/components/text/citedDocuments.ts";
import { documentLinks, outcomesIntro, participationIntro } from "../../src/components/text/pageIntros.ts";
import type { Order } from "../../src/components/charts/seriation.ts";
import { applyView } from "../../src/components/views/view.ts";

export interface DrawOptions {
  width: number;
  document: Document;
}

/** The widths a chart is drawn at: on a 1280 px screen, and on a 420 px phone. */
export interface Widths {
  wide: number;
  narrow: number;
}

/** Framework's `width` (the main column) on a 1280 px screen and on a 420 px phone, which a chart page's charts are drawn at and then scaled to the box inside their card (878 and 322 px). */
export const FRAMEWORK_WIDTHS: Widths = { wide: 912, narrow: 356 };
/** The box inside a card on those screens, which a chart drawn by Framework's `resize` is drawn at. */
export const CARD_WIDTHS: Widths = { wide: 878, narrow: 322 };

export type Drawing =
  | { kind: "chart"; widths: Widths; draw: (options: DrawOptions) => Element }
  | { kind: "element"; draw: (options: Omit<DrawOptions, "width">) => Element }
  | { kind: "inline"; draw: (options: Omit<DrawOptions, "width">) => Element }
  | { kind: "text"; text: string };

const chart = (widths: Widths, draw: (options: DrawOptions) => Element): Drawing => ({ kind: "chart", widths, draw });
const text = (value: string): Drawing => ({ kind: "text", text: value });
/** Prose with links in it, drawn in a line of text. */
const inline = (draw: (options: Omit<DrawOptions, "width">) => Element): Drawing => ({ kind: "inline", draw });

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
    timeline: chart(FRAMEWORK_WIDTHS, ({ width, document }) => trialTimeline(trials, { width, order: trials.map((t) => t.trial_id), events, document })),
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

/** The overview's status chart and headline figures. */
async function index(tables: Corpus["tables"]): Promise<Record<string, Drawing>> {
  const statuses = applyView(trialStatuses, (await baseRows(trialStatuses, tables)).rows);
  const [headline] = (await baseRows(headlineFigures, tables)).rows;
  const [span] = (await baseRows(periodCovered, tables)).rows;
  const texts = Object.entries(headlineTexts(headline, span, statuses)).map(([name, value]) => [name, text(value)]);
  return {
    // Drawn by `resize` at the card's box.
    "status-chart": chart(CARD_WIDTHS, ({ width, document }) => trialStatusChart(statuses as TrialStatusRow[], { width, document })),
    ...Object.fromEntries(texts),
  };
}

/** The participation page's matrix in its default view: every statement, municipalities and trials by its default orders. */
async function participation(tables: Corpus["tables"]): Promise<Record<string, Drawing>> {
  const state = parseState("participation");
  const base = await baseRows(statements, tables);
  const rows = applyView(statements, base.rows, state) as LabelledStatement[];
  const { rowOrder, columnOrder } = matrixAxes(rows, state.rows as Order, state.columns as Order);
  return {
    intro: inline(({ document }) => participationIntro(base.rows as never, { document })),
    // Drawn by `resize` at the card's box.
    matrix: chart(CARD_WIDTHS, ({ width, document }) => participationMatrix(rows, { width, rowOrder, columnOrder, document })),
    "matrix-summary": text(matrixSummary(cellsOf(rows), rowOrder, columnOrder)),
  };
}

/** The outcomes page's figures and findings matrix in their default views, and the counts in its prose. */
async function outcomes(tables: Corpus["tables"]): Promise<Record<string, Drawing>> {
  const figureBase = await baseRows(figures, tables);
  const findingBase = await baseRows(findings, tables);
  const shown = applyView(figures, figureBase.rows, parseState("outcomes-figures")) as QuantitativeOutcome[];
  const themed = themeStatements(applyView(findings, findingBase.rows, parseState("outcomes-themes")) as Finding[]);
  const units = unitsOf(shown).map((unit) => unit.label);
  return {
    intro: inline(({ document }) => outcomesIntro(shown as never, units, findingBase.rows.length, { document })),
    // Both drawn by `resize` at their card's box.
    figures: chart(CARD_WIDTHS, ({ width, document }) => quantitativeOutcomes(shown, { width, document })),
    "figure-sources": inline(({ document }) => documentLinks(citedDocuments(shown as never), { document })),
    unthemed: text(formatNumber(findingBase.rows.filter((f) => f.themes.length === 0).length)),
    findings: text(formatNumber(findingBase.rows.length)),
    themes: chart(CARD_WIDTHS, ({ width, document }) => themeMatrix(themed, { width, document })),
  };
}

/** An embed page (src/embed/[chart].md.tmpl): its chart's default view, framed as the embed frames it. */
async function embed(tables: Corpus["tables"], { chart }: Record<string, string>): Promise<Record<string, Drawing>> {
  if (!(chart in CHARTS)) throw new Error(`No chart named ${JSON.stringify(chart)} to embed`);
  const bases = await Promise.all(CHART_BASES[chart as ChartName].map(async (view) => [view.name, await baseRows(view, tables)] as const));
  const inputs = {
    bases: Object.fromEntries(bases),
    documents: tables.documents as unknown as SourceDocument[],
    corpus: corpusVersion(readSeeds(process.env.FRIKOMMUNE_ROOT || undefined)),
    // Where the site will be served is not known at build time: links from its root until the script runs.
    site: "",
  };
  return { embed: { kind: "element", draw: ({ document }) => builtEmbed(chart as ChartName, { ...inputs, document }) } };
}

/**
 * A source page (src/sources/[doc].md.tmpl): its title, summary and listing of lines in the default view
 * (every status), for readers without JavaScript, so that a line's address (/sources/<doc>#L<line>, which
 * charts link to and readers share) leads to the line in the page's HTML itself; the live listing stands
 * in its place for everyone else.
 */
async function source(tables: Corpus["tables"], { doc }: Record<string, string>): Promise<Record<string, Drawing>> {
  const meta = (tables.documents as Array<Record<string, unknown>>).find((d) => d.doc_id === doc);
  if (!meta) throw new Error(`No document ${JSON.stringify(doc)} to list`);
  const lines = (tables.lines as unknown as Array<SourceLine & { doc_id: string }>).filter((l) => l.doc_id === doc && l.status !== "blank");
  const byLine = rowsByLine(tables as unknown as Record<string, Array<Record<string, unknown>>>, doc);
  return {
    title: text(String(meta.title)),
    summary: text(sourceSummary(meta, lines)),
    address: text(`sources/${doc}#L${lines[0]?.line}`),
    listing: { kind: "element", draw: ({ document }) => sourceListing(lines, (n) => byLine.get(n) ?? [], document) },
  };
}

/** Each page's drawings, by the page's name (a parameterized page's by its file name, given its parameters). */
export const PAGES: Record<string, (tables: Corpus["tables"], params: Record<string, string>) => Promise<Record<string, Drawing>>> = {
  durations,
  index,
  participation,
  outcomes,
  "[chart]": embed,
  "[doc]": source,
};
