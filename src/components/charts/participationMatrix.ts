// Municipalities × trials: a filled cell wherever a document says a municipality ran a trial, coloured
// by what kind of document says so, with marginal totals. On narrow screens the matrix is turned
// (trials down, municipalities across) so that the long trial titles stay legible.
import * as d3 from "npm:d3";
import { pick, type Lang } from "../presenter/chartState.js";
import { clickOn, keyboardMarks } from "./keyboard.js";
import { PALETTE } from "./palette.js";
import { formatCount, formatNumber } from "../text/locale.js";
import { PROVISIONAL_NOTE, trialName } from "../text/provenance.js";
import { groupBy } from "./groupBy.js";
import { collate, orderItems, type Order } from "./seriation.js";
import { baseColumns } from "../views/view.js";

/** One participation row: a document saying a municipality ran a trial. */
export interface Statement {
  trial_id: string;
  municipality_code: number;
  doc_id: string;
  basis: string;
  /** True where `disagreements` records that documents contradict each other about this cell. */
  disputed: boolean;
  /** Names a trial or municipality the reference data does not know yet (drawn only when the reader includes such rows). */
  provisional?: boolean;
}

/** A row (municipality, key = code) or column (trial, key = trial_id), in the order to draw. */
export interface AxisItem {
  key: string | number;
  label: string;
  group: string;
}

export interface Cell<S extends Statement = Statement> {
  trial_id: string;
  municipality_code: number;
  statements: S[];
  documents: number;
  basis: "own_list" | "named" | "both";
  disputed: boolean;
  provisional: boolean;
}

export interface MatrixOptions<S extends Statement> {
  width?: number;
  /** Where the matrix must fit a height (an embed), column titles are cut shorter, then cells made smaller. */
  height?: number;
  /** Municipalities, grouped and ordered. */
  rowOrder: AxisItem[];
  /** Trials, grouped and ordered. */
  columnOrder: AxisItem[];
  /** Cells drawn outlined: one cell, or with only a municipality or a trial, its whole row or column. */
  highlight?: { trial_id?: string | null; municipality_code?: number | null } | null;
  /** Called with the clicked cell, or null when the selected cell is clicked again. */
  onSelect?: (cell: Cell<S> | null) => void;
  /** Projector contrast: labels, rules and the disputed edge drawn stronger. */
  present?: boolean;
  lang?: Lang | null;
  /** False where the caller shows participationLegend() elsewhere (an embed, across its header). */
  legend?: boolean;
  /**
   * Where the height is limited, keep column titles and cells large enough to read (an embed, which
   * leaves out rows instead): the matrix then runs past the height rather than cutting them shorter.
   */
  legible?: boolean;
  /** The statements' cells, cellsOf(statements), where the caller has them already: computed once per change. */
  cells?: Cell<S>[];
  /** The document to draw into, such as a jsdom document in Node; the page's by default. */
  document?: Document;
}

/** Colours (palette.ts); a cell with both kinds is split diagonally. */
export const BASIS = {
  own_list: { label: "own list (the municipality lists its own trials)", da: "egen liste (kommunen oplister selv sine forsøg)", color: PALETTE.blue },
  named: { label: "named (a document names the municipality for the trial)", da: "nævnt (et dokument nævner kommunen for forsøget)", color: PALETTE.orange },
};

/** A kind's colour as a square in a line of prose ("a ■ blue cell means …"), sized by the page's `.key` rule. */
export function basisKey(basis: keyof typeof BASIS, { document = globalThis.document }: { document?: Document } = {}): HTMLSpanElement {
  const key = document.createElement("span");
  key.className = "key";
  key.setAttribute("style", `background: ${BASIS[basis].color}`);
  return key;
}

/** A statement with the labels and groups the matrix axes need. */
export interface LabelledStatement extends Statement {
  trial: string;
  programme: string;
  municipality: string;
  /** The municipality's row group: its network, or its programme and name. */
  group: string;
}

/**
 * The most trials the matrix draws. The documents name 35; only a synthetic corpus goes past this, and
 * then thousands of columns would be unreadable, and ordering them by similarity (cubic in their number)
 * would stop the page: the matrix draws the trials most municipalities ran and says how many it leaves out.
 */
export const MATRIX_LIMIT = 100;

/** The statements the matrix draws, and how many trials there were before the matrix left any out. */
export interface KeptTrials<S extends Statement = LabelledStatement> {
  statements: S[];
  /** Trials the statements name: more than the matrix's columns when it leaves some out (MATRIX_LIMIT). */
  trials: number;
}

/**
 * Past `limit` trials, the statements of the `limit` trials most municipalities ran (ties in Danish
 * alphabetical order of their labels); otherwise every statement. Their cells (cellsOf) are the ones drawn.
 */
