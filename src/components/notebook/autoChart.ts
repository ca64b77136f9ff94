// The notebook's automatic chart (see chartShape.ts): horizontal bars in the query's row order, so ORDER BY
// decides and long Danish titles fit, or a line over time. Labels are text, as in the table.
import * as Plot from "npm:@observablehq/plot";
import { breakAtGaps, type ChartShape } from "./chartShape.js";
import { formatNumber, formatTimeTick } from "../text/locale.js";
import { groupMarks } from "../charts/markRoles.js";
import { formatTemporal, formatValue, type ResultColumn } from "./resultFormat.js";
import type { ArrowResult } from "./resultTable.js";

const CHAR = 6.5; // px per character of an axis label, roughly, at Plot's 10px sans-serif

/** `document`: the document to draw into (Plot's option), such as a jsdom document in Node; the page's by default. */
export function autoChart(
  table: ArrowResult,
  columns: ResultColumn[],
  shape: ChartShape,
  { width, document = globalThis.document }: { width: number; document?: Document },
): SVGSVGElement | HTMLElement {
  const keyIndex = columns.findIndex((c) => c.name === shape.key);
  const keyColumn = columns[keyIndex];
  const keys = table.getChildAt(keyIndex)!;
  const values = table.getChildAt(columns.findIndex((c) => c.name === shape.value))!;
  const rows = Array.from({ length: table.numRows }, (_, i) => ({ key: keys.get(i), value: values.get(i) as number | null }));
  const valueAxis = { label: shape.value, grid: true, tickFormat: formatNumber };

  if (shape.mark === "bar") {
    // NULL is a category too (e.g. trials whose status no document states), labelled as in the table.
    const bars = rows.map((d) => ({ label: formatValue(d.key, keyColumn.kind, keyColumn.precision), value: d.value }));
    const labels = [...new Set(bars.map((d) => d.label))];
    const marginLeft = Math.min(width * 0.4, 12 + CHAR * Math.max(...labels.map((l) => l.length)));
    const chart = Plot.plot({
      document,
      width,
      height: 40 + 22 * labels.length,
      marginLeft,
      x: valueAxis,
      y: { domain: labels, label: null },
      marks: [
        Plot.barX(bars, { x: "value", y: "label", fill: "#0072B2", tip: { format: { x: formatNumber } } }),
        Plot.ruleX([0]),
        Plot.axisY({ lineWidth: (marginLeft - 12) / CHAR, textOverflow: "ellipsis", tickSize: 0 }),
      ],
    });
    groupMarks(chart);
    chart.setAttribute("aria-label", `Bar chart: ${shape.value} by ${shape.key}`);
    return chart;
  }

  const points = rows.filter((d) => d.key !== null && d.value !== null).map((d) => ({ date: new Date(d.key as number | Date), value: d.value }));
  const precision = keyColumn.precision ?? "day";
  const formatDate = (date: Date) => formatTemporal(date, precision);
  const chart = Plot.plot({
    document,
    width,
    height: 280,
    x: { type: "utc", label: shape.key, tickFormat: formatTimeTick },
    y: { ...valueAxis, zero: true },
    marks: [
      // Broken where years (months, days) are missing, rather than drawn straight across them.
      Plot.lineY(breakAtGaps(points, precision), { x: "date", y: "value", stroke: "#0072B2" }),
      // Dots mark the points while they can be told apart; the tip follows the pointer along the line.
      points.length <= 200 ? Plot.dot(points, { x: "date", y: "value", fill: "#0072B2", r: 2.5 }) : null,
      Plot.tip(points, Plot.pointerX({ x: "date", y: "value", format: { x: formatDate, y: formatNumber } })),
    ],
  });
  groupMarks(chart);
  chart.setAttribute("aria-label", `Line chart: ${shape.value} over ${shape.key}`);
  return chart;
}
