// The figures the documents report, one panel per unit: kroner, persons, municipalities and the other counts never share an axis.
import * as Plot from "npm:@observablehq/plot";
import { pick, type Lang } from "../presenter/chartState.js";
import { drawnWidth } from "./chartWidth.js";
import { clickOn, keyboardMarks, type KeyboardMark } from "./keyboard.js";
import { formatKr, formatNumber } from "../text/locale.js";
import { PROVISIONAL_NOTE } from "../text/provenance.js";
import { groupMarks } from "./markRoles.js";
import { PALETTE } from "./palette.js";
import { LINE_PX, lineCount, textPx, wrapEms } from "./plotText.js";
import { sourceHref } from "../page/sources.js";

export interface QuantitativeOutcome {
  metric: string;
  value: number;
  unit: string;
  approximate: boolean;
  statement: string;
  doc_id: string;
  source_line: number;
  /** Names a trial or municipality the reference data does not know yet (drawn only when the reader includes such rows). */
  provisional?: boolean;
}

const count = (en: string, da: string) => (value: number, approximate: boolean, lang?: Lang | null) =>
  `${approximate ? "ca. " : ""}${formatNumber(value)} ${pick(lang, en, da)}`;
// Counts have no fractional ticks.
const countTick = (value: number) => (Number.isInteger(value) ? formatNumber(value) : "");

/** Units in panel order, with their colours (palette.ts). */
export const UNITS = [
  {
    key: "DKK",
    label: "Kroner (kr.)",
    en: "Kroner",
    da: "Kroner",
    color: PALETTE.blue,
    format: formatKr,
    tickFormat: (v: number) => formatKr(v),
    tickSpacing: 90,
  },
  {
    key: "persons",
    label: "Persons (personer)",
    en: "Persons",
    da: "Personer",
    color: PALETTE.green,
    format: count("persons", "personer"),
    tickFormat: countTick,
    tickSpacing: 60,
  },
  {
    key: "municipalities",
    label: "Municipalities (kommuner)",
    en: "Municipalities",
    da: "Kommuner",
    color: PALETTE.orange,
    format: count("municipalities", "kommuner"),
    tickFormat: countTick,
    tickSpacing: 60,
  },
  // Counts a document's general reading keeps (loaders/numbers.ts UNITS): every unit has a panel.
  ...(
    [
      ["cases", "Cases", "Sager", PALETTE.vermillion, "cases", "sager"],
      ["certificates", "Certificates", "Attester", PALETTE.grey, "certificates", "attester"],
      ["trials", "Trials", "Forsøg", PALETTE.blue, "trials", "forsøg"],
      ["applications", "Applications", "Ansøgninger", PALETTE.orange, "applications", "ansøgninger"],
      ["percent", "Percent", "Procent", PALETTE.green, "percent", "procent"],
      ["percentage_points", "Percentage points", "Procentpoint", PALETTE.green, "percentage points", "procentpoint"],
      ["hours", "Hours", "Timer", PALETTE.vermillion, "hours", "timer"],
      ["days", "Days", "Dage", PALETTE.grey, "days", "dage"],
      ["weeks", "Weeks", "Uger", PALETTE.grey, "weeks", "uger"],
      ["months", "Months", "Måneder", PALETTE.grey, "months", "måneder"],
      ["conversations", "Conversations", "Samtaler", PALETTE.blue, "conversations", "samtaler"],
      ["courses", "Courses", "Forløb", PALETTE.orange, "courses", "forløb"],
      ["responses", "Consultation responses", "Høringssvar", PALETTE.grey, "consultation responses", "høringssvar"],
    ] as const
  ).map(([key, en, da, color, one, many]) => ({
    key,
    label: `${en} (${da.toLowerCase()})`,
    en,
    da,
    color,
    format: count(one, many),
    tickFormat: countTick,
    tickSpacing: 60,
  })),
];

/** The value as the source writes it, in da-DK: "ca. 2,5 mio. kr.", "14 persons" ("14 personer" in Danish). */
export function formatOutcome(row: QuantitativeOutcome, lang?: Lang | null): string {
  return unitOf(row.unit).format(row.value, row.approximate, lang);
}