export function keepTrials<S extends LabelledStatement>(statements: S[], limit = MATRIX_LIMIT): KeptTrials<S> {
  // Trials and municipalities from columns made once (baseColumns): a Map lookup of every statement's
  // trial took most of this at 1000× data.
  const { columns, positions } = baseColumns(statements, "trials", numberTrials);
  // Each trial's municipalities in an array, not a Set: a trial has a few, and making 30009 Sets took
  // two to three times as long (1000× data). Trials by number, in their first appearance.
  const ranBy: number[][] = new Array(columns.count);
  const firstAt: number[] = new Array(columns.count);
  const order: number[] = [];
  for (let i = 0; i < statements.length; i++) {
    const at = positions === null ? i : positions[i];
    const trial = columns.trials[at];
    const municipality = columns.municipalities[at];
    const municipalities = ranBy[trial];
    if (municipalities === undefined) {
      ranBy[trial] = [municipality];
      firstAt[trial] = i;
      order.push(trial);
    } else if (!municipalities.includes(municipality)) municipalities.push(municipality);
  }
  if (order.length <= limit) return { statements, trials: order.length };
  // The limit-th largest count: every trial above it is kept, and of those at it, the first in Danish
  // order until the limit. Sorting all 30009 trials by count and label (1000× data) was most of the
  // matrix's time at a filter change, and sorting the tied ones (25000 of them) still 27 ms.
  const threshold = Float64Array.from(order, (t) => ranBy[t].length).sort()[order.length - limit];
  const kept = new Uint8Array(columns.count);
  let above = 0;
  for (const t of order) {
    if (ranBy[t].length <= threshold) continue;
    kept[t] = 1;
    above += 1;
  }
  const label = (t: number) => {
    const first = statements[firstAt[t]];
    return trialName({ title: first.trial ?? first.trial_id, provisional: first.provisional });
  };
  const tied = order.filter((t) => ranBy[t].length === threshold).map((t) => ({ t, label: label(t) }));
  for (const { t } of firstInOrder(tied, limit - above, (a, b) => collate(a.label, b.label))) kept[t] = 1;
  const keptStatements: S[] = [];
  for (let i = 0; i < statements.length; i++) if (kept[columns.trials[positions === null ? i : positions[i]]]) keptStatements.push(statements[i]);
  return { statements: keptStatements, trials: order.length };
}

/** Statements' trials (numbered in their first appearance, `count` of them) and municipalities, as columns. */
interface TrialColumns {
  trials: Int32Array;
  municipalities: Float64Array;
  count: number;
}

function numberTrials(statements: readonly Statement[]): TrialColumns {
  const numbers = new Map<string, number>();
  const columns = { trials: new Int32Array(statements.length), municipalities: new Float64Array(statements.length), count: 0 };
  for (let i = 0; i < statements.length; i++) {
    const trial = numbers.get(statements[i].trial_id) ?? numbers.size;
    numbers.set(statements[i].trial_id, trial);
    columns.trials[i] = trial;
    columns.municipalities[i] = statements[i].municipality_code;
  }
  columns.count = numbers.size;
  return columns;
}

/**
 * The first `count` of `items` in the order of `compare`, as a stable sort would give them, without
 * sorting the rest: each item is compared with the last kept one, and only one that comes before it is
 * placed among them.
 */
export function firstInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === count && (count === 0 || compare(item, kept[count - 1]) >= 0)) continue;
    // After any it ties with, which came earlier.
    let [low, high] = [0, kept.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(item, kept[middle]) < 0) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

export interface MatrixAxes {
  rowOrder: AxisItem[];
  columnOrder: AxisItem[];
  /** Trials the statements name: more than the columns when the matrix leaves some out (MATRIX_LIMIT). */
  trials: number;
}

/**
 * Rows (municipalities, grouped by network) and columns (trials, grouped by programme) of the kept
 * statements (keepTrials), each ordered within its groups.
 */
export function matrixAxes({ statements, trials }: KeptTrials, rowOrderBy: Order, columnOrderBy: Order): MatrixAxes {
  const items = (
    key: "municipality_code" | "trial_id",
    label: "municipality" | "trial",
    group: "group" | "programme",
    member: "trial_id" | "municipality_code",
  ) =>
    Array.from(
      groupBy(statements, (d) => d[key]),
      ([value, rows]) => {
        // A reader's own query (Edit this query) may give a name or group as NULL: the key, and a group named so.
        const name = rows[0][label] ?? String(value);
        return {
          key: value,
          // A trial the catalogue does not know yet is named so (its statements are provisional).
          label: label === "trial" ? trialName({ title: name, provisional: rows[0].provisional }) : name,
          group: rows[0][group] ?? "not stated",
          members: new Set(rows.map((d) => d[member])),
        };
      },
    );
  return {
    rowOrder: orderItems(items("municipality_code", "municipality", "group", "trial_id"), rowOrderBy),
    columnOrder: orderItems(items("trial_id", "trial", "programme", "municipality_code"), columnOrderBy),
    trials,
  };
}

