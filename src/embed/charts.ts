// The site's core charts, each drawn alone into an element it fills, with title, source and a text
// alternative. The embed pages (/embed/<chart>) use this module, and Framework exports it as
// /embed/charts.js (dynamicPaths in observablehq.config.ts) for other sites to import.
//
// Each chart's rows are its view (src/components/views/) applied in JavaScript to the view's base rows,
// as on its page before DuckDB has loaded: an embed loads neither DuckDB (34 MB) nor the Parquet engine
// (5 MB), only those rows. test/browser/embeds.test.ts checks that embed and page draw the same marks.
import * as d3 from "npm:d3";
import { chartTitle, sourceLine, stateSubtitle, type SourceDocument } from "../components/presenter/chartMeta.js";
import { citations, type CorpusVersion } from "../components/page/corpus.js";
import { CHARTS, pageUrl, parseState, pick, type ChartName, type ChartState, type Lang } from "../components/presenter/chartState.js";
import { addFrameStyles, PRESENT_ZOOM } from "../components/presenter/frame.js";
import { BUILT_BOXES, EMBED_CSS as CSS, LEGIBLE } from "./styles.js";
import { formatCount, formatDate, formatNumber } from "../components/text/locale.js";
import { cellsOf, keepTrials, matrixAxes, participationLegend, participationMatrix, type LabelledStatement } from "../components/charts/participationMatrix.js";
import { formatOutcome, quantitativeOutcomes, unitLabel, UNITS } from "../components/charts/quantitativeOutcomes.js";
import { themeLabel, themeMatrix, THEMES } from "../components/charts/themeMatrix.js";
import { statusLabel, timelineLegend, trialTimeline, type TimelineEvent, type TimelineTrial } from "../components/charts/trialTimeline.js";
import { ownIds } from "../components/charts/ownIds.js";
import { trialName } from "../components/text/provenance.js";
import { loadBase } from "../components/views/baseRows.js";
import { figures, findings, themeStatements, type Finding } from "../components/views/outcomes.js";
import { statements as statementView } from "../components/views/participation.js";
import { milestones, periods, selectedTrials, trialSummary } from "../components/views/timeline.js";
import { applyView, type BaseRows, type ViewDefinition } from "../components/views/view.js";

type StateInput = string | URLSearchParams | Record<string, unknown>;

/** The site's root, from this module's own address (/_import/embed/…), wherever the site is served. */
const SITE = new URL("../..", import.meta.url).href.replace(/\/$/, "");

/**
 * What a chart's view is made from: the base rows of its views (CHART_BASES), by name; the documents,
 * for its source line; the corpus version; the site's root, for its links; the document to draw into
 * (the page's, or jsdom's when the page loader draws the embed at build time).
 */
export interface ViewInputs {
  bases: Record<string, BaseRows>;
  documents: SourceDocument[];
  corpus: CorpusVersion;
  site: string;
  document: Document;
}

/** The views each chart draws from. */
export const CHART_BASES: Record<ChartName, ViewDefinition[]> = {
  timeline: [selectedTrials, milestones],
  participation: [statementView],
  "outcomes-figures": [figures],
  "outcomes-themes": [findings],
};

async function loadInputs(chart: ChartName): Promise<ViewInputs> {
  const [bases, { documents, corpus }] = await Promise.all([
    Promise.all(CHART_BASES[chart].map(async (view) => [view.name, await loadBase(view)] as const)),
    citations(),
  ]);
  return { bases: Object.fromEntries(bases), documents, corpus, site: SITE, document };
}

/** One chart in one state, ready to draw at any size. */
export interface View {
  subtitle: string;
  /** What the chart shows, in a sentence: the embed's aria-label. */
  summary: string;
  /** The same facts as a list, for readers who cannot see the chart. */
  alternative: HTMLElement;
  source: string;
  legend?: HTMLElement;
  /** What the chart can leave out where its labels would not fit at a legible size: how many there are, named. */
  parts: { total: number; noun: (n: number) => string };
  /** The chart with the first `shown` of its parts. */
  draw(size: { width: number; height: number }, shown: number): Element;
}

