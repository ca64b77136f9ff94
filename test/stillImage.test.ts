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
// What is drawn where it stands (not a definition that <use> draws).
const visible = (root: Element) =>
  Array.from(root.querySelectorAll("rect, path, text, line"))
    .filter((e) => !e.closest("defs"))
    .map((e) => e.getAttribute("class") ?? e.localName);

/**
 * The squares (`x y width height`) that the <use> elements of `name` draw from their rows' paths, as the
 * browser would: a path's `M`/`m` moves (`m` from the start of the square before) and `h`/`v` sides.
 */
function squaresDrawn(root: Element, name: string): string[] {
  return Array.from(root.querySelectorAll(`use.${name}`)).flatMap((use) => {
    const d = root.querySelector(use.getAttribute("href")!)!.getAttribute("d")!;
    const dy = Number(use.getAttribute("y"));
    let [x, y] = [0, 0];
    return Array.from(d.matchAll(/([Mm])(-?[\d.]+),(-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h(-?[\d.]+)z/g), ([, move, a, b, w, h, back]) => {
      [x, y] = move === "M" ? [Number(a), Number(b)] : [x + Number(a), y + Number(b)];
      expect(Number(back)).toBe(-Number(w));
      return `${x} ${y + dy} ${w} ${h}`;
    });
  });
}

describe("stillImage", () => {
  it("keeps every mark of the participation matrix, its name and legend, in less than half the bytes", () => {
    const live = matrix();
    const still = stillImage(matrix(), "t");
    // The empty slots are drawn a row at a time: each slot a square at its place, every other mark as drawn.
    const slots = Array.from(live.querySelectorAll("rect.pm-slot"), (r) => ["x", "y", "width", "height"].map((a) => Number(r.getAttribute(a))).join(" "));
    expect(slots.length).toBeGreaterThan(100);
    expect(squaresDrawn(still, "pm-slot").sort()).toEqual(slots.sort());
    expect(still.querySelectorAll("defs > path").length, "rows alike drawn once").toBeLessThan(still.querySelectorAll("use.pm-slot").length);
    expect(visible(still).filter((v) => v !== "pm-slot")).toEqual(visible(live).filter((v) => v !== "pm-slot"));
    expect(still.querySelectorAll(".pm-cell")).toHaveLength(cellsOf(statements).length);
    const svg = still.querySelector("svg.pm-chart")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe(`${live.querySelector("svg.pm-chart")!.getAttribute("aria-label")!.split(KEYS_SENTENCE)[0]}.`);
    expect(still.querySelector("[data-legend]"), "the legend, which a stylesheet lays out").not.toBeNull();
    expect(still.outerHTML.length).toBeLessThan(live.outerHTML.length * 0.4);
  });

  it("leaves nothing a live chart's keys, tooltips or listeners read", () => {
    const still = stillImage(matrix(), "t");
    expect(still.querySelectorAll("[tabindex], [data-kb-chart], [id^='kb-'], svg title, svg [data-down], svg [data-trial]")).toHaveLength(0);
    expect(still.querySelectorAll(".pm-cell[aria-label]"), "marks inside an image are not read").toHaveLength(0);
  });

  it("keeps the panels' names in a chart that stays a group (the outcomes' figures give their values there)", async () => {
    const rows = applyView(figures, (await baseRows(figures, corpus)).rows) as QuantitativeOutcome[];
    const still = stillImage(quantitativeOutcomes(rows, { width: 878, document }), "t");
    const panels = still.querySelectorAll("svg[aria-label]");
    expect(panels.length).toBeGreaterThan(0);
    expect(still.getAttribute("role")).not.toBe("img");
    expect(still.querySelectorAll("[tabindex], svg title")).toHaveLength(0);
  });
});