/**
 * The line under the matrix, given the cells it draws (those of the kept statements): what it shows ("Showing 65 filled
 * cells: 17 municipalities × 31 trials."), and what it leaves out past MATRIX_LIMIT trials.
 */
export function matrixSummary(shown: readonly unknown[], { rowOrder, columnOrder, trials }: MatrixAxes): string {
  const showing = `Showing ${formatCount(shown.length, "filled cell", "filled cells")}: ${formatCount(rowOrder.length, "municipality", "municipalities")} × `;
  if (trials <= columnOrder.length) return `${showing}${formatCount(columnOrder.length, "trial", "trials")}.`;
  return `${showing}the ${formatNumber(columnOrder.length)} trials most municipalities ran, of ${formatNumber(trials)}; narrow the filters to see the others. The table below lists every statement.`;
}

/** How many of `cells` documents disagree about, as the page's prose says it ("1 such cell"). */
export function disputedCount(cells: ReadonlyArray<{ disputed: boolean }>): string {
  return formatCount(cells.filter((c) => c.disputed).length, "such cell", "such cells");
}

/** Participation rows grouped into cells, one per (trial, municipality). */
export function cellsOf<S extends Statement>(statements: Iterable<S>): Cell<S>[] {
  return Array.from(groupBy(statements, (s) => `${s.trial_id}|${s.municipality_code}`).values(), (rows) => {
    const own = rows.some((r) => r.basis === "own_list");
    const named = rows.some((r) => r.basis === "named");
    return {
      trial_id: rows[0].trial_id,
      municipality_code: rows[0].municipality_code,
      statements: rows,
      documents: new Set(rows.map((r) => r.doc_id)).size,
      basis: own && named ? "both" : own ? "own_list" : "named",
      disputed: rows.some((r) => r.disputed),
      provisional: rows.some((r) => r.provisional === true),
    };
  });
}

const CHAR = 6; // average width of an 11 px sans-serif character, to size label areas before rendering
const BOLD_CHAR = 6.5; // the same for the bold group names
const MIN_CELL = 16; // below this the matrix is turned, if turning gives bigger cells
const MAX_CELL = 28;
const GAP = 8; // between column groups
const GROUP_ROW = 22; // line above each row group for its name
const GROUP_LINE = 16; // line of column group names
const BAR = 18; // longest marginal bar
const TOTALS = BAR + 24; // right margin: bar and its number
const TITLE_CHARS = 34; // column labels are cut here; the full title is in the tooltip
const MIN_TITLE_CHARS = 12; // … or this short where the height is limited
const MIN_FIT_CELL = 10;
const LEGIBLE_TITLE_CHARS = 16; // with `legible`: titles and cells no smaller than these
const LEGIBLE_CELL = 13;

const NOUNS = {
  municipality: { one: "municipality", many: "municipalities", da: { one: "kommune", many: "kommuner" } },
  trial: { one: "trial", many: "trials", da: { one: "forsøg", many: "forsøg" } },
};

let uid = 0;