/** "trial" or "trials" in the state's language: the noun of a chart's parts. */
const noun = (lang: Lang | null, en: [string, string], da: [string, string]) => (n: number) => (n === 1 ? pick(lang, en[0], da[0]) : pick(lang, en[1], da[1]));

function list(document: Document, items: string[], ordered = false): HTMLElement {
  const element = document.createElement(ordered ? "ol" : "ul");
  for (const item of items) element.append(Object.assign(document.createElement("li"), { textContent: item }));
  return element;
}

function nothing(document: Document, text: string): HTMLElement {
  return Object.assign(document.createElement("p"), { className: "fk-empty", textContent: text });
}

type Offered = Partial<Record<"municipality" | "network" | "programme", unknown[]>>;

/** The state with the values its page's controls would not offer (`offered`, by filter) set back to "all", as the page does. */
function known(state: ChartState, offered: Offered): ChartState {
  const kept = { ...state };
  for (const [key, values] of Object.entries(offered) as [keyof Offered, unknown[]][]) {
    if (kept[key] !== null && !values.includes(kept[key])) kept[key] = null;
  }
  return kept;
}

/** A control's values, from a view's options. */
const valuesOf = (options: { value: unknown }[]) => options.map((o) => o.value);

/** The durations page's timeline: its views (src/components/views/timeline.ts) over their base rows. */
function timelineView(input: ChartState, { bases, documents, corpus, site, document }: ViewInputs): View {
  const [trialBase, milestoneBase] = [bases[selectedTrials.name], bases[milestones.name]];
  const state = known(input, { programme: valuesOf(trialBase.options.programme), municipality: valuesOf(trialBase.options.municipality) });
  const { municipality, lang } = state;
  const drawn = applyView(periods, trialBase.rows, state) as TimelineTrial[];
  const { dated, counts } = trialSummary(applyView(selectedTrials, trialBase.rows, state));
  const events = applyView(milestones, milestoneBase.rows, state) as TimelineEvent[];
  const names = {
    municipality: trialBase.options.municipality.find((m) => m.value === municipality)?.label,
    trial: drawn.find((t) => t.trial_id === state.trial)?.title,
  };
  const { cancelled, extended } = counts;
  const [first, last] = [d3.least(dated, (t) => t.start_date), d3.greatest(dated, (t) => t.end_date)];
  const from = formatDate(first?.start_date ?? null, first?.start_precision);
  const to = formatDate(last?.end_date ?? null, last?.end_precision);
  return {
    subtitle: stateSubtitle("timeline", state, names),
    summary: dated.length
      ? pick(
          lang,
          `Timeline of ${formatCount(dated.length, "trial period", "trial periods")} from ${from} to ${to}: ${cancelled} cancelled, ${extended} continued or extended; ${formatCount(events.length, "dated milestone", "dated milestones")}`,
          `Tidslinje over ${formatCount(dated.length, "forsøgsperiode", "forsøgsperioder")} fra ${from} til ${to}: ${cancelled} annulleret, ${extended} fortsat eller forlænget; ${formatCount(events.length, "dateret milepæl", "daterede milepæle")}`,
        )
      : pick(lang, "No trial with a stated period matches these filters", "Intet forsøg med en oplyst periode passer til udvalget"),
    alternative: list(
      document,
      drawn.map((t) => {
        const period = `${formatDate(t.start_date, t.start_precision)} – ${formatDate(t.end_date, t.end_precision)}`;
        const until =
          t.extended_until !== null && t.extended_until > t.end_date ? `, ${pick(lang, "continued to", "fortsat til")} ${formatDate(t.extended_until)}` : "";
        return `${trialName(t, lang)}: ${period}, ${statusLabel(t.status, lang)}${until}`;
      }),
      true,
    ),
    source: sourceLine(
      documents,
      [...drawn, ...events].map((r) => r.doc_id),
      lang,
      pageUrl(site, "timeline", state),
      corpus,
      { issuers: false },
    ),
    legend: timelineLegend({ lang, document }),
    parts: { total: drawn.length, noun: noun(lang, ["trial", "trials"], ["forsøg", "forsøg"]) },
    draw: ({ width, height }, shown) =>
      dated.length
        ? trialTimeline(drawn, {
            width,
            height,
            events,
            order: drawn.slice(0, shown).map((t) => t.trial_id),
            highlight: state.trial,
            present: state.present,
            lang,
            document,
          })
        : nothing(document, pick(lang, "No trial with a stated period matches these filters.", "Intet forsøg med en oplyst periode passer til udvalget.")),
  };
}