/** The units the rows report, in panel order: the chart's panels, and the page's words about them. */
export function unitsOf(rows: readonly Pick<QuantitativeOutcome, "unit">[]): (typeof UNITS)[number][] {
  return UNITS.filter((u) => rows.some((r) => r.unit === u.key));
}

/** A panel's caption: the site's bilingual label, or one language. */
export function unitLabel(key: string, lang?: Lang | null): string {
  const unit = unitOf(key);
  return lang ? unit[lang] : unit.label;
}

/**
 * The most bars one panel draws. The documents report six figures in all; only a synthetic corpus goes
 * past this, and then thousands of bars would be unreadable and make every redraw of the page slow.
 */
export const PANEL_LIMIT = 30;

/** The figures the chart draws (`figures`), of how many (`total`). */
export interface ShownFigures<R> {
  figures: R[];
  total: number;
}

/**
 * The figures the chart draws: each unit's first `limit`, in the rows' order (the view's: largest
 * first), and the others left to the table.
 */
export function shownFigures<R extends Pick<QuantitativeOutcome, "unit">>(rows: readonly R[], limit = PANEL_LIMIT): ShownFigures<R> {
  const drawn = new Map<string, number>();
  const figures = rows.filter((r) => {
    const n = (drawn.get(r.unit) ?? 0) + 1;
    drawn.set(r.unit, n);
    return n <= limit;
  });
  return { figures, total: rows.length };
}

/** What the chart leaves out past PANEL_LIMIT bars a panel, as a sentence for under it. */
export function shownFiguresNote({ figures, total }: ShownFigures<unknown>): string {
  return `Each panel draws its first ${formatNumber(PANEL_LIMIT)} figures, largest first: ${formatNumber(figures.length)} of ${formatNumber(total)} are drawn. The table below lists every figure.`;
}

export interface QuantitativeOptions {
  width?: number;
  /** Bars stretch so the panels together fill this height (never thinner than their labels need). */
  height?: number;
  /** Projector contrast: approximate bars less pale, thicker outlines, stronger grid. */
  present?: boolean;
  lang?: Lang | null;
  /** The document to draw into (Plot's `document` option), such as a jsdom document in Node; the page's by default. */
  document?: Document;
  /** Where the site's pages are, for the links to source lines: the page's folder by default (an embed gives the site's root). */
  sourceBase?: string;
}

// Space a panel takes besides its bars: Plot's axis, the caption, the gap under the figure.
const PANEL_CHROME = 30 + 26 + 12;

function unitOf(key: string) {
  const unit = UNITS.find((u) => u.key === key);
  if (!unit) throw new Error(`Unknown outcome unit: ${key}`);
  return unit;
}

let patterns = 0;