const truncate = (text: string, chars: number) => (text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`);
const longest = (items: AxisItem[]) => d3.max(items, (d) => d.label.length) ?? 0;

/** Label width and cell size if `down` runs down the left and `across` along the top. */
function fit(width: number, down: AxisItem[], across: AxisItem[]) {
  const labelWidth = Math.round(Math.min(longest(down) * CHAR, width * 0.38)) + 8;
  const gaps = (new Set(across.map((d) => d.group)).size - 1) * GAP;
  const cell = Math.floor((width - labelWidth - TOTALS - gaps) / Math.max(1, across.length));
  return { labelWidth, cell: Math.max(8, Math.min(MAX_CELL, cell)) };
}

/** Offsets along an axis: `step` per item, plus `gap` before each new group (and before the first if `lead`). */
function offsets(items: AxisItem[], step: number, gap: number, lead: boolean) {
  let at = 0;
  return items.map((d, i) => {
    if (i === 0 ? lead : d.group !== items[i - 1].group) at += gap;
    const position = at;
    at += step;
    return position;
  });
}

/** Runs of consecutive items with the same group: [group, first index, last index]. */
function runs(items: AxisItem[]): Array<[string, number, number]> {
  const result: Array<[string, number, number]> = [];
  items.forEach((d, i) => {
    const last = result[result.length - 1];
    if (last && last[0] === d.group) last[2] = i;
    else result.push([d.group, i, i]);
  });
  return result;
}

export function participationMatrix<S extends Statement>(statements: Iterable<S>, options: MatrixOptions<S>): HTMLElement {
  const {
    width = 640,
    height: maxHeight,
    rowOrder,
    columnOrder,
    highlight = null,
    onSelect,
    present = false,
    lang = null,
    legend = true,
    legible = false,
  } = options;
  const { document = globalThis.document } = options;
  const cells = options.cells ?? cellsOf(statements);
  // Not d3.create, which makes its element in the page's document; what is appended follows its parent's.
  const root = d3.select(document.createElement("div")).attr("class", present ? "pm present" : "pm");
  // The cells' disputed edge is styled with the legend's swatch, wherever the legend is shown.
  root.append("style").text(LEGEND_STYLE + STYLE);
  if (cells.length === 0) {
    root
      .append("p")
      .attr("class", "pm-empty")
      .text(pick(lang, "No document names a trial for this selection.", "Intet dokument nævner et forsøg for dette udvalg."));
    return root.node()!;
  }

  const normal = fit(width, rowOrder, columnOrder);
  const turned = fit(width, columnOrder, rowOrder);
  const transposed = normal.cell < MIN_CELL && turned.cell > normal.cell;
  const { labelWidth } = transposed ? turned : normal;
  const down = transposed ? columnOrder : rowOrder;
  const across = transposed ? rowOrder : columnOrder;
  // A limited height goes first to the rotated column titles, then to the cells (one line of column
  // group names assumed; an embed scales down what still overflows).
  let { cell } = transposed ? turned : normal;
  let titleChars = TITLE_CHARS;
  if (maxHeight !== undefined) {
    const fixed = GROUP_LINE + 6 + 8 + 8 + BAR + 16 + runs(down).length * GROUP_ROW;
    const room = (cells: number) => Math.floor((maxHeight - fixed - down.length * cells) / CHAR);
    const [minTitle, minCell] = legible ? [LEGIBLE_TITLE_CHARS, LEGIBLE_CELL] : [MIN_TITLE_CHARS, MIN_FIT_CELL];
    titleChars = Math.max(minTitle, Math.min(TITLE_CHARS, room(cell)));
    if (room(cell) < minTitle) cell = Math.max(Math.min(cell, minCell), Math.floor((maxHeight - fixed - minTitle * CHAR) / down.length));
  }
  const noun = (n: (typeof NOUNS)["trial"]) => (lang === "da" ? n.da : n);
  const nouns = transposed ? { down: noun(NOUNS.trial), across: noun(NOUNS.municipality) } : { down: noun(NOUNS.municipality), across: noun(NOUNS.trial) };
  const per = pick(lang, "per", "pr.");
  const downIndex = new Map(down.map((d, i) => [d.key, i]));
  const acrossIndex = new Map(across.map((d, i) => [d.key, i]));
  const municipalityOf = new Map(rowOrder.map((d) => [d.key, d]));
  const trialOf = new Map(columnOrder.map((d) => [d.key, d]));
  const place = (c: Cell<S>) =>
    transposed ? [downIndex.get(c.trial_id), acrossIndex.get(c.municipality_code)] : [downIndex.get(c.municipality_code), acrossIndex.get(c.trial_id)];
  const drawn = cells.filter((c) => place(c).every((i) => i !== undefined));

  // Column group names start over their group, or else end at its right edge (running left over the
  // row labels if need be), each on a line of its own when it would overrun the previous one.
  const acrossX = offsets(across, cell, GAP, false).map((x) => x + labelWidth);
  const gridRight = acrossX[acrossX.length - 1] + cell;
  const svgWidth = gridRight + TOTALS;
  const lineEnds: number[] = [];
  const acrossGroups = runs(across).map(([group, first, last]) => {
    const x0 = acrossX[first];
    const x1 = acrossX[last] + cell;
    const fromStart = x0 + group.length * BOLD_CHAR <= svgWidth;
    const text = fromStart ? group : truncate(group, Math.floor(x1 / BOLD_CHAR));
    const textWidth = text.length * BOLD_CHAR;
    const start = fromStart ? x0 : x1 - textWidth;
    let line = lineEnds.findIndex((lineEnd) => lineEnd < start);
    if (line < 0) line = lineEnds.push(0) - 1;
    lineEnds[line] = start + textWidth + GAP;
    return { group, text, line, x0, x1, anchor: fromStart ? "start" : "end" };
  });
  const totalsDownLabel = `${nouns.across.many} ${per} ${nouns.down.one}`;
  const header = Math.ceil(Math.min(titleChars, Math.max(d3.max(across, (d) => d.label.length)!, totalsDownLabel.length)) * CHAR) + 8;
  const top = lineEnds.length * GROUP_LINE + 6 + header;
  const downY = offsets(down, cell, GROUP_ROW, true).map((y) => y + top);
  const gridBottom = downY[downY.length - 1] + cell;
  const height = gridBottom + 8 + BAR + 16;

  const downTotals = d3.rollup(
    drawn,
    (v) => v.length,
    (c) => place(c)[0],
  );
  const acrossTotals = d3.rollup(
    drawn,
    (v) => v.length,
    (c) => place(c)[1],
  );
  const maxDown = d3.max(downTotals.values()) ?? 1;
  const maxAcross = d3.max(acrossTotals.values()) ?? 1;

  const disputed = drawn.filter((c) => c.disputed).length;
  const hatch = `pm-hatch-${++uid}`;

  if (legend) root.append(() => participationLegend({ lang, document }));

  const svg = root
    .append("svg")
    .attr("class", "pm-chart")
    .attr("width", svgWidth)
    .attr("height", height)
    .attr("viewBox", `0 0 ${svgWidth} ${height}`)
    .attr("role", "img")
    .attr(
      "aria-label",
      `Participation matrix: ${drawn.length} filled cells for ${rowOrder.length} municipalities and ${columnOrder.length} trials; ` +
        `${disputed} ${disputed === 1 ? "cell where documents disagree" : "cells where documents disagree"}. The table below lists the same statements.`,
    );
  defineHatch(svg, hatch);

  // Hover bands, under everything else.
  const rowBand = svg.append("rect").attr("class", "pm-band").attr("x", 0).attr("width", svgWidth).attr("height", cell);
  const columnBand = svg.append("rect").attr("class", "pm-band").attr("y", 0).attr("width", cell).attr("height", height);

  svg
    .append("g")
    .selectAll("text")
    .data(acrossGroups)
    .join("text")
    .attr("class", "pm-group")
    .attr("x", (d) => (d.anchor === "start" ? d.x0 : d.x1))
    .attr("y", (d) => d.line * GROUP_LINE + 11)
    .attr("text-anchor", (d) => d.anchor)
    .text((d) => d.text)
    .append("title")
    .text((d) => d.group);
  svg
    .append("g")
    .selectAll("line")
    .data(acrossGroups)
    .join("line")
    .attr("class", "pm-rule")
    .attr("x1", (d) => d.x0)
    .attr("x2", (d) => d.x1)
    .attr("y1", (d) => d.line * GROUP_LINE + 14.5)
    .attr("y2", (d) => d.line * GROUP_LINE + 14.5);

  const downGroups = runs(down);
  svg
    .append("g")
    .selectAll("text")
    .data(downGroups)
    .join("text")
    .attr("class", "pm-group")
    .attr("x", 0)
    .attr("y", ([, first]) => downY[first] - 7)
    .text(([group]) => truncate(group, Math.floor(svgWidth / BOLD_CHAR)))
    .append("title")
    .text(([group]) => group);

  const acrossLabels = svg
    .append("g")
    .attr("class", "pm-across")
    .selectAll("text")
    .data(across)
    .join("text")
    .attr("data-across", (_, i) => i)
    .attr("transform", (_, i) => `translate(${acrossX[i] + cell / 2},${top - 6}) rotate(-90)`)
    .attr("dy", "0.35em")
    .text((d) => truncate(d.label, titleChars));
  acrossLabels.append("title").text((d) => d.label);
  svg
    .append("text")
    .attr("class", "pm-muted")
    .attr("transform", `translate(${gridRight + 6 + BAR / 2},${top - 6}) rotate(-90)`)
    .attr("dy", "0.35em")
    .text(truncate(totalsDownLabel, titleChars))
    .append("title")
    .text(totalsDownLabel);

  const downLabels = svg
    .append("g")
    .attr("class", "pm-down")
    .selectAll("text")
    .data(down)
    .join("text")
    .attr("data-down", (_, i) => i)
    .attr("x", labelWidth - 6)
    .attr("y", (_, i) => downY[i] + cell / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .text((d) => truncate(d.label, Math.floor((labelWidth - 8) / CHAR)));
  downLabels.append("title").text((d) => d.label);

  // Empty slots: the grid, and where the pointer finds every row and column. One rect per block of a row
  // group and a column group, filled with a pattern of slots: a rect per slot was 10900 elements at 1000×
  // data, and most of the time a filter change took to draw the matrix.
  const slots = svg.append("g").attr("class", "pm-slots");
  const slotPatterns = svg.append("defs");
  for (const [, first, last] of runs(down)) {
    for (const [, start, end] of runs(across)) {
      const id = `pm-slots-${uid}-${slotPatterns.node()!.childElementCount}`;
      const [x, y] = [acrossX[start], downY[first]];
      slotPatterns
        .append("pattern")
        .attr("id", id)
        .attr("patternUnits", "userSpaceOnUse")
        .attr("x", x)
        .attr("y", y)
        .attr("width", cell)
        .attr("height", cell)
        .append("rect")
        .attr("class", "pm-slot")
        .attr("x", 0.5)
        .attr("y", 0.5)
        .attr("width", cell - 1)
        .attr("height", cell - 1);
      slots
        .append("rect")
        .attr("x", x)
        .attr("y", y)
        .attr("width", acrossX[end] + cell - x)
        .attr("height", downY[last] + cell - y)
        .attr("fill", `url(#${id})`);
    }
  }

  const isSelected = (c: Cell<S>) =>
    highlight !== null &&
    (highlight.trial_id ?? highlight.municipality_code ?? null) !== null &&
    (highlight.trial_id == null || c.trial_id === highlight.trial_id) &&
    (highlight.municipality_code == null || c.municipality_code === highlight.municipality_code);
  const cellTransform = (c: Cell<S>) => {
    const [j, i] = place(c) as number[];
    return `translate(${acrossX[i] + 0.5},${downY[j] + 0.5})`;
  };
  const marks = svg
    .append("g")
    .selectAll("g")
    .data(drawn)
    .join("g")
    .attr("class", (c) => ["pm-cell", c.disputed ? "disputed" : "", isSelected(c) ? "selected" : ""].filter(Boolean).join(" "))
    .attr("data-trial", (c) => c.trial_id)
    .attr("data-municipality", (c) => c.municipality_code)
    .attr("data-basis", (c) => c.basis)
    .attr("data-documents", (c) => c.documents)
    .attr("data-down", (c) => place(c)[0]!)
    .attr("data-across", (c) => place(c)[1]!)
    .attr("transform", cellTransform);
  // What a cell's tooltip shows and a screen reader says: the same words, so that the name of the
  // button holds its visible text (WCAG 2.5.3, axe-core's label-content-name-mismatch).
  const cellText = (c: Cell<S>): string[] => {
    const kind = c.basis === "both" ? "own list and named" : c.basis === "own_list" ? "own list" : "named";
    const statements = `${c.statements.length} ${c.statements.length === 1 ? "statement" : "statements"}`;
    return [
      `${municipalityOf.get(c.municipality_code)?.label} × ${trialOf.get(c.trial_id)?.label}`,
      `${statements} in ${c.documents} ${c.documents === 1 ? "document" : "documents"} (${kind})`,
      ...(c.disputed ? ["Documents disagree about this cell"] : []),
      ...(c.provisional ? [PROVISIONAL_NOTE] : []),
      "Click for the source statements",
    ];
  };
  const size = cell - 1;
  marks.each(function (c) {
    const g = d3.select(this);
    drawMark(g, size, c.basis, c.disputed, hatch);
    if (isSelected(c))
      g.append("rect")
        .attr("class", "pm-selected-edge")
        .attr("x", -1.5)
        .attr("y", -1.5)
        .attr("width", size + 3)
        .attr("height", size + 3);
    g.append("title").text(cellText(c).join("\n"));
  });

  // Document counts over the cells, in a layer of their own: a cell's name says the count in words and
  // must hold all of the cell's text (WCAG 2.5.3), so the digit is not inside the cell.
  svg
    .append("g")
    .attr("aria-hidden", "true")
    .selectAll("text")
    .data(size >= 11 ? drawn.filter((c) => c.documents > 1) : [])
    .join("text")
    .attr("class", "pm-count")
    .attr("transform", cellTransform)
    .attr("x", size / 2)
    .attr("y", size / 2)
    .attr("dy", "0.35em")
    .text((c) => c.documents);

  // Marginal totals: bars at the right end of each row and under each column.
  const totalsDown = svg.append("g").attr("class", "pm-totals").attr("data-testid", "totals-down");
  down.forEach((_, j) => {
    const n = downTotals.get(j) ?? 0;
    const w = (n / maxDown) * BAR;
    totalsDown
      .append("rect")
      .attr("data-down", j)
      .attr("x", gridRight + 6)
      .attr("y", downY[j] + cell * 0.2)
      .attr("width", w)
      .attr("height", cell * 0.6);
    totalsDown
      .append("text")
      .attr("data-down", j)
      .attr("x", gridRight + 9 + w)
      .attr("y", downY[j] + cell / 2)
      .attr("dy", "0.35em")
      .text(n);
  });
  const totalsAcross = svg.append("g").attr("class", "pm-totals").attr("data-testid", "totals-across");
  across.forEach((_, i) => {
    const n = acrossTotals.get(i) ?? 0;
    totalsAcross
      .append("rect")
      .attr("data-across", i)
      .attr("x", acrossX[i] + cell * 0.2)
      .attr("y", gridBottom + 6)
      .attr("width", cell * 0.6)
      .attr("height", (n / maxAcross) * BAR);
    totalsAcross
      .append("text")
      .attr("data-across", i)
      .attr("x", acrossX[i] + cell / 2)
      .attr("y", gridBottom + 8 + BAR + 9)
      .attr("text-anchor", "middle")
      .text(n);
  });
  svg
    .append("text")
    .attr("class", "pm-muted")
    .attr("x", labelWidth - 6)
    .attr("y", gridBottom + 6 + BAR / 2)
    .attr("text-anchor", "end")
    .call((t) => {
      t.append("tspan")
        .attr("x", labelWidth - 6)
        .text(nouns.down.many);
      t.append("tspan")
        .attr("x", labelWidth - 6)
        .attr("dy", "1.2em")
        .text(`${per} ${nouns.across.one}`);
    });

  // Hover: a band along the row and the column under the pointer, their labels in bold.
  const node = svg.node()!;
  // The row and column of the slot under the pointer, from its position (the slots are one rect per block).
  const slotAt = (event: PointerEvent) => {
    const [x, y] = d3.pointer(event, node);
    const j = d3.bisectRight(downY, y) - 1;
    const i = d3.bisectRight(acrossX, x) - 1;
    return { j: j >= 0 && y < downY[j] + cell ? String(j) : null, i: i >= 0 && x < acrossX[i] + cell ? String(i) : null };
  };
  let hovered = "";
  node.addEventListener("pointermove", (event) => {
    const target = event.target as Element;
    const mark = target.closest("[data-down], [data-across]");
    const { j, i } = mark
      ? { j: mark.getAttribute("data-down"), i: mark.getAttribute("data-across") }
      : target.closest(".pm-slots")
        ? slotAt(event)
        : { j: null, i: null };
    if (`${j}|${i}` === hovered) return;
    hovered = `${j}|${i}`;
    rowBand.classed("on", j != null).attr("y", j != null ? downY[+j] : 0);
    columnBand.classed("on", i != null).attr("x", i != null ? acrossX[+i] : 0);
    svg.selectAll("text[data-down]").classed("pm-hover", function () {
      return j != null && (this as Element).getAttribute("data-down") === j;
    });
    svg.selectAll("text[data-across]").classed("pm-hover", function () {
      return i != null && (this as Element).getAttribute("data-across") === i;
    });
  });
  node.addEventListener("pointerleave", () => {
    hovered = "";
    svg.selectAll(".pm-band").classed("on", false);
    svg.selectAll(".pm-hover").classed("pm-hover", false);
  });
  node.addEventListener("click", (event) => {
    const target = (event.target as Element).closest(".pm-cell");
    if (!target || !onSelect) return;
    const c = d3.select<Element, Cell<S>>(target).datum();
    // A click on the selected cell clears it; on a cell of a highlighted row or column, selects that cell.
    onSelect(highlight?.trial_id === c.trial_id && highlight?.municipality_code === c.municipality_code ? null : c);
  });

  // One tab stop; the arrow keys move from cell to cell, Enter does what a click does.
  keyboardMarks(
    node,
    marks.nodes().map((element) => {
      const c = d3.select<Element, Cell<S>>(element).datum();
      return {
        element,
        key: `${c.municipality_code}|${c.trial_id}`,
        label: cellText(c).join(". "),
        activate: onSelect && (() => clickOn(element)),
      };
    }),
    { name: "participation", label: node.getAttribute("aria-label")! },
  );

  return root.node()!;
}