/** The participation page's matrix: its view (src/components/views/participation.ts) over its base rows. */
function participationView(input: ChartState, { bases, documents, corpus, site, document }: ViewInputs): View {
  const base = bases[statementView.name];
  const state = known(input, { programme: valuesOf(base.options.programme), network: valuesOf(base.options.network) });
  const { lang } = state;
  // Past MATRIX_LIMIT trials, the statements of those most municipalities ran, as on the page.
  const kept = keepTrials(applyView(statementView, base.rows, state) as LabelledStatement[]);
  const { statements } = kept;
  // The matrix's own orders, after the view: similarity, count, or Danish alphabetical (Aa = Å), which DuckDB cannot sort by.
  const { rowOrder, columnOrder } = matrixAxes(kept, state.rows as "similarity", state.columns as "count");
  const cells = cellsOf(statements);
  const trialsOf = d3.group(cells, (c) => c.municipality_code);
  // Named only if drawn, as on the page.
  const names = { municipality: rowOrder.find((m) => m.key === state.municipality)?.label, trial: columnOrder.find((t) => t.key === state.trial)?.label };
  return {
    subtitle: stateSubtitle("participation", state, names),
    summary: pick(
      lang,
      `Participation matrix: ${cells.length} municipality–trial pairs the documents state, for ${rowOrder.length} municipalities and ${columnOrder.length} trials; ${cells.filter((c) => c.disputed).length} where documents disagree`,
      `Deltagelsesmatrix: ${cells.length} par af kommune og forsøg, som dokumenterne nævner, for ${rowOrder.length} kommuner og ${columnOrder.length} forsøg; ${cells.filter((c) => c.disputed).length} hvor dokumenterne er uenige`,
    ),
    alternative: list(
      document,
      rowOrder.map((m) => `${m.label}: ${(trialsOf.get(m.key as number) ?? []).map((c) => c.statements[0].trial).join("; ")}`),
    ),
    source: sourceLine(
      documents,
      statements.map((s) => s.doc_id),
      lang,
      pageUrl(site, "participation", state),
      corpus,
      { issuers: false },
    ),
    legend: participationLegend({ lang, short: true, document }),
    // The first municipalities in the rows' order, and the trials any of them ran.
    parts: { total: rowOrder.length, noun: noun(lang, ["municipality", "municipalities"], ["kommune", "kommuner"]) },
    draw: ({ width, height }, shown) => {
      const rows = rowOrder.slice(0, shown);
      const drawn = new Set(rows.map((m) => m.key));
      const ran = new Set(cells.filter((c) => drawn.has(c.municipality_code)).map((c) => c.trial_id));
      return participationMatrix(statements, {
        width,
        height,
        rowOrder: rows,
        columnOrder: columnOrder.filter((t) => ran.has(t.key as string)),
        present: state.present,
        lang,
        legend: false,
        legible: true,
        highlight: { municipality_code: state.municipality as number | null, trial_id: state.trial },
        cells,
        document,
      });
    },
  };
}

