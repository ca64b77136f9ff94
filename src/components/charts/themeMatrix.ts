// Qualitative findings as a trial × theme matrix: which trials the documents say something about, and on what.
import * as d3 from "npm:d3";
import * as Plot from "npm:@observablehq/plot";
import type { Lang } from "../presenter/chartState.js";
import { drawnWidth } from "./chartWidth.js";
import { keyboardMarks, type KeyboardMark } from "./keyboard.js";
import { formatCount, formatNumber } from "../text/locale.js";
import { PROVISIONAL_NOTE } from "../text/provenance.js";
import { groupMarks } from "./markRoles.js";
import { PALETTE } from "./palette.js";
import { estimatedPx, firstWords, LINE_PX, lineCount, wrapEms } from "./plotText.js";
import { sourceHref } from "../page/sources.js";
import { themeStatements, type Finding } from "../views/outcomes.js";
import { baseColumns } from "../views/view.js";

/** One statement under one of its themes (a statement with two themes comes twice). */
export interface ThemeStatement {
  /** Matrix row: the trial's canonical title, or the programme-wide row of a document's programme. */
  row_label: string;
  theme: string;
  statement: string;
  document: string;
  doc_id: string;
  source_line: number;
  /** Names a trial or municipality the reference data does not know yet (drawn only when the reader includes such rows). */
  provisional?: boolean;
}

/** The themes of loaders/themes.ts, in column order: English, with the Danish in parentheses. */
export const THEMES = [
  { key: "administrative_relief", en: "Administrative relief", da: "administrativ lettelse" },
  { key: "citizen_experience", en: "Citizen experience", da: "borgerens oplevelse" },
  { key: "employment_effect", en: "Employment effect", da: "beskæftigelseseffekt" },
  { key: "economy", en: "Economy", da: "økonomi" },
  { key: "staff", en: "Staff", da: "medarbejdere" },
];

/** "Economy (økonomi)", or in one language: "Economy", "Økonomi". */
export function themeLabel(key: string, separator = " ", lang: Lang | null = null): string {
  const theme = THEMES.find((t) => t.key === key);
  if (!theme) throw new Error(`Unknown outcome theme: ${key}`);
  if (lang === "da") return theme.da[0].toUpperCase() + theme.da.slice(1);
  return lang === "en" ? theme.en : `${theme.en}${separator}(${theme.da})`;
}

export interface ThemeMatrixOptions {
  width?: number;
  /** Rows stretch to fill this height (never lower than their labels need). */
  height?: number;
  /** A row label whose cells are drawn outlined. */
  highlight?: string | null;
  /** Projector contrast: empty cells and single findings drawn darker. */
  present?: boolean;
  lang?: Lang | null;
  /** The document to draw into (Plot's `document` option), such as a jsdom document in Node; the page's by default. */
  document?: Document;
  /** Where the site's pages are, for the links to source lines: the page's folder by default (an embed gives the site's root). */
  sourceBase?: string;
}

/**
 * The most rows the findings matrix draws. The documents fill fewer than thirty; only a synthetic corpus
 * goes past this, and then thousands of rows would be unreadable and slow to redraw: the matrix draws the
 * rows with the most findings and says how many it leaves out.
 */
export const THEME_MATRIX_LIMIT = 100;

/** The statements a matrix draws (`statements`), and how many rows it has of how many in all. */
export interface ThemeRows {
  statements: ThemeStatement[];
  rows: number;
  total: number;
}

/**
 * The matrix's statements (one per finding and theme, themeStatements) of the rows it draws: all of them
 * up to `limit` rows; past it, the `limit` rows with the most finding–theme pairs (ties: the first in the
 * findings' order), kept in that order. Counted from the findings, so that only the drawn rows' statements
 * are made: at 1000× data, 3 % of them.
 */