/** The white stripes over a disputed cell, as a pattern in `svg`'s defs. */
function defineHatch<Datum, PElement extends d3.BaseType, PDatum>(svg: d3.Selection<SVGSVGElement, Datum, PElement, PDatum>, id: string) {
  svg
    .append("defs")
    .append("pattern")
    .attr("id", id)
    .attr("patternUnits", "userSpaceOnUse")
    .attr("width", 5)
    .attr("height", 5)
    .attr("patternTransform", "rotate(45)")
    .append("rect")
    .attr("width", 2)
    .attr("height", 5)
    .attr("fill", "white")
    .attr("fill-opacity", 0.75);
}

/** The matrix's legend: a swatch for each kind of cell, drawn as the cells are (SVG, so image export can copy it). */
/** `short`: the keys without their explanations, for a small frame (an embed at 800 × 450). */
export function participationLegend({
  lang = null,
  short = false,
  document = globalThis.document,
}: {
  lang?: Lang | null;
  short?: boolean;
  document?: Document;
} = {}): HTMLElement {
  const legend = d3.select(document.createElement("div")).attr("class", "pm-legend").attr("data-legend", "");
  const brief = (text: string) => (short ? text.replace(/ \(.*\)$/, "") : text);
  const keys: Array<[Cell["basis"], boolean, string]> = [
    ["own_list", false, brief(pick(lang, BASIS.own_list.label, BASIS.own_list.da))],
    ["named", false, brief(pick(lang, BASIS.named.label, BASIS.named.da))],
    ["both", false, pick(lang, "both kinds of document", "begge slags dokumenter")],
    ["own_list", true, brief(pick(lang, "documents disagree (hatched)", "dokumenterne er uenige (skraveret)"))],
  ];
  for (const [basis, disputed, text] of keys) {
    const item = legend.append("span");
    const swatch = item.append("svg").attr("width", 14).attr("height", 14).attr("viewBox", "0 0 14 14").attr("aria-hidden", "true");
    const hatch = `pm-legend-hatch-${++uid}`;
    if (disputed) defineHatch(swatch, hatch);
    drawMark(swatch, 14, basis, disputed, hatch);
    item.append("span").text(text);
  }
  legend.append("span").text(pick(lang, "2 = number of documents", "2 = antal dokumenter"));
  legend.append("style").text(LEGEND_STYLE);
  return legend.node()!;
}