/** The outcomes page's figures: its view (src/components/views/outcomes.ts) over its base rows. */
function figuresView(state: ChartState, { bases, documents, corpus, site, document }: ViewInputs): View {
  const base = bases[figures.name];
  const { lang } = state;
  const rows = applyView(figures, base.rows, state);
  const units = UNITS.filter((u) => rows.some((r) => r.unit === u.key));
  return {
    subtitle: stateSubtitle("outcomes-figures", state),
    summary: pick(
      lang,
      `${rows.length} figures the documents report, in ${units.length} panels with a scale each: ${units.map((u) => u.en.toLowerCase()).join(", ")}`,
      `${rows.length} tal, dokumenterne rapporterer, i ${units.length} paneler med hver sin skala: ${units.map((u) => u.da.toLowerCase()).join(", ")}`,
    ),
    alternative: list(
      document,
      rows.map((r) => `${unitLabel(r.unit, lang)}: ${r.metric}, ${formatOutcome(r as never, lang)}`),
    ),
    source: sourceLine(
      documents,
      rows.map((r) => r.doc_id),
      lang,
      pageUrl(site, "outcomes-figures", state),
      corpus,
      { issuers: false },
    ),
    parts: { total: rows.length, noun: noun(lang, ["figure", "figures"], ["tal", "tal"]) },
    draw: ({ width, height }, shown) =>
      quantitativeOutcomes(rows.slice(0, shown) as never, { width, height, present: state.present, lang, document, sourceBase: site }),
  };
}

/** The outcomes page's findings matrix: its view (src/components/views/outcomes.ts) over its base rows. */
function themesView(input: ChartState, { bases, documents, corpus, site, document }: ViewInputs): View {
  const base = bases[findings.name];
  const state = known(input, { programme: valuesOf(base.options.programme), municipality: ["none", ...valuesOf(base.options.municipality)] });
  const { municipality, lang } = state;
  const selected = applyView(findings, base.rows, state);
  const themed = themeStatements(selected as Finding[], lang);
  const rows = d3.groups(themed, (s) => s.row_label);
  const shownRows = (n: number) => new Set(rows.slice(0, n).map(([row]) => row));
  // The highlighted trial, named only if the matrix has its row.
  // No trial asked for highlights nothing (programme-wide findings have no trial either).
  const highlighted = state.trial == null ? null : (selected.find((f) => f.trial_id === state.trial && f.themes.length)?.row_label ?? null);
  const names = { municipality: base.options.municipality.find((m) => m.value === municipality)?.label, trial: highlighted };
  return {
    subtitle: stateSubtitle("outcomes-themes", state, names),
    summary: pick(
      lang,
      `Findings by theme: ${rows.length} trials or programme-wide rows × ${THEMES.length} themes, ${formatNumber(themed.length)} finding–theme pairs`,
      `Udsagn efter tema: ${rows.length} forsøg eller programmer × ${THEMES.length} temaer, ${formatNumber(themed.length)} par af udsagn og tema`,
    ),
    alternative: list(
      document,
      rows.map(
        ([row, items]) =>
          `${row}: ${d3
            .groups(items, (s) => s.theme)
            .map(([theme, v]) => `${themeLabel(theme, " ", lang)} ${v.length}`)
            .join(", ")}`,
      ),
    ),
    source: sourceLine(
      documents,
      themed.map((s) => s.doc_id),
      lang,
      pageUrl(site, "outcomes-themes", state),
      corpus,
      { issuers: false },
    ),
    parts: { total: rows.length, noun: noun(lang, ["row", "rows"], ["række", "rækker"]) },
    draw: ({ width, height }, shown) =>
      themed.length
        ? themeMatrix(
            themed.filter((s) => shownRows(shown).has(s.row_label)),
            { width, height, highlight: highlighted, present: state.present, lang, document, sourceBase: site },
          )
        : nothing(document, pick(lang, "No themed finding matches these filters.", "Intet udsagn med tema passer til udvalget.")),
  };
}

