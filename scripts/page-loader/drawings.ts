// What each chart page shows in its default view before its script runs, made by the same functions the
// page runs: a page loader writes it into the page's HTML. A chart is drawn at each of the widths it is
// made for; a text (a count, a date in the introduction) is written once. Rows come from the page's views
// (src/components/views/), their base rows computed as the build's view loaders compute them.
import { baseRows } from "../../loaders/views.ts";
import type { Corpus } from "../../loaders/corpus.ts";
import { readSeeds } from "../../loaders/reference.ts";
import { corpusVersion } from "../../loaders/version.ts";
import { corpusLabel } from "../../src/components/page/corpus.ts";
import { citationList, type CitedSource } from "../../src/components/text/citationList.ts";
import type { SourceDocument } from "../../src/components/presenter/chartMeta.ts";
import { CHARTS, parseState, type ChartName } from "../../src/components/presenter/chartState.ts";
import { builtEmbed, CHART_BASES } from "../../src/embed/charts.ts";
import { durationsIntro, undatedNote } from "../../src/components/text/durationsIntro.ts";
import { coverageText, headlineTexts } from "../../src/components/charts/headline.ts";
import {
  documentList,
  type ParsedDocument,
  parsedDocumentList,
  rowsByLine,
  type SourceLine,
  sourceListing,
  sourceSummary,
} from "../../src/components/page/sources.ts";
import { formatNumber } from "../../src/components/text/locale.ts";
import { trialStatusChart, type TrialStatusRow } from "../../src/components/charts/trialStatusChart.ts";
import { timelineLegend, trialTimeline, type TimelineEvent, type TimelineTrial } from "../../src/components/charts/trialTimeline.ts";
import { documentsParsed, headlineFigures, lineCoverage, periodCovered, trialStatuses } from "../../src/components/views/overview.ts";
import { milestones, periods, selectedTrials, trialSummary } from "../../src/components/views/timeline.ts";
import { statements } from "../../src/components/views/participation.ts";
import { figures, findings, type Finding } from "../../src/components/views/outcomes.ts";
import {
  basisKey,
  cellsOf,
  disputedCount,
  keepTrials,
  matrixAxes,
  matrixSummary,
  participationMatrix,
  type LabelledStatement,
} from "../../src/components/charts/participationMatrix.ts";
import { quantitativeOutcomes, shownFigures, unitsOf, type QuantitativeOutcome } from "../../src/components/charts/quantitativeOutcomes.ts";
import { themeMatrix, themePairs, themeRows } from "../../src/components/charts/themeMatrix.ts";
import { citedDocuments } from "../../src/components/text/citedDocuments.ts";
import { READING_NOTE } from "../../src/components/text/provenance.ts";
import { type ListedTrial, trialList } from "../../src/components/text/trialList.ts";
import { citedSources, documentLinks, outcomesIntro, participationIntro } from "../../src/components/text/pageIntros.ts";
import type { Order } from "../../src/components/charts/seriation.ts";
import { applyView, provisionalLeftOut } from "../../src/components/views/view.ts";

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

/**
 * `reads`: the address's parameters the drawing depends on, where known (a chart's keys, and its theme,
 * language and presentation mode); an address with none of them shows it as drawn. Without `reads`, any
 * query hides it until the page's script has drawn the view asked for.
 */
export type Drawing = (
  | { kind: "chart"; widths: Widths; draw: (options: DrawOptions) => Element }
  | { kind: "element"; draw: (options: Omit<DrawOptions, "width">) => Element }
  | { kind: "inline"; draw: (options: Omit<DrawOptions, "width">) => Element }
  | { kind: "text"; text: string }
) & { reads?: readonly string[] };

/** What every drawing of a chart or its legend depends on in the address: how it is shown. */
const SHOWN_AS = ["theme", "lang", "present"];
/** What a chart's drawing depends on in the address: its filters and orders, and how it is shown. */
export const chartReads = (name: ChartName): readonly string[] => [...CHARTS[name].keys, ...SHOWN_AS];

const chart = (widths: Widths, draw: (options: DrawOptions) => Element, reads?: readonly string[]): Drawing => ({ kind: "chart", widths, draw, reads });
const text = (value: string, reads?: readonly string[]): Drawing => ({ kind: "text", text: value, reads });
/** Prose with links in it, drawn in a line of text. */
const inline = (draw: (options: Omit<DrawOptions, "width">) => Element, reads?: readonly string[]): Drawing => ({ kind: "inline", draw, reads });

/** The version of the corpus the site is built from, as src/data/corpus.json.ts writes it. */
const seedsVersion = () => corpusVersion(readSeeds(process.env.FRIKOMMUNE_ROOT || undefined));

/** Said once where a page first shows readings: the same on every address. */
const readingNote = text(READING_NOTE, []);