/**
 * A cell's marks, also drawn in the legend: one colour, or for both kinds of document own list above
 * the diagonal and named below; hatched with a dashed edge where documents disagree.
 */
function drawMark<GElement extends d3.BaseType, Datum, PElement extends d3.BaseType, PDatum>(
  g: d3.Selection<GElement, Datum, PElement, PDatum>,
  size: number,
  basis: Cell["basis"],
  disputed: boolean,
  hatch: string,
) {
  if (basis === "both") {
    g.append("path").attr("d", `M0,0H${size}L0,${size}Z`).attr("fill", BASIS.own_list.color);
    g.append("path").attr("d", `M${size},0V${size}H0Z`).attr("fill", BASIS.named.color);
  } else {
    g.append("rect").attr("width", size).attr("height", size).attr("fill", BASIS[basis].color);
  }
  if (disputed) {
    g.append("rect").attr("width", size).attr("height", size).attr("fill", `url(#${hatch})`);
    g.append("rect")
      .attr("class", "pm-disputed-edge")
      .attr("x", 1)
      .attr("y", 1)
      .attr("width", size - 2)
      .attr("height", size - 2);
  }
}

const LEGEND_STYLE = `
.pm-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 12px; margin-bottom: 0.5rem; }
.pm-legend > span { display: inline-flex; align-items: center; gap: 0.35rem; }
.pm-disputed-edge { fill: none; stroke: currentColor; stroke-width: 1.5px; stroke-dasharray: 3 2; }
`;