/** Each chart's view in a state, from its inputs. */
export const VIEWS: Record<ChartName, (state: ChartState, inputs: ViewInputs) => View> = {
  timeline: timelineView,
  participation: participationView,
  "outcomes-figures": figuresView,
  "outcomes-themes": themesView,
};

let styled = false;

/** The embed's elements, empty: caption, chart box and source in the frame, and the text alternative beside it. */
function embedElements(chart: ChartName, state: ChartState, mode: "window" | "container" | "ratio", document: Document) {
  const { lang } = state;
  const root = document.createElement("figure");
  root.className = ["fk-embed", mode === "window" ? "fk-window" : mode === "ratio" ? "fk-ratio" : "", state.present ? "present" : ""].filter(Boolean).join(" ");
  root.lang = lang ?? "en";
  root.dataset.chart = chart;
  if (state.theme) root.dataset.theme = state.theme;
  const frame = Object.assign(document.createElement("div"), { className: "fk-frame" });
  const head = Object.assign(document.createElement("figcaption"), { className: "fk-head" });
  const title = Object.assign(document.createElement("strong"), { textContent: chartTitle(chart, lang) });
  const subtitle = document.createElement("span");
  head.append(title, subtitle);
  const box = Object.assign(document.createElement("div"), { className: "fk-chart" });
  const fit = Object.assign(document.createElement("div"), { className: "fk-fit", textContent: pick(lang, "Loading…", "Henter …") });
  box.append(fit);
  const foot = Object.assign(document.createElement("p"), { className: "fk-foot" });
  const more = Object.assign(document.createElement("span"), { className: "fk-more" });
  const alternative = Object.assign(document.createElement("div"), { className: "fk-alt" });
  frame.append(head, box, foot);
  root.append(frame, alternative);
  return { root, frame, head, subtitle, box, fit, foot, more, alternative };
}

/** Writes the view's words into the embed's elements: subtitle, name, text alternative, source line with its link, legend. */
function describe(elements: ReturnType<typeof embedElements>, chart: ChartName, state: ChartState, view: View, { site, document }: ViewInputs): void {
  const { root, head, subtitle, foot, more, alternative } = elements;
  const { lang } = state;
  subtitle.textContent = view.subtitle;
  root.setAttribute("aria-label", `${chartTitle(chart, lang)}. ${view.summary}.`);
  const heading = Object.assign(document.createElement("p"), { textContent: `${view.summary}:` });
  alternative.replaceChildren(heading, view.alternative);
  const link = Object.assign(document.createElement("a"), {
    href: pageUrl(site, chart, state),
    target: "_blank",
    textContent: pick(lang, "Open in the evidence base", "Åbn i evidensgrundlaget"),
  });
  foot.replaceChildren(more, `${view.source} · `, link);
  if (view.legend) head.append(view.legend);
}

/** "12 of 17 trials; all on the page · " where a chart leaves parts out, nothing where it shows them all. */
function moreNote(more: HTMLElement, chart: ChartName, state: ChartState, view: View, shown: number, site: string, document: Document): void {
  const { lang } = state;
  const { total, noun } = view.parts;
  if (shown >= total) {
    more.replaceChildren();
    return;
  }
  const all = Object.assign(document.createElement("a"), {
    href: pageUrl(site, chart, state),
    target: "_blank",
    textContent: pick(lang, "all on the page", "alle på siden"),
  });
  more.replaceChildren(`${formatNumber(shown)} ${pick(lang, "of", "af")} ${formatNumber(total)} ${noun(total)}; `, all, " · ");
}

/**
 * A drawing's size as its SVGs give it (jsdom lays nothing out): the widest, and their heights added,
 * with an outcome panel's caption and margin (32 px) each; a legend's swatches are not counted.
 */
