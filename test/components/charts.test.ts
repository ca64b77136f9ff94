// Every chart function drawn in Node into a jsdom document, as Plot tests its marks: the drawing is
// compared with a snapshot in snapshots/ (written on the first run; `vitest -u` rewrites it after an
// intended change), and a few facts about it are checked, so that a chart change is seen without a site
// build or a browser. Rows are the five seeds' as the pages and embeds get them (the views of
// src/components/views/ over the base rows the build writes), plus small hand-made rows for the edge
// cases.
import { DateDay, Float64, makeTable, Utf8, vectorFromArray } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { toJson } from "../../loaders/build.ts";
import { SCHEMA, type TableName } from "../../loaders/schema.ts";
import { baseRows } from "../../loaders/views.ts";
import { fiveSeedCorpus } from "../loaders/helpers.ts";
import { danglingReferences, newDocument, serialize } from "./dom.ts";
import { autoChart } from "../../src/components/notebook/autoChart.ts";
import { chartShape } from "../../src/components/notebook/chartShape.ts";
import type { Tables } from "../../src/components/page/jsonTables.ts";
import {
  cellsOf,
  disputedCount,
  firstInOrder,
  keepTrials,
  matrixAxes,
  matrixSummary,
  participationLegend,
  participationMatrix,
  type LabelledStatement,
} from "../../src/components/charts/participationMatrix.ts";
import { UNITS as STORED_UNITS } from "../../loaders/numbers.ts";
import {
  PANEL_LIMIT,
  quantitativeOutcomes,
  shownFigures,
  shownFiguresNote,
  UNITS,
  unitsOf,
  type QuantitativeOutcome,
} from "../../src/components/charts/quantitativeOutcomes.ts";
import { columnsOf } from "../../src/components/notebook/resultFormat.ts";
import { sourceHref } from "../../src/components/page/sources.ts";
import { THEME_MATRIX_LIMIT, themeMatrix, themePairs, themeRows, themeRowsNote, THEMES } from "../../src/components/charts/themeMatrix.ts";
import { firstWords, fitText } from "../../src/components/charts/plotText.ts";
import { PROVISIONAL_NOTE } from "../../src/components/text/provenance.ts";
import { collate } from "../../src/components/charts/seriation.ts";
import { describeTrial, timelineLegend, trialTimeline, type TimelineEvent, type TimelineTrial } from "../../src/components/charts/trialTimeline.ts";
import { figures, findings, themeStatements, type Finding } from "../../src/components/views/outcomes.ts";
import { trialStatuses } from "../../src/components/views/overview.ts";
import { statements as statementView } from "../../src/components/views/participation.ts";
import { milestones, periods, selectedTrials, trialSummary } from "../../src/components/views/timeline.ts";
import { applyView, provisionalLeftOut, selectionOf } from "../../src/components/views/view.ts";
import { trialStatusChart, type TrialStatusRow } from "../../src/components/charts/trialStatusChart.ts";

// What src/data/<table>.json.ts writes and a page or an embed reads, for the five seeds.
const { tables: corpus } = fiveSeedCorpus();
const tables: Tables = Object.fromEntries(Object.entries(corpus).map(([name, rows]) => [name, JSON.parse(toJson(rows, SCHEMA[name as TableName]))]));

const document = newDocument();

/** Compares the chart with its snapshot: `name`.svg for a bare SVG, `name`.html for anything around one. */
async function matchesSnapshot(chart: Element, name: string) {
  expect(danglingReferences(chart), "every url(#…) and #… points into the chart").toEqual([]);
  const extension = chart.tagName === "svg" ? "svg" : "html";
  await expect(serialize(chart)).toMatchFileSnapshot(`snapshots/${name}.${extension}`);
}

const count = (root: Element, selector: string) => root.querySelectorAll(selector).length;
/** `[key, rows with that key]`, keys in order of first appearance (GROUP BY). */
function groupBy<T, K>(rows: T[], key: (row: T) => K): Array<[K, T[]]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return [...groups];
}
const marks = (root: Element, description: string) => count(root, `g[aria-description="${description}"] > *`);

const trialBase = await baseRows(selectedTrials, corpus);
const milestoneBase = await baseRows(milestones, corpus);
const figureBase = await baseRows(figures, corpus);
const findingBase = await baseRows(findings, corpus);
const statementBase = await baseRows(statementView, corpus);
const statusBase = await baseRows(trialStatuses, corpus);
/** The durations page's rows: every trial with a stated period, in start order, their counts, and the milestones. */
const durations = (state: { programme: string | null }) => ({
  chart: applyView(periods, trialBase.rows, { ...state, sort: "start" }),
  counts: trialSummary(applyView(selectedTrials, trialBase.rows, state), provisionalLeftOut(selectedTrials, trialBase.rows, state)).counts,
  events: applyView(milestones, milestoneBase.rows, state) as TimelineEvent[],
});

