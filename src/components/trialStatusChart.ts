// Trials per programme, stacked by status: how many of each programme's trials ran, were cancelled, never used.
import * as Plot from "npm:@observablehq/plot";
import { groupMarks } from "./markRoles.js";

export interface TrialStatusRow {
  programme: string;
  status: string | null;
}

/** Status labels and colours (Okabe–Ito, safe for colour-blind readers), in stacking order; `label` is the site's "English (dansk)". */
export const STATUS = [
  { key: "completed", en: "completed", da: "gennemført", color: "#0072B2" },
  { key: "ongoing", en: "ongoing", da: "kører fortsat", color: "#009E73" },
  { key: "cancelled", en: "cancelled", da: "annulleret", color: "#D55E00" },
  { key: "not_used", en: "not used", da: "ikke anvendt", color: "#999999" },
  { key: "unknown", en: "not stated in the sources", da: "ikke oplyst", color: "#E69F00" },
].map((s) => ({ ...s, label: `${s.en} (${s.da})` }));

export function trialStatusChart(trials: Iterable<TrialStatusRow>, { width = 640 }: { width?: number } = {}): SVGSVGElement | HTMLElement {
  const label = (status: string | null) => STATUS.find((s) => s.key === (status ?? "unknown"))!.label;
  const rows = Array.from(trials, (t) => ({ programme: t.programme, status: label(t.status) }));
  const chart = Plot.plot({
    width,
    height: 150,
    marginLeft: 140,
    x: { label: "Trials →", grid: true },
    y: { label: null },
    color: { domain: STATUS.map((s) => s.label), range: STATUS.map((s) => s.color), legend: true },
    marks: [
      Plot.barX(rows, Plot.groupY({ x: "count" }, { y: "programme", fill: "status", order: STATUS.map((s) => s.label), tip: true })),
      Plot.ruleX([0]),
    ],
  });
  groupMarks(chart);
  chart.setAttribute("aria-label", `Trials per programme by status: ${rows.length} trials in all`);
  return chart;
}