/** The durations page's view asked for by `query` (by default every trial with a stated period, by start), and the milestones. */
async function durations(tables: Corpus["tables"], _params: Record<string, string>, query = ""): Promise<Record<string, Drawing>> {
  const state = parseState("timeline", query);
  const reads = chartReads("timeline");
  const trialBase = await baseRows(selectedTrials, tables);
  const milestoneBase = await baseRows(milestones, tables);
  const trials = applyView(periods, trialBase.rows, state) as TimelineTrial[];
  const events = applyView(milestones, milestoneBase.rows, state) as TimelineEvent[];
  const selected = applyView(selectedTrials, trialBase.rows, state) as TimelineTrial[];
  const summary = trialSummary(selected, provisionalLeftOut(selectedTrials, trialBase.rows, state));
  const { counts } = summary;
  const [unused, undated, provisional] = [summary.unused, summary.undated, summary.provisional] as unknown as ListedTrial[][];
  const documents = tables.documents as unknown as SourceDocument[];
  const intro = durationsIntro(trialBase.rows, milestoneBase.rows);
  return {
    timeline: chart(FRAMEWORK_WIDTHS, ({ width, document }) => trialTimeline(trials, { width, order: trials.map((t) => t.trial_id), events, document }), reads),
    "timeline-legend": { kind: "element", draw: ({ document }) => timelineLegend({ document }), reads: SHOWN_AS },
    // From every trial and milestone, whatever the filters.
    intro: text(intro, []),
    "count-dated": text(formatNumber(counts.dated), reads),
    "count-cancelled": text(formatNumber(counts.cancelled), reads),
    "count-extended": text(formatNumber(counts.extended), reads),
    "count-not-drawn": text(formatNumber(counts.unused + counts.undated), reads),
    "count-unused": text(formatNumber(counts.unused), reads),
    // One text with the provisional note, which is empty where there are none: a drawing must give way to something.
    "count-undated": text(undatedNote(counts), reads),
    // The source sentence's lists: the documents behind the trials selected and the milestones drawn.
    "trial-sources": inline(({ document }) => citedSources(selected, documents, { document }), reads),
    "milestone-sources": inline(({ document }) => citedSources(events, documents, { document }), reads),
    // The trials off the time axis; the provisional ones listed unless the address includes them above.
    unused: { kind: "element", draw: ({ document }) => trialList(unused, { document }), reads },
    undated: { kind: "element", draw: ({ document }) => trialList(undated, { document }), reads },
    "provisional-list": { kind: "element", draw: ({ document }) => trialList(provisional, { name: (t) => t.title, document }), reads },
    // What the page's prose quotes from the views' definitions and the reading note: the same on every address.
    "reading-note": readingNote,
    "period-limit": text(formatNumber(periods.limit!), []),
    "milestone-limit": text(formatNumber(milestones.thin!.above), []),
    "milestone-sql": text(milestones.sql, []),
  };
}

/** The overview's status chart and headline figures. */
async function index(tables: Corpus["tables"]): Promise<Record<string, Drawing>> {
  const statuses = applyView(trialStatuses, (await baseRows(trialStatuses, tables)).rows);
  const [headline] = (await baseRows(headlineFigures, tables)).rows;
  const [span] = (await baseRows(periodCovered, tables)).rows;
  const coverage = applyView(lineCoverage, (await baseRows(lineCoverage, tables)).rows);
  const sources = applyView(documentsParsed, (await baseRows(documentsParsed, tables)).rows) as unknown as ParsedDocument[];
  // Counts of the whole corpus: no parameter of the address changes them.
  const texts = Object.entries(headlineTexts(headline, span, statuses)).map(([name, value]) => [name, text(value, [])]);
  return {
    // Drawn by `resize` at the card's box.
    "status-chart": chart(CARD_WIDTHS, ({ width, document }) => trialStatusChart(statuses as TrialStatusRow[], { width, document }), SHOWN_AS),
    ...Object.fromEntries(texts),
    // The view's SQL, which the caption quotes: the same text on every address.
    "status-sql": text(trialStatuses.sql, []),
    coverage: text(coverageText(coverage), []),
    sources: { kind: "element", draw: ({ document }) => parsedDocumentList(sources, document), reads: [] },
  };
}

/** The participation page's matrix in the view asked for by `query` (by default every statement, municipalities and trials by its default orders). */
async function participation(tables: Corpus["tables"], _params: Record<string, string>, query = ""): Promise<Record<string, Drawing>> {
  const state = parseState("participation", query);
  const reads = chartReads("participation");
  const base = await baseRows(statements, tables);
  const rows = applyView(statements, base.rows, state) as LabelledStatement[];
  const kept = keepTrials(rows);
  const axes = matrixAxes(kept, state.rows as Order, state.columns as Order);
  const { rowOrder, columnOrder } = axes;
  const cells = cellsOf(kept.statements);
  return {
    intro: inline(({ document }) => participationIntro(base.rows as never, { document }), []),
    // Drawn by `resize` at the card's box.
    matrix: chart(CARD_WIDTHS, ({ width, document }) => participationMatrix(kept.statements, { width, rowOrder, columnOrder, cells, document }), reads),
    "matrix-summary": text(matrixSummary(cells, axes), reads),
    "disputed-count": text(disputedCount(cells), reads),
    // The prose's colour keys and reading note: the same on every address.
    "key-own-list": inline(({ document }) => basisKey("own_list", { document }), []),
    "key-named": inline(({ document }) => basisKey("named", { document }), []),
    "reading-note": readingNote,
  };
}