describe("trialTimeline", () => {
  it("draws a bar per trial with a stated period, with its cancellations, extensions and milestones", async () => {
    const { chart: rows, counts, events } = durations({ programme: null });
    const trials = rows as TimelineTrial[];
    expect(trials).toHaveLength(17);
    const chart = trialTimeline(trials, { width: 900, events, order: trials.map((t) => t.trial_id), document });
    expect(chart.ownerDocument).toBe(document);
    expect(marks(chart, "trial period")).toBe(counts.dated);
    expect(marks(chart, "cancellation")).toBe(counts.cancelled);
    expect(marks(chart, "extension")).toBe(counts.extended);
    expect(marks(chart, "still running")).toBe(trials.filter((t) => t.status === "ongoing").length);
    expect(marks(chart, "milestone")).toBe(events.length);
    expect(marks(chart, "highlighted trial")).toBe(0);
    expect(chart.getAttribute("aria-label")).toMatch(/^Timeline of 17 trial periods from 1\. juli 2012 to .*, with \d+ dated milestones\. Arrow keys/);
    // One tab stop; each bar is named for a screen reader.
    expect(chart.getAttribute("tabindex")).toBe("0");
    expect(count(chart, '[aria-description="trial period"] > [role="button"][aria-label]')).toBe(17);
    await matchesSnapshot(chart, "timeline");
  });

  it("names one trial period and one milestone in the singular", () => {
    const { chart: rows, events } = durations({ programme: null });
    const [trial] = rows as TimelineTrial[];
    const chart = trialTimeline([trial], { width: 900, events: events.slice(0, 1), order: [trial.trial_id], document });
    expect(chart.getAttribute("aria-label")).toMatch(/^Timeline of 1 trial period from .*, with 1 dated milestone\. /);
  });

  it("draws one programme's trials, only those `order` names (an embed's first ones), narrow, in Danish, with one highlighted", async () => {
    const { chart: rows, events } = durations({ programme: "Frikommuneforsøg I" });
    const trials = rows as TimelineTrial[];
    expect(trials).toHaveLength(16);
    const order = trials.slice(0, 6).map((t) => t.trial_id);
    const chart = trialTimeline(trials, { width: 480, events, order, highlight: order[1], lang: "da", document });
    expect(marks(chart, "trial period")).toBe(6);
    expect(marks(chart, "highlighted trial")).toBe(1);
    expect(Array.from(chart.querySelectorAll('g[aria-label="y-axis tick label"] text'), (t) => t.textContent)[0]).toBe("Milepæle");
    await matchesSnapshot(chart, "timeline-filtered-da");
  });

  it("draws hand-made periods: extended, cancelled, still running, year precision; at a given height for projectors", async () => {
    const trial = (id: string, title: string, start: string, end: string, status: string, extended: string | null = null): TimelineTrial => ({
      trial_id: id,
      title,
      programme: "P",
      start_date: Date.parse(start),
      start_precision: "day",
      end_date: Date.parse(end),
      end_precision: id === "c" ? "year" : "day",
      status,
      extended_until: extended === null ? null : Date.parse(extended),
      recommendation: status === "completed" ? "yes" : null,
      days: Math.round((Date.parse(end) - Date.parse(start)) / 864e5),
      doc_id: "doc",
      source_line: 1,
      quote: "“citat” <b>ikke markup</b> & mere",
    });
    const trials = [
      trial("a", "Forlænget forsøg med en meget lang titel, som ikke kan stå på én linje i margenen", "2012-07-01", "2015-12-31", "completed", "2017-07-01"),
      trial("b", "Annulleret", "2013-01-01", "2014-06-30", "cancelled"),
      trial("c", "Kører fortsat", "2016-01-01", "2022-12-31", "ongoing"),
    ];
    const chart = trialTimeline(trials, { width: 700, height: 300, present: true, document });
    expect(marks(chart, "extension")).toBe(1);
    expect(marks(chart, "cancellation")).toBe(1);
    expect(marks(chart, "still running")).toBe(1);
    expect(marks(chart, "milestone")).toBe(0);
    expect(Number(chart.getAttribute("height"))).toBe(300);
    // Text is text, never markup.
    expect(chart.querySelector("b")).toBeNull();
    await matchesSnapshot(chart, "timeline-hand-made");
  });

  it("names a provisional trial so in its label, even where the title is cut to the margin, and in its tip", () => {
    const [known] = durations({ programme: null }).chart as TimelineTrial[];
    const provisional = { ...known, trial_id: "x", title: "Én handleplan med en titel så lang at margenen skærer den af et sted", provisional: true };
    const labels = (lang: "da" | null) =>
      [...trialTimeline([known, provisional], { width: 640, lang, document }).querySelectorAll('[aria-label="y-axis tick label"] text')].map(
        (t) => t.textContent,
      );
    expect(labels(null)).toEqual([expect.stringMatching(/^Medborgerskab /), expect.stringMatching(/^Provisional: Én handleplan .*…$/)]);
    expect(labels("da")[1]).toMatch(/^Foreløbig: Én handleplan/);
    expect(describeTrial(provisional)).toMatch(/^Provisional: Én handleplan/);
    expect(describeTrial(known)).toMatch(new RegExp(`^${known.title}`));
  });

  it("has a legend, in the site's English and in Danish", async () => {
    const en = timelineLegend({ document });
    const da = timelineLegend({ lang: "da", document });
    expect(count(en, ":scope > span")).toBe(5);
    expect(da.textContent).toContain("annulleret");
    // Its swatches are the chart's own symbols (not characters, which depend on the fonts a system has).
    expect(en.querySelector("text")).toBeNull();
    const [known] = durations({ programme: null }).chart as TimelineTrial[];
    const chart = trialTimeline(
      [
        { ...known, status: "cancelled" },
        { ...known, trial_id: "y", status: "ongoing" },
      ],
      { width: 640, document },
    );
    const drawn = (description: string) => chart.querySelector(`g[aria-description="${description}"] path`)!;
    const [cancelled, ongoing] = [3, 4].map((item) => en.querySelector(`:scope > span:nth-child(${item}) path`)!);
    expect(cancelled.getAttribute("d")).toBe(drawn("cancellation").getAttribute("d"));
    expect(ongoing.getAttribute("d")).toBe(drawn("still running").getAttribute("d"));
    expect(ongoing.getAttribute("transform")).toMatch(/rotate\(90\)$/);
    expect(drawn("still running").getAttribute("transform")).toMatch(/rotate\(90\)$/);
    for (const attribute of ["fill", "stroke", "stroke-width"])
      expect(cancelled.getAttribute(attribute) ?? "none", attribute).toBe(
        drawn("cancellation").closest("g")!.getAttribute(attribute) ?? drawn("cancellation").getAttribute(attribute) ?? "none",
      );
    await matchesSnapshot(en, "timeline-legend");
    await matchesSnapshot(da, "timeline-legend-da");
  });
});