const STYLE = `
.pm-chart { display: block; max-width: 100%; height: auto; overflow: visible; }
.pm-chart text { fill: currentColor; font: 11px var(--sans-serif, system-ui, sans-serif); }
.pm-chart text.pm-group { font-weight: 600; }
.pm-chart text.pm-muted, .pm-chart .pm-totals text { fill: var(--theme-foreground-muted, #666); font-size: 10px; }
.pm-chart text.pm-hover { font-weight: 700; fill: currentColor; }
.pm-chart .pm-rule { stroke: currentColor; stroke-opacity: 0.4; }
.pm-chart .pm-slot { fill: var(--theme-foreground-faintest, #eee); }
.pm-chart .pm-band { fill: currentColor; opacity: 0.1; visibility: hidden; pointer-events: none; }
.pm-chart .pm-band.on { visibility: visible; }
.pm-chart .pm-totals rect { fill: var(--theme-foreground-muted, #666); }
.pm-chart .pm-cell { cursor: pointer; }
.pm-chart text.pm-count { fill: #000; stroke: #fff; stroke-width: 2.5px; paint-order: stroke; font-size: 10px; font-weight: 600; text-anchor: middle; pointer-events: none; }
.pm-chart .pm-selected-edge { fill: none; stroke: currentColor; stroke-width: 2.5px; }
.pm-empty { color: var(--theme-foreground-muted, #666); }
.pm.present .pm-chart .pm-rule { stroke-opacity: 1; }
.pm.present .pm-disputed-edge { stroke-width: 2.5px; }
.pm.present .pm-chart text.pm-muted, .pm.present .pm-chart .pm-totals text { fill: currentColor; }
`;
