// A drawing made at build time keeps what a reader sees and loses what only the live chart uses.
import { describe, expect, it } from "vitest";
import { baseRows } from "../loaders/views.ts";
import { fiveSeedCorpus } from "./loaders/helpers.ts";
import { newDocument } from "./components/dom.ts";
import { stillImage } from "../scripts/page-loader/stillImage.ts";
import { cellsOf, keepTrials, matrixAxes, participationMatrix, type LabelledStatement } from "../src/components/charts/participationMatrix.ts";
import { quantitativeOutcomes, type QuantitativeOutcome } from "../src/components/charts/quantitativeOutcomes.ts";
import { KEYS_SENTENCE } from "../src/components/charts/keyboard.ts";
import { statements as statementView } from "../src/components/views/participation.ts";
import { figures } from "../src/components/views/outcomes.ts";
import { applyView } from "../src/components/views/view.ts";

const corpus = fiveSeedCorpus().tables;
const document = newDocument();
const statements = applyView(statementView, (await baseRows(statementView, corpus)).rows) as LabelledStatement[];
const matrix = () => participationMatrix(statements, { width: 878, ...matrixAxes(keepTrials(statements), "similarity", "count"), document });
// What is drawn, mark by mark.
const visible = (root: Element) => Array.from(root.querySelectorAll("rect, path, text, line"), (e) => e.getAttribute("class") ?? e.localName);

describe("stillImage", () => {
  it("keeps every mark of the participation matrix, its name and legend, in less than half the bytes", () => {
    const live = matrix();
    const still = stillImage(matrix());
    expect(visible(still)).toEqual(visible(live));
    expect(still.querySelectorAll(".pm-cell")).toHaveLength(cellsOf(statements).length);
    // The empty slots: blocks filled with a pattern each, which the still image keeps.
    const fills = Array.from(still.querySelectorAll(".pm-slots rect"), (r) => r.getAttribute("fill")!);
    expect(fills.length).toBeGreaterThan(0);
    for (const fill of fills) expect(still.querySelector(`pattern${fill.slice(4, -1)} rect.pm-slot`), fill).not.toBeNull();
    const svg = still.querySelector("svg.pm-chart")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe(`${live.querySelector("svg.pm-chart")!.getAttribute("aria-label")!.split(KEYS_SENTENCE)[0]}.`);
    expect(still.querySelector("[data-legend]"), "the legend, which a stylesheet lays out").not.toBeNull();
    expect(still.outerHTML.length).toBeLessThan(live.outerHTML.length * 0.5);
  });

  it("leaves nothing a live chart's keys, tooltips or listeners read", () => {
    const still = stillImage(matrix());
    expect(still.querySelectorAll("[tabindex], [data-kb-chart], [id^='kb-'], svg title, svg [data-down], svg [data-trial]")).toHaveLength(0);
    expect(still.querySelectorAll(".pm-cell[aria-label]"), "marks inside an image are not read").toHaveLength(0);
  });

  it("keeps the panels' names in a chart that stays a group (the outcomes' figures give their values there)", async () => {
    const rows = applyView(figures, (await baseRows(figures, corpus)).rows) as QuantitativeOutcome[];
    const still = stillImage(quantitativeOutcomes(rows, { width: 878, document }));
    const panels = still.querySelectorAll("svg[aria-label]");
    expect(panels.length).toBeGreaterThan(0);
    expect(still.getAttribute("role")).not.toBe("img");
    expect(still.querySelectorAll("[tabindex], svg title")).toHaveLength(0);
  });
});