describe("trialStatusChart", () => {
  it("stacks every catalogued trial by programme and status (provisional ones are counted apart)", async () => {
    const trials = applyView(trialStatuses, statusBase.rows) as TrialStatusRow[];
    expect(trials).toHaveLength(tables.trials.filter((t) => !t.provisional).length);
    const chart = trialStatusChart(trials, { width: 640, document });
    const groups = new Set(trials.map((t) => `${t.programme}|${t.status}`));
    expect(count(chart, 'g[aria-label="bar"] > rect')).toBe(groups.size);
    const counted = Array.from(chart.querySelectorAll('g[aria-label="bar"] > rect'), (r) => Number(/: (\d+) trials?$/.exec(r.getAttribute("aria-label")!)![1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(trials.length);
    expect(chart.getAttribute("aria-label")).toMatch(new RegExp(`^Trials per programme by status: ${trials.length} trials in all`));
    // The legend names all five statuses.
    expect(count(chart, "span.plot-d6a7b5-swatch")).toBe(5);
    await matchesSnapshot(chart, "status");
  });

  it("draws no bar for no trials, and a status no document states as its own", async () => {
    const empty = trialStatusChart([], { document });
    expect(count(empty, 'g[aria-label="bar"] > rect')).toBe(0);
    await matchesSnapshot(empty, "status-empty");
    const unknown = trialStatusChart(
      [
        { programme: "P", status: null },
        { programme: "P", status: "completed" },
      ],
      { width: 400, document },
    );
    expect(Array.from(unknown.querySelectorAll('g[aria-label="bar"] > rect'), (r) => r.getAttribute("aria-label")).sort()).toEqual([
      "P, completed (gennemført): 1 trial",
      "P, not stated in the sources (ikke oplyst): 1 trial",
    ]);
    await matchesSnapshot(unknown, "status-unknown");
  });
});

describe("participationMatrix", () => {
  const statements = applyView(statementView, statementBase.rows) as LabelledStatement[];
  const cells = cellsOf(statements);

  it("says how many cells documents disagree about: in the seeds one, a trial Vesthimmerland's own list claims and an evaluation's complete list leaves it out of", () => {
    const disputed = cells.filter((c) => c.disputed);
    expect(disputed.map((c) => [c.municipality_code, c.trial_id])).toEqual([[820, "fk2-ledighedsydelse-revurdering"]]);
    expect(disputedCount(cells)).toBe("1 such cell");
    expect(disputedCount(cells.map((c) => ({ ...c, disputed: true })))).toBe(`${cells.length} such cells`);
  });

  it("draws all of the seeds' 35 trials and says so", () => {
    const kept = keepTrials(statements);
    expect(kept.statements).toBe(statements);
    const axes = matrixAxes(kept, "similarity", "count");
    expect([axes.columnOrder.length, axes.trials]).toEqual([35, 35]);
    expect(matrixSummary(cells, axes)).toBe(`Showing ${cells.length} filled cells: ${axes.rowOrder.length} municipalities × 35 trials.`);
  });

  it("past its limit of trials, draws those most municipalities ran, with only their municipalities, and says how many it leaves out", () => {
    const kept = keepTrials(statements, 3);
    const axes = matrixAxes(kept, "similarity", "alphabetical");
    const ranBy = new Map<string, number>();
    for (const c of cells) ranBy.set(c.trial_id, (ranBy.get(c.trial_id) ?? 0) + 1);
    const most = [...ranBy.values()].sort((a, b) => b - a);
    // The three columns are trials no other trial beats for municipalities.
    expect(axes.columnOrder.map((t) => ranBy.get(t.key as string))).toEqual(expect.arrayContaining(most.slice(0, 3)));
    expect([axes.columnOrder.length, axes.trials]).toEqual([3, 35]);
    const columns = new Set(axes.columnOrder.map((t) => t.key));
    const municipalities = new Set(cells.filter((c) => columns.has(c.trial_id)).map((c) => c.municipality_code));
    expect(new Set(axes.rowOrder.map((m) => m.key))).toEqual(municipalities);
    const shown = cellsOf(kept.statements);
    expect(shown.length).toBe(most.slice(0, 3).reduce((a, b) => a + b, 0));
    expect(matrixSummary(shown, axes)).toBe(
      `Showing ${shown.length} filled cells: ${municipalities.size} municipalities × the 3 trials most municipalities ran, of 35; narrow the filters to see the others. The table below lists every statement.`,
    );
    // The matrix draws those cells only, the same from the cells its caller computed once.
    const drawn = participationMatrix(kept.statements, { width: 900, ...axes, document });
    expect(count(drawn, ".pm-cell")).toBe(shown.length);
    expect(serialize(participationMatrix(kept.statements, { width: 900, ...axes, cells: shown, document }))).toBe(serialize(drawn));
  });

  it("firstInOrder gives the first items of a stable sort, ties in their order, without sorting the rest", () => {
    // Items with many ties (key) and their place (at), so that a tie's order shows.
    const items = Array.from({ length: 200 }, (_, at) => ({ key: (at * 7919) % 13, at }));
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const sorted = [...items].sort(byKey);
    for (const count of [0, 1, 5, 13, 14, 100, 199, 200, 250]) expect(firstInOrder(items, count, byKey), `count ${count}`).toEqual(sorted.slice(0, count));
  });

  it("keeps, at every limit, the trials a sort of them all by municipalities and Danish title would put first", () => {
    const byTrial = new Map(groupBy(statements, (s) => s.trial_id));
    const ranBy = (rows: LabelledStatement[]) => new Set(rows.map((s) => s.municipality_code)).size;
    const ranked = [...byTrial.values()].sort((a, b) => ranBy(b) - ranBy(a) || collate(a[0].trial, b[0].trial)).map((rows) => rows[0].trial_id);
    // The seeds' trials tie at most counts, so that the limits below cut through ties.
    expect(new Set([...byTrial.values()].map(ranBy)).size).toBeLessThan(byTrial.size / 2);
    for (let limit = 1; limit <= byTrial.size; limit++) {
      const top = new Set(ranked.slice(0, limit));
      expect(keepTrials(statements, limit).statements, `limit ${limit}`).toEqual(statements.filter((s) => top.has(s.trial_id)));
      // A copy, as a reader's own query gives statements, is read row by row instead of from the base rows' columns: the same.
      expect(keepTrials([...statements], limit)).toEqual(keepTrials(statements, limit));
    }
    // Statements a filter selected stand at positions in the base rows: the same as their copy.
    const programme = applyView(statementView, statementBase.rows, { programme: "Frikommuneforsøg II" }) as LabelledStatement[];
    expect(selectionOf(programme)?.positions).toHaveLength(programme.length);
    for (const limit of [1, 4, 10]) expect(keepTrials(programme, limit)).toEqual(keepTrials([...programme], limit));
    expect(keepTrials(programme, 4).trials).toBe(new Set(programme.map((s) => s.trial_id)).size);
  });

  it("orders the axes when a reader's own query gives a trial no programme and a municipality no group", () => {
    const [first, ...rest] = statements;
    const nulls = [{ ...first, programme: null, group: null }, ...rest] as unknown as LabelledStatement[];
    for (const order of ["similarity", "count", "alphabetical"] as const) {
      expect(() => participationMatrix(nulls, { width: 900, ...matrixAxes(keepTrials(nulls), order, order), document })).not.toThrow();
    }
  });

  it("says in a cell's tip that one of its statements is provisional, once the reader includes such rows", () => {
    const [first, ...rest] = statements;
    const marked = [{ ...first, provisional: true }, ...rest];
    const { rowOrder, columnOrder } = matrixAxes(keepTrials(marked), "similarity", "count");
    const tips = Array.from(
      participationMatrix(marked, { width: 1100, rowOrder, columnOrder, document }).querySelectorAll(".pm-cell title"),
      (t) => t.textContent,
    );
    expect(tips.filter((tip) => tip?.includes(PROVISIONAL_NOTE))).toHaveLength(1);
    expect(cellsOf(marked).filter((c) => c.provisional)).toHaveLength(1);
  });

  it("fills a cell wherever a document says a municipality ran a trial, with the totals", async () => {
    const { rowOrder, columnOrder } = matrixAxes(keepTrials(statements), "similarity", "count");
    const matrix = participationMatrix(statements, { width: 1100, rowOrder, columnOrder, document });
    expect(matrix.ownerDocument).toBe(document);
    expect(count(matrix, ".pm-cell")).toBe(cells.length);
    expect(count(matrix, ".pm-cell.disputed")).toBe(cells.filter((c) => c.disputed).length);
    expect(count(matrix, ".pm-cell.selected")).toBe(0);
    // Rows are municipalities, one label each; the totals add up to the cells.
    expect(count(matrix, ".pm-down text")).toBe(rowOrder.length);
    const total = (id: string) => Array.from(matrix.querySelectorAll(`[data-testid="${id}"] text`), (t) => Number(t.textContent)).reduce((a, b) => a + b, 0);
    expect(total("totals-down")).toBe(cells.length);
    expect(total("totals-across")).toBe(cells.length);
    expect(matrix.querySelector("svg.pm-chart")!.getAttribute("aria-label")).toMatch(
      new RegExp(`^Participation matrix: ${cells.length} filled cells for ${rowOrder.length} municipalities and ${columnOrder.length} trials`),
    );
    // Its own sentence ends once before the keys' ("statements.. Arrow keys" before).
    expect(matrix.querySelector("svg.pm-chart")!.getAttribute("aria-label")).toMatch(
      /lists the same statements\. Arrow keys move between the marks(, Enter opens one)?\.$/,
    );
    expect(matrix.querySelector("[data-legend]")).not.toBeNull();
    await matchesSnapshot(matrix, "participation");
  });

  it("draws one network's rows, turned on a narrow screen, with a cell selected, in Danish", async () => {
    const network = statementBase.options.network
      .map((n) => n.value)
      .find((g) => new Set(statements.filter((s) => s.group === g).map((s) => s.municipality_code)).size > 1)!;
    const filtered = applyView(statementView, statementBase.rows, { network }) as LabelledStatement[];
    const { rowOrder, columnOrder } = matrixAxes(keepTrials(filtered), "alphabetical", "alphabetical");
    const [first] = cellsOf(filtered);
    const matrix = participationMatrix(filtered, {
      width: 320,
      rowOrder,
      columnOrder,
      highlight: { trial_id: first.trial_id, municipality_code: first.municipality_code },
      lang: "da",
      document,
    });
    expect(count(matrix, ".pm-cell")).toBe(cellsOf(filtered).length);
    expect(count(matrix, ".pm-cell.selected")).toBe(1);
    // Turned: trials down the side (more trials than municipalities here).
    expect(columnOrder.length).toBeGreaterThan(rowOrder.length);
    expect(count(matrix, ".pm-down text")).toBe(columnOrder.length);
    await matchesSnapshot(matrix, "participation-network-da");
  });

  it("fits an embed's height without its legend, and says so when nothing is selected", async () => {
    const { rowOrder, columnOrder } = matrixAxes(keepTrials(statements), "count", "count");
    const embed = participationMatrix(statements, {
      width: 800,
      height: 400,
      rowOrder: rowOrder.slice(0, 6),
      columnOrder,
      legend: false,
      legible: true,
      document,
    });
    expect(embed.querySelector("[data-legend]")).toBeNull();
    await matchesSnapshot(embed, "participation-embed");
    const empty = participationMatrix([], { rowOrder: [], columnOrder: [], document });
    expect(empty.querySelector(".pm-empty")?.textContent).toBe("No document names a trial for this selection.");
    expect(empty.querySelector("svg")).toBeNull();
    await matchesSnapshot(empty, "participation-empty");
  });

  it("has a legend with a swatch per kind of cell, long and short", async () => {
    const legend = participationLegend({ document });
    expect(count(legend, ":scope > span > svg")).toBe(4);
    expect(legend.textContent).toContain("own list (the municipality lists its own trials)");
    const short = participationLegend({ short: true, lang: "da", document });
    expect(short.textContent).not.toContain("(kommunen oplister");
    await matchesSnapshot(legend, "participation-legend");
    await matchesSnapshot(short, "participation-legend-short-da");
  });
});

describe("quantitativeOutcomes", () => {
  const rows = applyView(figures, figureBase.rows) as QuantitativeOutcome[];

  it("has a panel for every unit the loaders store (a document read by the general layer keeps all its counts)", () => {
    const drawn = quantitativeOutcomes(
      STORED_UNITS.map((unit, i) => ({ metric: unit, value: i + 2, unit, approximate: false, statement: "Udsagn.", doc_id: "doc", source_line: 1 })),
      { width: 900, document },
    );
    expect(Array.from(drawn.querySelectorAll("figure.outcome-panel"), (f) => (f as HTMLElement).dataset.unit).sort()).toEqual([...STORED_UNITS].sort());
  });

  it("draws every figure of the seeds, and past PANEL_LIMIT a unit's first ones (the largest), leaving the rest to the table", () => {
    expect(shownFigures(rows)).toEqual({ figures: rows, total: rows.length });
    // Each seed figure many times over, as a larger corpus would report them: the view's order, largest first within each unit.
    const many = unitsOf(rows).flatMap((unit) =>
      rows
        .filter((r) => r.unit === unit.key)
        .flatMap((r) => Array.from({ length: PANEL_LIMIT }, (_, i) => ({ ...r, metric: `${r.metric} ${i}`, value: r.value - i }))),
    );
    const shown = shownFigures(many);
    expect(shown.total).toBe(many.length);
    for (const unit of unitsOf(rows))
      expect(shown.figures.filter((r) => r.unit === unit.key)).toEqual(many.filter((r) => r.unit === unit.key).slice(0, PANEL_LIMIT));
    expect(shown.figures).toHaveLength(PANEL_LIMIT * unitsOf(rows).length);
    expect(shownFiguresNote(shown)).toBe(
      `Each panel draws its first ${PANEL_LIMIT} figures, largest first: ${PANEL_LIMIT * 3} of ${many.length} are drawn. The table below lists every figure.`,
    );
    expect(quantitativeOutcomes(shown.figures, { width: 900, document }).querySelectorAll('g[aria-label="bar"] > a')).toHaveLength(shown.figures.length);
  });

  it("draws two figures named alike as two bars, each under its name", () => {
    const saved = { metric: "Saved", unit: "DKK", approximate: false, statement: "Udsagn.", source_line: 1 };
    const drawn = quantitativeOutcomes(
      [
        { ...saved, value: 300_000, doc_id: "a" },
        { ...saved, value: 100_000, doc_id: "b" },
      ],
      { width: 900, document },
    );
    const bars = Array.from(drawn.querySelectorAll('g[aria-label="bar"] rect'), (r) => Number(r.getAttribute("y")));
    expect(new Set(bars).size).toBe(2);
    expect(Array.from(drawn.querySelectorAll('g[aria-label="y-axis tick label"] > text'), (t) => t.textContent)).toEqual(["Saved", "Saved"]);
  });

  it("lists the rows' units in panel order, as the page's introduction names them", () => {
    expect(unitsOf(rows).map((u) => u.key)).toEqual(["DKK", "persons", "municipalities"]);
    expect(unitsOf(rows.filter((r) => r.unit !== "DKK")).map((u) => u.key)).toEqual(["persons", "municipalities"]);
    expect(unitsOf([])).toEqual([]);
  });

  it("draws a panel per unit and a bar linking to its source line per figure", async () => {
    const chart = quantitativeOutcomes(rows, { width: 900, document });
    const units = UNITS.filter((u) => rows.some((r) => r.unit === u.key));
    expect(Array.from(chart.querySelectorAll("figure.outcome-panel"), (f) => (f as HTMLElement).dataset.unit)).toEqual(units.map((u) => u.key));
    const bars = Array.from(chart.querySelectorAll('g[aria-label="bar"] > a'));
    expect(bars).toHaveLength(rows.length);
    expect(new Set(bars.map((a) => a.getAttribute("href")))).toEqual(new Set(rows.map((r) => sourceHref(r.doc_id, r.source_line))));
    // An embed, one folder down, links from the site's root.
    const embedded = quantitativeOutcomes(rows, { width: 900, document, sourceBase: "https://example.org/site" });
    for (const a of embedded.querySelectorAll('g[aria-label="bar"] > a'))
      expect(a.getAttribute("href")).toMatch(/^https:\/\/example\.org\/site\/sources\/[^/]+#L\d+$/);
    // Approximate figures are hatched, exact ones solid.
    expect(count(chart, 'g[aria-label="bar"] rect[fill^="url(#"]')).toBe(rows.filter((r) => r.approximate).length);
    expect(chart.getAttribute("aria-label")).toMatch(new RegExp(`^Reported figures in ${units.length} panels`));
    await matchesSnapshot(chart, "figures");
  });

  it("draws hand-made figures narrow, stretched to a height, in Danish, and nothing for no figures", async () => {
    const figure = (metric: string, value: number, unit: string, approximate: boolean): QuantitativeOutcome => ({
      metric,
      value,
      unit,
      approximate,
      statement: "Udsagn.",
      doc_id: "doc",
      source_line: 7,
    });
    const chart = quantitativeOutcomes([figure("Besparelse", 2_500_000, "DKK", true), figure("Borgere", 14, "persons", false)], {
      width: 420,
      height: 400,
      lang: "da",
      document,
    });
    expect(count(chart, "figure")).toBe(2);
    expect(chart.textContent).toContain("ca. 2,5 mio. kr.");
    expect(chart.textContent).toContain("14 personer");
    // A bar is a link without text: its name is the figure, in the chart's language.
    expect(Array.from(chart.querySelectorAll('g[aria-label="bar"] > a'), (a) => a.getAttribute("aria-label"))).toEqual([
      "Besparelse: ca. 2,5 mio. kr., åbner kildelinjen",
      "Borgere: 14 personer, åbner kildelinjen",
    ]);
    await matchesSnapshot(chart, "figures-hand-made-da");
    const empty = quantitativeOutcomes([], { document });
    expect(count(empty, "figure")).toBe(0);
    await matchesSnapshot(empty, "figures-empty");
  });
});

/** The outcomes page's matrix rows: the findings the filters select, one row per finding and theme. */
const matrixRows = (state: { programme?: string; q?: string } = {}) => themeStatements(applyView(findings, findingBase.rows, state) as Finding[]);

describe("themeMatrix", () => {
  const themed = matrixRows();
  const pairs = new Set(themed.map((s) => `${s.row_label}|${s.theme}`));

  it("fills a cell per trial and theme the findings speak of, with its count", async () => {
    const matrix = themeMatrix(themed, { width: 900, document });
    const rows = new Set(themed.map((s) => s.row_label));
    // A faint square for every row and theme, so that empty cells read as "nothing said".
    expect(matrix.querySelector('svg > g[aria-label="cell"]')!.children).toHaveLength(rows.size * THEMES.length);
    const cells = matrix.querySelectorAll('[role="button"]');
    expect(cells).toHaveLength(pairs.size);
    const numbers = Array.from(matrix.querySelectorAll('g[aria-label="text"] > text'), (t) => Number(t.textContent!.replaceAll(".", "")));
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(themed.length);
    expect(matrix.querySelector("svg")!.getAttribute("aria-label")).toMatch(
      new RegExp(`^Theme matrix: ${rows.size} trials or programme-wide rows × ${THEMES.length} themes; ${pairs.size} cells hold statements`),
    );
    await matchesSnapshot(matrix, "themes");
  });

  it("lists a cell's statements under the matrix when it is clicked", () => {
    const matrix = themeMatrix(themed, { width: 900, document });
    // The first cell: the first row's first theme (in column order) that it has statements on.
    const cell = matrix.querySelector('[role="button"]')!;
    const row = themed[0].row_label;
    const theme = THEMES.find((t) => themed.some((s) => s.row_label === row && s.theme === t.key))!.key;
    expect(cell.getAttribute("aria-label")).toMatch(new RegExp(`^${row.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, `));
    cell.dispatchEvent(new document.defaultView!.MouseEvent("click"));
    const items = themed.filter((s) => s.row_label === row && s.theme === theme);
    expect(matrix.querySelector(".theme-matrix-detail h3")!.textContent).toMatch(new RegExp(`: ${items.length} statements?$`));
    const links = Array.from(matrix.querySelectorAll(".theme-matrix-detail li a"), (a) => a.getAttribute("href"));
    expect(links).toEqual(items.map((s) => sourceHref(s.doc_id, s.source_line)));
    expect(matrix.querySelector(".theme-matrix-detail blockquote")!.getAttribute("lang")).toBe("da");
  });

  it("draws a filtered view narrow with a row highlighted, a small embed's height, and says so when nothing matches", async () => {
    const programme = tables.trials[0].programme;
    const filtered = matrixRows({ programme });
    const highlight = filtered.find((s) => !s.row_label.startsWith("Programme-wide"))!.row_label;
    const narrow = themeMatrix(filtered, { width: 420, highlight, lang: "da", document });
    expect(count(narrow, '[role="button"][stroke-width="2"]')).toBe(new Set(filtered.filter((s) => s.row_label === highlight).map((s) => s.theme)).size);
    await matchesSnapshot(narrow, "themes-filtered-da");
    // Where wrapped titles would not fit the height, each keeps one line (an embed scales down what still overflows).
    const lines = (matrix: Element) =>
      Array.from(matrix.querySelectorAll('g[aria-label="y-axis tick label"] > text'), (t) => Math.max(1, t.querySelectorAll("tspan").length));
    expect(Math.max(...lines(themeMatrix(themed, { width: 800, document })))).toBeGreaterThan(1);
    const compact = themeMatrix(themed, { width: 800, height: 300, present: true, document });
    expect(Math.max(...lines(compact))).toBe(1);
    await matchesSnapshot(compact, "themes-compact");
    const none = themeMatrix(matrixRows({ q: "no finding says this" }), { document });
    expect(none.textContent).toBe("No themed statement matches these filters.");
    await matchesSnapshot(none, "themes-empty");
  });

  it("draws every row the seeds fill, and past its limit the rows with the most findings, in their order", () => {
    const rows = [...new Set(themed.map((s) => s.row_label))];
    expect(rows.length).toBeLessThan(THEME_MATRIX_LIMIT);
    const selected = applyView(findings, findingBase.rows) as Finding[];
    expect(themeRows(selected)).toEqual({ statements: themed, rows: rows.length, total: rows.length });
    const sizes = new Map(rows.map((row) => [row, themed.filter((s) => s.row_label === row).length]));
    const kept = themeRows(selected, null, 3);
    const keptRows = [...new Set(kept.statements.map((s) => s.row_label))];
    expect([kept.rows, kept.total, keptRows.length]).toEqual([3, rows.length, 3]);
    // The pairs of every row, drawn or not: the page's count under the matrix, from the columns or from a copy row by row.
    expect(themePairs(selected)).toBe(themed.length);
    expect(themePairs([...selected])).toBe(themed.length);
    // Findings a view selected are read from its base rows' columns; a copy of them, as a reader's query gives them, row by row: the same rows.
    expect(selectionOf(selected)).toBeDefined();
    expect(selectionOf([...selected])).toBeUndefined();
    expect(themeRows([...selected], null, 3)).toEqual(kept);
    expect(themeRows([...selected])).toEqual(themeRows(selected));
    const programmeTwo = applyView(findings, findingBase.rows, { programme: "Frikommuneforsøg II" }) as Finding[];
    expect(selectionOf(programmeTwo)?.positions).not.toBeNull();
    expect(themeRows(programmeTwo, null, 2)).toEqual(themeRows([...programmeTwo], null, 2));
    expect(themePairs(programmeTwo)).toBe(themeStatements(programmeTwo).length);
    // No row left out has more findings than a row kept; the kept rows stay in the findings' order, each with all its statements.
    const least = Math.min(...keptRows.map((row) => sizes.get(row)!));
    expect(rows.filter((row) => !keptRows.includes(row)).every((row) => sizes.get(row)! <= least)).toBe(true);
    expect(keptRows).toEqual(rows.filter((row) => keptRows.includes(row)));
    expect(kept.statements).toEqual(themed.filter((s) => keptRows.includes(s.row_label)));
    // In any order (a reader's own query), a row's findings need not come together: the same rows as counting every pair.
    const mixed = [...selected].sort((a, b) => a.source_line - b.source_line || a.doc_id.localeCompare(b.doc_id));
    const pairs = new Map<string, number>();
    for (const s of themeStatements(mixed)) pairs.set(s.row_label, (pairs.get(s.row_label) ?? 0) + 1);
    const expected = new Set(
      [...pairs]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([row]) => row),
    );
    expect(new Set(themeRows(mixed, null, 3).statements.map((s) => s.row_label))).toEqual(expected);
    expect(themeRows(mixed, null, 3).statements).toEqual(themeStatements(mixed).filter((s) => expected.has(s.row_label)));
    // In Danish, the same rows, the programme-wide ones named in Danish.
    const danish = themeRows(selected, "da", 3);
    expect(danish.statements.map((s) => s.statement)).toEqual(kept.statements.map((s) => s.statement));
    expect(themeRows(selected, "da").statements).toEqual(themeStatements(selected, "da"));
    expect(themeRowsNote(kept)).toBe(
      `The matrix draws the 3 rows with the most findings, of ${rows.length}; narrow the filters to see the others. The table below lists every finding.`,
    );
    // Three rows of faint squares, one per theme.
    expect(themeMatrix(kept.statements, { width: 900, document }).querySelector('svg > g[aria-label="cell"]')!.children).toHaveLength(3 * THEMES.length);
  });
});

describe("firstWords", () => {
  it("gives a tooltip's line: a finding's first eight words and …, as splitting it at every space would", () => {
    const split = (text: string) => {
      const words = text.split(/\s+/);
      return words.length > 8 ? `${words.slice(0, 8).join(" ")} …` : text;
    };
    const texts = [
      "Kommunen har sparet tid på sagsbehandlingen og borgerne oplever færre møder i forløbet",
      "Otte ord og ikke flere end det her",
      "Otte ord og ikke flere end det her ",
      " Et mellemrum først, og så  to  mellemrum\tog et\nlinjeskift midt i teksten",
      "ni ord: et to tre fire fem seks syv otte",
      "",
      "ét",
    ];
    for (const text of texts) expect(firstWords(text), JSON.stringify(text)).toBe(split(text));
    expect(firstWords(texts[0])).toBe("Kommunen har sparet tid på sagsbehandlingen og borgerne …");
    expect(firstWords(texts[1])).toBe(texts[1]);
  });
});

describe("fitText", () => {
  // Node has no fonts: a label cut there (a drawing made at build time) must still hold in a reader's font.
  // DejaVu Sans, what Chromium on Linux draws Plot's sans-serif with, runs about 0.6 em a letter.
  it("cuts a label in Node so that it holds at 0.6 em a letter, at a word or letter with …", () => {
    const title = "Medborgerskab kombineret med en erhvervsrettet indsats";
    for (const px of [60, 120, 200]) {
      const cut = fitText(title, px);
      expect(cut, `${px} px`).toMatch(/…$/);
      expect(title.startsWith(cut.slice(0, -1)), `${px} px`).toBe(true);
      expect(cut.length * 0.6 * 10, `${px} px`).toBeLessThanOrEqual(px);
    }
    expect(fitText("Kort titel", 120)).toBe("Kort titel");
  });
});

describe("autoChart", () => {
  /** An Arrow table as DuckDB returns one: a key column and a number column. */
  const arrowTable = (key: string, keys: unknown[], keyType: Utf8 | DateDay, value: string, values: number[]) =>
    makeTable({ [key]: vectorFromArray(keys, keyType).data[0], [value]: vectorFromArray(values, new Float64()).data[0] } as never);

  it("draws a bar per row in the query's order, NULL as a category", async () => {
    // SELECT status, count(*) AS trials FROM trials GROUP BY status ORDER BY trials DESC
    const byStatus = groupBy(tables.trials, (t) => t.status as string | null)
      .map(([status, rows]) => [status, rows.length] as const)
      .sort((a, b) => b[1] - a[1]);
    const table = arrowTable(
      "status",
      byStatus.map(([s]) => s),
      new Utf8(),
      "trials",
      byStatus.map(([, n]) => n),
    );
    const columns = columnsOf(table);
    const shape = chartShape(columns, table.numRows)!;
    expect(shape).toEqual({ mark: "bar", key: "status", value: "trials" });
    const chart = autoChart(table, columns, shape, { width: 600, document });
    const bars = chart.querySelectorAll('g[aria-label="bar"] > rect');
    expect(bars).toHaveLength(byStatus.length);
    expect(Array.from(chart.querySelectorAll('g[aria-label="y-axis tick label"] text'), (t) => t.textContent)).toEqual(byStatus.map(([s]) => s ?? "NULL"));
    expect(chart.getAttribute("aria-label")).toBe("Bar chart: trials by status");
    await matchesSnapshot(chart, "auto-bar");
  });

  it("draws a line over time, broken where years are missing", async () => {
    // SELECT date_trunc('year', date) AS year, count(*) AS events FROM events GROUP BY ALL ORDER BY year
    const byYear = groupBy(tables.events, (e) => new Date(e.date).getUTCFullYear())
      .map(([year, rows]) => [year, rows.length] as const)
      .sort((a, b) => a[0] - b[0]);
    // A missing year, whatever the seeds hold: the line must not join across it.
    const years = [...byYear, [byYear[byYear.length - 1][0] + 3, 1] as const];
    const table = arrowTable(
      "year",
      years.map(([y]) => Date.UTC(y, 0, 1)),
      new DateDay(),
      "events",
      years.map(([, n]) => n),
    );
    const columns = columnsOf(table);
    expect(columns[0]).toMatchObject({ kind: "temporal", precision: "year" });
    const shape = chartShape(columns, table.numRows)!;
    const chart = autoChart(table, columns, shape, { width: 600, document });
    expect(count(chart, 'g[aria-label="dot"] > circle')).toBe(years.length);
    const path = chart.querySelector('g[aria-label="line"] path')!.getAttribute("d")!;
    expect(path.match(/M/g)!.length).toBeGreaterThanOrEqual(2);
    expect(chart.getAttribute("aria-label")).toBe("Line chart: events over year");
    await matchesSnapshot(chart, "auto-line");
  });
});

describe("every chart at the width a page reports before it is laid out", () => {
  // Framework's `width` is 0 for a moment: /durations once drew bars of width -150 then (a console error
  // per bar in Chromium). Each chart keeps its own narrowest width instead.
  const negative = (chart: Element) =>
    Array.from(chart.querySelectorAll("[width], [height]")).flatMap((e) =>
      ["width", "height"].filter((a) => Number(e.getAttribute(a)) < 0).map((a) => `<${e.tagName} ${a}="${e.getAttribute(a)}">`),
    );

  it("draws no mark with a negative width or height", () => {
    const { chart: trials, events } = durations({ programme: null });
    const charts = {
      timeline: trialTimeline(trials as TimelineTrial[], { width: 0, events, document }),
      figures: quantitativeOutcomes(applyView(figures, figureBase.rows) as QuantitativeOutcome[], { width: 0, document }),
      themes: themeMatrix(matrixRows(), { width: 0, document }),
    };
    for (const [name, chart] of Object.entries(charts)) {
      expect(count(chart, "rect"), name).toBeGreaterThan(0);
      expect(negative(chart), name).toEqual([]);
    }
  });
});
