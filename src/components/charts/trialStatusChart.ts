// Trials per programme, stacked by status: how many of each programme's trials ran, were cancelled, never used.
import * as Plot from "npm:@observablehq/plot";
import { keyboardMarks, type KeyboardMark } from "./keyboard.js";
import { groupMarks } from "./markRoles.js";
import { PALETTE } from "./palette.js";

export interface TrialStatusRow {
  programme: string;
  status: string | null;
}

/** Status labels and colours (palette.ts), in stacking order; `label` is the site's "English (dansk)". */
export const STATUS = [
  { key: "completed", en: "completed", da: "gennemført", color: PALETTE.blue },
  { key: "ongoing", en: "ongoing", da: "kører fortsat", color: PALETTE.green },
  { key: "cancelled", en: "cancelled", da: "annulleret", color: PALETTE.vermillion },
  { key: "not_used", en: "not used", da: "ikke anvendt", color: PALETTE.grey },
  { key: "unknown", en: "not stated in the sources", da: "ikke oplyst", color: PALETTE.orange },
].map((s) => ({ ...s, label: `${s.en} (${s.da})` }));

/** `document`: the document to draw into (Plot's option), such as a jsdom document in Node; the page's by default. */
export function trialStatusChart(
  trials: Iterable<TrialStatusRow>,
  { width = 640, document = globalThis.document }: { width?: number; document?: Document } = {},
): SVGSVGElement | HTMLElement {
  const label = (status: string | null) => STATUS.find((s) => s.key === (status ?? "unknown"))!.label;
  const rows = Array.from(trials, (t) => ({ programme: t.programme, status: label(t.status) }));
  const marks: KeyboardMark[] = [];
  const chart = Plot.plot({
    document,
    width,
    height: 150,
    marginLeft: 140,
    x: { label: "Trials →", grid: true },
    y: { label: null },
    color: { domain: STATUS.map((s) => s.label), range: STATUS.map((s) => s.color), legend: true },
    marks: [
      Plot.barX(
        rows,
        Plot.groupY(
          { x: "count", title: (group: string[]) => `${group[0]}: ${group.length} ${group.length === 1 ? "trial" : "trials"}` },
          {
            y: "programme",
            fill: "status",
            title: (r: { programme: string; status: string }) => `${r.programme}, ${r.status}`,
            order: STATUS.map((s) => s.label),
            tip: true,
            // Each bar is read by the arrow keys (one tab stop for the chart).
            render(index, scales, values, dimensions, context, next) {
              const g = next!(index, scales, values, dimensions, context)!;
              g.querySelectorAll(":scope > rect").forEach((element, j) => {
                const label = String(values.title![index[j]]);
                marks.push({ element, key: label.split(":")[0], label });
              });
              return g;
            },
          },
        ),
      ),
      Plot.ruleX([0]),
    ],
  });
  groupMarks(chart);
  keyboardMarks(chart, marks, { name: "status", label: `Trials per programme by status: ${rows.length} trials in all` });
  return chart;
}