export function themeRows(findings: readonly Finding[], lang: Lang | null = null, limit = THEME_MATRIX_LIMIT): ThemeRows {
  // Rows and pairs from columns made once (baseColumns): reading two fields of every finding took most of
  // this at 1000× data.
  const {
    columns: { rows, pairs },
    positions,
  } = rowColumns(findings);
  // The view's order keeps a row's findings together, in runs; a reader's own query may interleave rows,
  // whose runs add up. Rows are counted in their first appearance, which a stable sort keeps among ties.
  // A row's label names its programme-wide row in English whatever the language: one key per row either way.
  const runs: Array<{ row: number; start: number; end: number }> = [];
  const counts = new Int32Array(rows.length);
  const order: number[] = [];
  for (let i = 0; i < findings.length; i++) {
    const at = positions === null ? i : positions[i];
    if (pairs[at] === 0) continue;
    const row = rows[at];
    const run = runs[runs.length - 1];
    if (run?.row === row) run.end = i + 1;
    else runs.push({ row, start: i, end: i + 1 });
    if (counts[row] === 0) order.push(row);
    counts[row] += pairs[at];
  }
  if (order.length <= limit) return { statements: themeStatements(findings, lang), rows: order.length, total: order.length };
  const kept = new Set(order.sort((a, b) => counts[b] - counts[a]).slice(0, limit));
  const keptFindings: Finding[] = [];
  for (const { row, start, end } of runs) if (kept.has(row)) for (let i = start; i < end; i++) keptFindings.push(findings[i]);
  return { statements: themeStatements(keptFindings, lang), rows: limit, total: order.length };
}

/** The finding–theme pairs the findings make (the matrix's statements, drawn or not), from themeRows()'s columns. */
export function themePairs(findings: readonly Finding[]): number {
  // d3.sum over every finding took 18 ms a change at 1000× data; these columns are made once for the matrix.
  const {
    columns: { pairs },
    positions,
  } = rowColumns(findings);
  let total = 0;
  for (let i = 0; i < findings.length; i++) total += pairs[positions === null ? i : positions[i]];
  return total;
}

/** Findings' rows (each label numbered in its first appearance) and finding–theme pairs, as columns. */
interface RowColumns {
  rows: Int32Array;
  pairs: Int32Array;
}

/** The findings' row columns, made once per base rows (baseColumns()), and where the findings stand in them. */
const rowColumns = (findings: readonly Finding[]) => baseColumns(findings, "theme rows", numberRows);

function numberRows(findings: readonly Finding[]): RowColumns {
  const numbers = new Map<string, number>();
  const columns = { rows: new Int32Array(findings.length), pairs: new Int32Array(findings.length) };
  let label: string | null = null;
  let row = -1;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    // Labels come in runs: the Map is asked once per run.
    if (f.row_label !== label) {
      label = f.row_label;
      row = numbers.get(label) ?? numbers.size;
      numbers.set(label, row);
    }
    columns.rows[i] = row;
    columns.pairs[i] = f.themes.length;
  }
  return columns;
}

/** What the matrix leaves out past THEME_MATRIX_LIMIT rows, as a sentence for under it. */
export function themeRowsNote({ rows, total }: ThemeRows): string {
  return `The matrix draws the ${formatNumber(rows)} rows with the most findings, of ${formatNumber(total)}; narrow the filters to see the others. The table below lists every finding.`;
}

const COLOR = PALETTE.blue; // the count is carried by opacity and printed in the cell.

interface Cell {
  row: string;
  theme: string;
  items: ThemeStatement[];
}

const plural = (n: number) => formatCount(n, "statement", "statements");

/** An element of `document` with attributes and children (strings become text), where htl's html`` would make it in the page's document. */
function element(document: Document, tag: string, attributes: Record<string, string>, ...children: Array<Node | string>): HTMLElement {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, value);
  e.append(...children);
  return e;
}