/** The outcomes page's figures and findings matrix in the views asked for by `query`, and the counts in its prose. */
async function outcomes(tables: Corpus["tables"], _params: Record<string, string>, query = ""): Promise<Record<string, Drawing>> {
  const figureBase = await baseRows(figures, tables);
  const findingBase = await baseRows(findings, tables);
  const shown = applyView(figures, figureBase.rows, parseState("outcomes-figures", query)) as QuantitativeOutcome[];
  const selected = applyView(findings, findingBase.rows, parseState("outcomes-themes", query)) as Finding[];
  const units = unitsOf(shown).map((unit) => unit.label);
  return {
    intro: inline(({ document }) => outcomesIntro(shown as never, units, findingBase.rows.length, { document }), chartReads("outcomes-figures")),
    // Both drawn by `resize` at their card's box.
    figures: chart(
      CARD_WIDTHS,
      ({ width, document }) => quantitativeOutcomes(shownFigures(shown).figures, { width, document }),
      chartReads("outcomes-figures"),
    ),
    "figure-sources": inline(({ document }) => documentLinks(citedDocuments(shown as never), { document }), chartReads("outcomes-figures")),
    unthemed: text(formatNumber(findingBase.rows.filter((f) => f.themes.length === 0).length), []),
    findings: text(formatNumber(findingBase.rows.length), []),
    themes: chart(CARD_WIDTHS, ({ width, document }) => themeMatrix(themeRows(selected).statements, { width, document }), chartReads("outcomes-themes")),
    "reading-note": readingNote,
    "finding-count": text(formatNumber(selected.length), chartReads("outcomes-themes")),
    "theme-pairs": text(formatNumber(themePairs(selected)), chartReads("outcomes-themes")),
    // Every finding's documents, whatever the filters.
    "finding-sources": inline(({ document }) => documentLinks(citedDocuments(findingBase.rows as never), { document }), []),
  };
}

/** An embed page (src/embed/[chart].md.tmpl): its chart in the view asked for by `query` (by default its default view), framed as the embed frames it. */
async function embed(tables: Corpus["tables"], { chart }: Record<string, string>, query = ""): Promise<Record<string, Drawing>> {
  if (!(chart in CHARTS)) throw new Error(`No chart named ${JSON.stringify(chart)} to embed`);
  const bases = await Promise.all(CHART_BASES[chart as ChartName].map(async (view) => [view.name, await baseRows(view, tables)] as const));
  const inputs = {
    bases: Object.fromEntries(bases),
    documents: tables.documents as unknown as SourceDocument[],
    corpus: seedsVersion(),
    // Where the site will be served is not known at build time: links from its root until the script runs.
    site: "",
  };
  return {
    embed: { kind: "element", draw: ({ document }) => builtEmbed(chart as ChartName, { ...inputs, document }, query), reads: chartReads(chart as ChartName) },
  };
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
    listing: { kind: "element", draw: ({ document }) => sourceListing(lines, (n) => byLine.get(n) ?? [], document, { written: true }) },
  };
}

/** The data page's citation: the corpus version and every document, whatever the address. */
async function data(tables: Corpus["tables"]): Promise<Record<string, Drawing>> {
  const documents = tables.documents as unknown as CitedSource[];
  return {
    "corpus-version": text(corpusLabel(seedsVersion(), "en"), []),
    "cite-documents": { kind: "element", draw: ({ document }) => citationList(documents, { document }), reads: [] },
  };
}

/** The list of sources: every document, whatever the address. */
async function sources(tables: Corpus["tables"]): Promise<Record<string, Drawing>> {
  const lines = tables.lines as unknown as Array<{ doc_id: string; status: string }>;
  const documents = tables.documents as unknown as Parameters<typeof documentList>[0];
  return { sources: { kind: "element", draw: ({ document }) => documentList(documents, lines, document), reads: [] } };
}

/**
 * Each page's drawings, by the page's name (a parameterized page's by its file name, given its parameters),
 * in the view an address's `query` asks for.
 */
export const PAGES: Record<string, (tables: Corpus["tables"], params: Record<string, string>, query?: string) => Promise<Record<string, Drawing>>> = {
  durations,
  index,
  participation,
  outcomes,
  "[chart]": embed,
  "[doc]": source,
  sources,
  data,
};