function drawnSize(drawing: Element): { width: number; height: number } {
  const svgs = [drawing, ...drawing.querySelectorAll("svg")].filter((e) => e.localName === "svg" && !e.parentElement?.closest("svg, [data-legend]"));
  const size = (name: string) => svgs.map((svg) => Number(svg.getAttribute(name)) || 0);
  return {
    width: Math.max(0, ...size("width")),
    height: size("height").reduce((a, b) => a + b, 0) + 32 * drawing.querySelectorAll("figcaption").length,
  };
}

/**
 * The embed page of `chart` in the view `query` asks for (by default its default view) as the page loader writes it at build time (in jsdom's
 * `document`): a frame for each window of BUILT_FRAMES (CSS shows the one for the window), each with the
 * chart drawn for its box as layout() draws it there (the parts that fit, the note saying so), and the
 * caption, source, name and text alternative once. Its styles are in the page's head (styles.ts).
 */
export function builtEmbed(chart: ChartName, inputs: ViewInputs, query = ""): Element {
  const { document } = inputs;
  const state = parseState(chart, query);
  const elements = embedElements(chart, state, "window", document);
  const view = VIEWS[chart](state, inputs);
  describe(elements, chart, state, view, inputs);
  elements.root.classList.add("fk-built-embed");
  // The source line before the chart box in the HTML, shown under it (styles.ts): the box's size is then
  // settled before its chart is parsed, which may be painted as it arrives. Once, for every frame's copy.
  elements.frame.insertBefore(elements.foot, elements.box);
  const frames = Object.entries(BUILT_BOXES[chart]).map(([kind, box]) => {
    const fits = (shown: number) => {
      const size = drawnSize(view.draw(box, shown));
      return size.width <= box.width + 1 && size.height <= box.height + 1;
    };
    // The most parts that fit, as layout() finds them.
    let shown = view.parts.total;
    if (!fits(shown)) {
      let [lo, hi] = [1, shown - 1];
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(mid)) lo = mid;
        else hi = mid - 1;
      }
      shown = lo;
    }
    const frame = ownIds(elements.frame.cloneNode(true) as HTMLElement, kind);
    frame.classList.add(`fk-built-${kind}`);
    // A window shows one frame: a view other than the default may send the others' content later (printPage.ts).
    frame.dataset.part = kind;
    const drawing = view.draw(box, shown);
    const size = drawnSize(drawing);
    const fit = frame.querySelector(".fk-fit") as HTMLElement;
    fit.style.setProperty("--drawn-width", `${Math.max(1, size.width)}px`);
    fit.style.setProperty("--drawn-height", `${Math.max(1, size.height)}px`);
    fit.replaceChildren(drawing);
    moreNote(frame.querySelector(".fk-more") as HTMLElement, chart, state, view, shown, inputs.site, document);
    return frame;
  });
  elements.frame.replaceWith(...frames);
  return elements.root;
}