export function quantitativeOutcomes(
  rows: Iterable<QuantitativeOutcome>,
  { width: asked = 640, height, present = false, lang = null, document = globalThis.document, sourceBase = "." }: QuantitativeOptions = {},
): HTMLElement {
  const href = (row: QuantitativeOutcome) => sourceHref(row.doc_id, row.source_line, sourceBase);
  const width = drawnWidth(asked);
  const all = Array.from(rows);
  const format = (r: QuantitativeOutcome) => formatOutcome(r, lang);
  // Labels beside the axis take a fixed share of narrow screens, so bars keep some room.
  const marginLeft = width < 640 ? Math.round(width * 0.38) : 300;
  const lineWidth = wrapEms(marginLeft - 12);
  // The value label stands right of the longest bar, in the right margin.
  const marginRight = Math.max(...all.map((r) => textPx(format(r)))) + 12;
  const units = unitsOf(all);
  const fill = height === undefined ? 0 : (height - units.length * PANEL_CHROME) / all.length;
  const step = Math.max(28, fill, Math.max(...all.map((r) => lineCount(r.metric, lineWidth))) * LINE_PX + 10);

  // All panels' bars are one tab stop; Enter follows a bar's link to its source line.
  const marks: KeyboardMark[] = [];
  const panels = units.map((unit) => {
    const data = all.filter((r) => r.unit === unit.key);
    const hatch = `outcome-hatch-${++patterns}`;
    const ticks = Math.max(1, Math.floor((width - marginLeft - marginRight) / unit.tickSpacing));
    const chart = Plot.plot({
      document,
      width,
      height: data.length * step + 30,
      marginLeft,
      marginRight,
      marginTop: 4,
      x: {
        domain: [0, Math.max(...data.map((r) => r.value))],
        // A scale's grid takes no style options: the projector's stronger grid is a mark of its own (under the bars).
        grid: !present,
        label: null,
        ticks,
        tickFormat: unit.tickFormat,
      },
      // One band per figure, by its place: two documents may name different figures alike ("Saved"), and
      // a band per name would draw them over each other.
      y: { domain: data.map((_, i) => i), label: null, padding: 0.25 },
      marks: [
        ...(present ? [Plot.gridX({ ticks, strokeOpacity: 0.3 })] : []),
        Plot.barX(data, {
          x: "value",
          y: (_: QuantitativeOutcome, i: number) => i,
          // Approximate figures (ca.) are hatched in the unit's full colour inside a solid outline; exact ones
          // solid. Stripes keep the colour's contrast on any background, where a paler fill would sink
          // into a dark one.
          fill: (r: QuantitativeOutcome) => (r.approximate ? `url(#${hatch})` : unit.color),
          stroke: unit.color,
          strokeWidth: present ? 2 : 1,
          href,
          title: (r: QuantitativeOutcome) =>
            `${r.metric}: ${format(r)}\n“${r.statement}”${r.provisional ? `\n${PROVISIONAL_NOTE}` : ""}\nClick to open the source line.`,
          // The tip must not catch the click meant for the bar's link under it.
          tip: { pointerEvents: "none" },
          // Each bar is a link to its source line: named like the label beside it, since a shape has no text,
          // and one of the chart's keyboard marks.
          render(index, scales, values, dimensions, context, next) {
            const g = next!(index, scales, values, dimensions, context)!;
            g.querySelectorAll(":scope > a").forEach((link, j) => {
              const r = data[index[j]];
              // keyboardMarks sets this label as the link's aria-label, so it is written once, in the page's language.
              const label = `${r.metric}: ${format(r)}, ${pick(lang, "opens the source line", "åbner kildelinjen")}`;
              marks.push({ element: link, key: `${r.doc_id}|${r.source_line}|${r.metric}`, label, activate: () => clickOn(link) });
            });
            return g;
          },
        }),
        Plot.text(data, {
          x: "value",
          y: (_: QuantitativeOutcome, i: number) => i,
          text: format,
          textAnchor: "start",
          dx: 4,
          href,
        }),
        Plot.axisY({ lineWidth, tickSize: 0, label: null, tickFormat: (i: number) => data[i].metric }),
        Plot.ruleX([0]),
      ],
    });
    groupMarks(chart);
    const defs = document.createElementNS("http://www.w3.org/2000/svg", "defs");
    defs.innerHTML = `<pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${unit.color}" stroke-width="${present ? 3 : 2.5}"/></pattern>`;
    chart.prepend(defs);
    chart.setAttribute("aria-label", `${unitLabel(unit.key, lang)}: ${data.map((r) => `${r.metric}, ${format(r)}`).join("; ")}`);
    const figure = document.createElement("figure");
    figure.className = "outcome-panel";
    figure.dataset.unit = unit.key;
    figure.style.cssText = "margin: 0 0 0.75rem; max-width: none;";
    const caption = document.createElement("figcaption");
    caption.style.cssText = "font-weight: 600; font-size: 0.9rem; margin-bottom: 0.25rem;";
    caption.textContent = unitLabel(unit.key, lang);
    figure.append(caption, chart);
    return figure;
  });

  const root = document.createElement("div");
  root.className = "quantitative-outcomes";
  root.setAttribute("role", "group");
  root.setAttribute("aria-label", `Reported figures in ${panels.length} panels, one per unit, each with its own scale`);
  root.append(...panels);
  // The value labels link to the same lines as their bars: reached with them, not by Tab again.
  for (const link of root.querySelectorAll("a")) link.setAttribute("tabindex", "-1");
  keyboardMarks(root, marks, { name: "outcomes-figures", label: root.getAttribute("aria-label")! });
  return root;
}