export function themeMatrix(
  rows: Iterable<ThemeStatement>,
  { width: asked = 640, height, highlight = null, present = false, lang = null, document = globalThis.document, sourceBase = "." }: ThemeMatrixOptions = {},
): HTMLElement {
  const width = drawnWidth(asked);
  const statements = Array.from(rows);
  if (statements.length === 0) return element(document, "p", { class: "muted" }, "No themed statement matches these filters.");

  // Rows in their first appearance, each cell's statements in their order: one pass, in which a row's
  // statements, coming together, look their row up once (at 1000× data, d3.group took 16 ms a redraw).
  const rowOrder: string[] = [];
  const byCell = new Map<string, Map<string, ThemeStatement[]>>();
  let row: string | null = null;
  let byTheme = new Map<string, ThemeStatement[]>();
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (s.row_label !== row) {
      row = s.row_label;
      const known = byCell.get(row);
      if (known) byTheme = known;
      else {
        byTheme = new Map();
        byCell.set(row, byTheme);
        rowOrder.push(row);
      }
    }
    const items = byTheme.get(s.theme);
    if (items) items.push(s);
    else byTheme.set(s.theme, [s]);
  }
  const cells: Cell[] = rowOrder.flatMap((row) =>
    THEMES.filter((t) => byCell.get(row)!.has(t.key)).map((t) => ({ row, theme: t.key, items: byCell.get(row)!.get(t.key)! })),
  );
  const max = d3.max(cells, (c) => c.items.length)!;
  // Opacity grows with the square root of the count, so single findings stay visible beside the largest cell.
  const least = present ? 0.3 : 0.15;
  const shade = (c: Cell) => least + (1 - least) * Math.sqrt(c.items.length / max);
  const columnLabel = (t: (typeof THEMES)[number]) => (lang ? [themeLabel(t.key, " ", lang)] : [t.en, `(${t.da})`]);

  const narrow = width < 640;
  // Narrow screens give the long trial titles more than half the width; five count columns need little.
  const marginLeft = narrow ? Math.round(width * 0.55) : Math.min(380, Math.round(width * 0.4));
  const labelEms = wrapEms(marginLeft - 10);
  const columnPx = (width - marginLeft) / THEMES.length;
  const columnEms = wrapEms(columnPx);
  // Where a column is narrower than its longest word ("(beskæftigelseseffekt)"), wrapped names would run
  // into their neighbours: the theme names turn upright, one line in English and one in Danish. Widths
  // estimated, not measured: they set the chart's height, which must not depend on the reader's fonts.
  const upright =
    narrow ||
    d3.max(THEMES, (t) =>
      d3.max(
        columnLabel(t).flatMap((line) => line.split(" ")),
        estimatedPx,
      ),
    )! >
      columnPx - 6;
  const marginTop = upright
    ? d3.max(THEMES, (t) => d3.max(columnLabel(t), estimatedPx)!)! + 12
    : d3.max(THEMES, (t) => d3.sum(columnLabel(t), (line) => lineCount(line, columnEms)))! * LINE_PX + 10;
  const fill = height === undefined ? 0 : (height - marginTop - 4) / rowOrder.length;
  const wrapped = Math.max(26, d3.max(rowOrder, (r) => lineCount(r, labelEms))! * LINE_PX + 8);
  // Where wrapped labels would not fit the height (a small embed), each label keeps one line, cut with "…".
  const compact = height !== undefined && fill < wrapped;
  const step = compact ? Math.max(LINE_PX + 4, fill) : Math.max(wrapped, fill);

  const detail = element(
    document,
    "div",
    { class: "theme-matrix-detail", "aria-live": "polite" },
    element(document, "p", { class: "muted" }, "Click a cell (or move to it with the arrow keys and press Enter) to read its statements here."),
  );
  // The selected cell's edge, and the edge it had before.
  let selected: { rect: SVGRectElement; stroke: string; width: string } | null = null;
  const marks: KeyboardMark[] = [];
  function show(cell: Cell, rect: SVGRectElement) {
    if (selected) {
      selected.rect.setAttribute("stroke", selected.stroke);
      selected.rect.setAttribute("stroke-width", selected.width);
    }
    selected = { rect, stroke: rect.getAttribute("stroke") ?? "none", width: rect.getAttribute("stroke-width") ?? "1" };
    rect.setAttribute("stroke", "currentColor");
    rect.setAttribute("stroke-width", "2");
    detail.replaceChildren(
      element(document, "h3", {}, `${cell.row} · ${themeLabel(cell.theme)}: ${plural(cell.items.length)}`),
      element(
        document,
        "ol",
        { class: "statements" },
        ...cell.items.map((s) =>
          element(
            document,
            "li",
            {},
            element(document, "blockquote", { lang: "da" }, s.statement),
            element(document, "a", { href: sourceHref(s.doc_id, s.source_line, sourceBase) }, `${s.document}, line ${s.source_line}`),
            ...(s.provisional ? [` · ${PROVISIONAL_NOTE}`] : []),
          ),
        ),
      ),
    );
  }

  const chart = Plot.plot({
    document,
    width,
    height: marginTop + rowOrder.length * step + 4,
    marginLeft,
    marginTop,
    marginRight: 4,
    marginBottom: 4,
    x: { domain: THEMES.map((t) => t.key), axis: null, padding: 0.04 },
    y: { domain: rowOrder, axis: null, padding: 0.08 },
    marks: [
      // Faint squares for every trial × theme, so empty cells read as "nothing said".
      Plot.cell(d3.cross(rowOrder, THEMES), { x: ([, t]) => t.key, y: ([r]) => r, fill: "currentColor", fillOpacity: present ? 0.1 : 0.05 }),
      Plot.cell(cells, {
        x: "theme",
        y: "row",
        fill: COLOR,
        fillOpacity: shade,
        // Pale cells keep a full-strength edge, so every filled cell stands 3:1 from the page.
        stroke: (c: Cell) => (c.row === highlight ? "currentColor" : COLOR),
        strokeWidth: (c: Cell) => (c.row === highlight ? 2 : 1),
        title: (c: Cell) =>
          [
            c.row,
            `${themeLabel(c.theme)}: ${plural(c.items.length)}`,
            ...c.items.slice(0, 4).map((s) => `• ${firstWords(s.statement)}`),
            c.items.length > 4 ? `… and ${formatNumber(c.items.length - 4)} more` : null,
            "Click to read them in full.",
          ]
            .filter((line) => line !== null)
            .join("\n"),
        // The tip must not catch the click meant for the mark under it.
        tip: { pointerEvents: "none" },
        // Each filled cell opens its statements below the chart, on a click or (through the chart) Enter.
        render(index, scales, values, dimensions, context, next) {
          const g = next!(index, scales, values, dimensions, context)!;
          g.querySelectorAll("rect").forEach((rect, j) => {
            const cell = cells[index[j]];
            rect.style.cursor = "pointer";
            // A click opens the statements below; it should not also pin Plot's tip over the next rows.
            rect.addEventListener("pointerdown", (event) => event.stopPropagation());
            rect.addEventListener("click", () => show(cell, rect));
            marks.push({
              element: rect,
              key: `${cell.row}|${cell.theme}`,
              label: `${cell.row}, ${themeLabel(cell.theme)}: ${plural(cell.items.length)}`,
              activate: () => show(cell, rect),
            });
          });
          return g;
        },
      }),
      Plot.text(cells, {
        x: "theme",
        y: "row",
        text: (c: Cell) => formatNumber(c.items.length),
        // White on the darker cells; the page's own text colour (dark or light theme) on the paler ones.
        fill: (c: Cell) => (shade(c) > 0.6 ? "white" : "currentColor"),
        pointerEvents: "none",
      }),
      Plot.axisX({
        anchor: "top",
        tickSize: 0,
        label: null,
        tickFormat: (key: string) => columnLabel(THEMES.find((t) => t.key === key)!).join("\n"),
        ...(upright ? { tickRotate: -90 } : { lineWidth: columnEms }),
      }),
      Plot.axisY({ tickSize: 0, label: null, lineWidth: labelEms, ...(compact ? { textOverflow: "ellipsis" } : {}) }),
    ],
  });
  groupMarks(chart);
  keyboardMarks(chart, marks, {
    name: "outcomes-themes",
    label:
      `Theme matrix: ${rowOrder.length} trials or programme-wide rows × ${THEMES.length} themes; ` +
      `${cells.length} cells hold statements, at most ${plural(max)} in one cell`,
  });
  return element(document, "div", { class: "theme-matrix" }, chart, detail);
}