/** The embed's element: caption, chart box, source; laid out again whenever its size changes. */
function createEmbed(chart: ChartName, state: ChartState, mode: "window" | "container" | "ratio") {
  if (!styled) {
    styled = true;
    addFrameStyles();
    document.head.append(Object.assign(document.createElement("style"), { textContent: CSS }));
  }
  const { lang } = state;
  const elements = embedElements(chart, state, mode, document);
  const { root, frame, subtitle, box, fit, more } = elements;
  // Until its first layout: the page keeps its drawing made at build time meanwhile (takeOver.js).
  root.setAttribute("aria-busy", "true");
  let view: View | null = null;
  let drawn = "";
  function layout() {
    const [width, height] = [root.clientWidth, root.clientHeight];
    if (!view || !width || !height || drawn === `${width}×${height}`) return;
    drawn = `${width}×${height}`;
    // Type and marks grow with the frame beyond a 960 × 540 slide, and more in presentation mode, so a
    // projector shows the same chart larger rather than a wider one in small print; never below
    // LEGIBLE, so that no label is smaller than 12 px.
    const k = Math.max(LEGIBLE, Math.min(width / 960, height / 540)) * (state.present ? PRESENT_ZOOM : 1);
    frame.style.zoom = String(k);
    frame.style.width = `${width / k}px`;
    frame.style.height = `${height / k}px`;
    // What does not fit at that size is left out, not shrunk: the most parts that fit (a binary search;
    // a chart draws in milliseconds), and the note saying so takes its line before the search.
    const { total } = view.parts;
    tell(total);
    if (!draw(total)) {
      tell(total - 1);
      let [lo, hi] = [1, total - 1];
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (draw(mid)) lo = mid;
        else hi = mid - 1;
      }
      tell(lo);
      draw(lo);
    }
    // A chart drawn smaller than the box grows to fill it; only one part too many for the box is scaled down.
    const scale = Math.min(2, box.clientWidth / fit.offsetWidth, box.clientHeight / fit.offsetHeight);
    fit.style.zoom = String(scale);
    root.removeAttribute("aria-busy");
  }
  /** Draws the first `shown` parts at zoom 1; whether they fit the box. */
  function draw(shown: number): boolean {
    fit.style.zoom = "1";
    fit.style.width = "";
    fit.replaceChildren(view!.draw({ width: box.clientWidth, height: box.clientHeight }, shown));
    // As wide as the chart's SVG: a legend above it wraps to the chart rather than widening the box.
    const widths = Array.from(fit.querySelectorAll("svg"), (svg) => (svg.parentElement!.closest("svg, [data-legend]") ? 0 : Number(svg.getAttribute("width"))));
    if (Math.max(0, ...widths) > 0) fit.style.width = `${Math.max(...widths)}px`;
    return fit.offsetWidth <= box.clientWidth + 1 && fit.offsetHeight <= box.clientHeight + 1;
  }
  /** "12 of 17 trials; all on the page" in the foot, where parts are left out. */
  const tell = (shown: number) => moreNote(more, chart, state, view!, shown, SITE, document);
  const ready = loadInputs(chart).then((inputs) => {
    view = VIEWS[chart](state, inputs);
    describe(elements, chart, state, view, inputs);
    layout();
  });
  new ResizeObserver(layout).observe(root);
  return { root, ready, title: `${chartTitle(chart, lang)}`, subtitle: () => subtitle.textContent };
}

/**
 * Draws `chart` into `container`, filling it (or 16:9 at its width if it has no height of its own) and
 * following its size. `state` takes the embed page's URL parameters, as a query string or an object.
 */
export async function embed(container: HTMLElement, chart: ChartName, state: StateInput = ""): Promise<HTMLElement> {
  if (!(chart in CHARTS)) throw new Error(`Unknown chart: ${chart}`);
  const { root, ready } = createEmbed(chart, parseState(chart, state), container.clientHeight > 0 ? "container" : "ratio");
  container.replaceChildren(root);
  await ready;
  return root;
}

export const timeline = (container: HTMLElement, state?: StateInput) => embed(container, "timeline", state);
export const participation = (container: HTMLElement, state?: StateInput) => embed(container, "participation", state);
export const outcomeFigures = (container: HTMLElement, state?: StateInput) => embed(container, "outcomes-figures", state);
export const outcomeThemes = (container: HTMLElement, state?: StateInput) => embed(container, "outcomes-themes", state);

/** An embed page: the chart fills the window, in the state of the page's address. */
export async function embedPage(chart: ChartName): Promise<HTMLElement> {
  const state = parseState(chart, location.search);
  const { root, ready, title, subtitle } = createEmbed(chart, state, "window");
  const html = document.documentElement;
  html.classList.add("fk-embed-page");
  html.lang = state.lang ?? "en";
  if (state.theme) html.dataset.theme = state.theme;
  await ready.catch(() => undefined);
  document.title = `${title} — ${subtitle()}`;
  return root;
}
