// The wiring every chart page shares, in one place, so that a page reads as prose, controls, chart and
// query: its state from the address, its views' base rows for the first chart, DuckDB once that chart is
// on screen, and the presenter tools (link, embed code, image) whose title, subtitle and source line
// follow the state.
import { chartTitle, type StateNames, sourceLine, stateSubtitle } from "../presenter/chartMeta.js";
import { type ChartName, type ChartState, pageUrl, parseState } from "../presenter/chartState.js";
import { chartTools, siteUrl } from "../presenter/chartTools.js";
import { type Citations, citations } from "./corpus.js";
import { nullUntil, openDatabaseAfter, type TableName } from "./database.js";
import { applyPageView, keepInAddress } from "../presenter/frame.js";
import { loadBase } from "../views/baseRows.js";
import { type BaseRows, type QueryClient, storeViews, type ViewDefinition } from "../views/view.js";
import { Generators } from "observablehq:stdlib";

type Client = Awaited<ReturnType<typeof openDatabaseAfter>>;

export interface ChartPageOptions {
  /** The page's chart: its state is read from the address, and its theme and presentation mode applied. */
  chart: ChartName;
  /** The views the page draws; DuckDB loads their tables and keeps their base rows. */
  views: ViewDefinition[];
  /** The element whose chart must be on screen before DuckDB-WASM starts loading. */
  first: string;
}

export interface ChartPage {
  /** The chart's state as the address gives it. */
  initial: ChartState;
  /**
   * A view's base rows, for the first draw and the controls' options (a promise: a page cell awaits it).
   * Views over the same SQL share them, fetched once.
   */
  base(view: ViewDefinition): Promise<BaseRows>;
  /** DuckDB over the views' tables, with their base rows stored, once the first chart is on screen. */
  database: Promise<Client>;
  /**
   * The same database as a cell value: null at once, then the client, so cells that use it draw from
   * the base rows first and run again with DuckDB. (A page assigns it to a top-level `const db`.)
   */
  db: AsyncGenerator<Client | null>;
  /** The documents table and the corpus version, which the image exports' source lines cite. */
  citations: Promise<Citations>;
  /**
   * The width of the drawing box in `card` (a selector), as Framework's resize() measures it for a chart,
   * and again whenever it changes. A cell that draws at this width redraws at once when its rows change;
   * in resize() it would put an empty box in the page and draw once a layout of the page had measured it.
   */
  width(card: string): AsyncGenerator<number>;
}

/** Opens a chart page: call it in the page's first cell. */
export function chartPage({ chart, views, first }: ChartPageOptions): ChartPage {
  const initial = parseState(chart, location.search);
  applyPageView(initial);
  const tables = [...new Set(views.flatMap((view) => view.tables))] as TableName[];
  // DuckDB-WASM's client answers a query with an Arrow table, whose rows QueryClient reads.
  const database = openDatabaseAfter(first, tables, (db) => storeViews(db as QueryClient, views));
  return {
    initial,
    base: loadBase,
    database,
    db: nullUntil(database),
    citations: citations(),
    width: (card) => Generators.width(document.querySelector(`${card} .drawing`)!),
  };
}

export interface PresenterToolsOptions {
  /** The element holding the chart that the image exports draw. */
  target: string;
  /** The rows drawn (past a chart's limit, only those): the source line names the documents they come from. */
  rows: readonly { doc_id: string }[];
  /** Names for the subtitle and the file name (a municipality's or a trial's, where the state has its key). */
  names?: StateNames;
  /** What chartPage().citations resolves to. */
  citations: Citations;
}

/**
 * Keeps the chart's state in the page's address, and returns the presenter tools for it: the link,
 * the embed code and the image exports, with the chart's title, its state as subtitle, and its sources.
 */
export function presenterTools(chart: ChartName, state: ChartState, { target, rows, names = {}, citations }: PresenterToolsOptions): HTMLElement {
  keepInAddress(chart, state);
  // An indexed loop: tens of thousands of drawn rows at each filter change, in the browser's unoptimised tiers.
  const documents = new Set<string>();
  for (let i = 0; i < rows.length; i++) documents.add(rows[i].doc_id);
  return chartTools({
    chart,
    state,
    target,
    names: { municipality: names.municipality ?? null },
    text: {
      title: chartTitle(chart, state.lang),
      subtitle: stateSubtitle(chart, state, names),
      source: sourceLine(citations.documents, documents, state.lang, pageUrl(siteUrl(), chart, state), citations.corpus),
    },
  });
}
