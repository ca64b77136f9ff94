// Chart marks and legend swatches stand 3:1 from their background in both themes (WCAG 1.4.11): the
// colours are read as drawn (computed fill and stroke, their opacities, patterns' strokes) and their
// contrast computed against the background the chart sits on.
import { afterAll, afterEach, beforeAll, expect, test, vi } from "vitest";
import { openSite, type Site, type Visit } from "./site.ts";

vi.setConfig({ testTimeout: 240_000 });

let site: Site;
const visits: Visit[] = [];
beforeAll(async () => {
  site = await openSite();
});
afterEach(async () => {
  for (const visit of visits.splice(0)) await visit.page.context().close();
});
afterAll(async () => {
  await site?.close();
});

// What carries meaning: data marks and the legend swatches that explain them (not grids, empty slots or hover bands).
// The theme matrix's filled cells are its buttons; the faint squares under them only say "nothing here".
const PLOT_MARKS = 'g[aria-label="bar"] rect, g[aria-label="dot"] path, g[aria-label="cell"] rect[role="button"]';
const LEGENDS = '[data-legend] svg :is(rect, path, text), [class*="-swatch"] svg';
// A matrix cell's colours (the white stripes over a disputed cell are judged with the cell's edge).
const PM_MARKS = '.pm-cell > :is(rect, path):not([fill^="url"]), .pm-totals rect, [data-legend] svg :is(rect, path):not([fill^="url"])';
const PAGES: Array<{ path: string; wait: string; marks: string }> = [
  { path: "/", wait: '[data-testid="status-chart"] g[aria-label="bar"] rect', marks: `[data-testid="status-chart"] :is(${PLOT_MARKS}, ${LEGENDS})` },
  {
    path: "/durations",
    wait: '[data-testid="timeline"] g[aria-description="trial period"] rect',
    marks: `[data-testid="timeline"] :is(${PLOT_MARKS}, ${LEGENDS})`,
  },
  { path: "/participation", wait: '[data-testid="matrix"] .pm-cell', marks: `[data-testid="matrix"] :is(${PM_MARKS})` },
  {
    path: "/outcomes",
    wait: '[data-testid="theme-matrix"] rect[role="button"]',
    marks: `:is([data-testid="quantitative-chart"], [data-testid="theme-matrix"]) :is(${PLOT_MARKS})`,
  },
  { path: "/embed/timeline", wait: 'g[aria-description="trial period"] rect', marks: `:is(${PLOT_MARKS}, ${LEGENDS})` },
  { path: "/embed/participation", wait: ".pm-cell", marks: PM_MARKS },
  { path: "/embed/outcomes-figures", wait: 'g[aria-label="bar"] rect', marks: PLOT_MARKS },
  { path: "/embed/outcomes-themes", wait: 'rect[role="button"]', marks: PLOT_MARKS },
];

interface Reading {
  mark: string;
  ratio: number;
  colour: string;
  background: string;
}

/** Each mark's best contrast (fill or stroke, over the background it sits on), in the page. */
function readMarks(selector: string): Reading[] {
  const canvas = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
  // Any CSS colour (rgb(), color(srgb …), oklch(), names) as 0–255 RGBA, through a canvas.
  const rgba = (css: string): [number, number, number, number] => {
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = "#000";
    canvas.fillStyle = css;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const over = (top: number[], alpha: number, under: number[]) => top.slice(0, 3).map((c, i) => c * alpha + under[i] * (1 - alpha));
  const luminance = (rgb: number[]) =>
    rgb
      .map((c) => c / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a: number[], b: number[]) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const background = (e: Element): number[] => {
    for (let at: Element | null = e; at; at = at.parentElement) {
      const [r, g, b, a] = rgba(getComputedStyle(at).backgroundColor);
      if (a > 0.5) return [r, g, b];
    }
    return [255, 255, 255];
  };
  const opacity = (e: Element) => {
    let o = 1;
    for (let at: Element | null = e; at && at.tagName !== "svg"; at = at.parentElement) o *= Number(getComputedStyle(at).opacity);
    return o;
  };
  // A pattern's colours are those of its stripes.
  const paints = (e: Element, property: "fill" | "stroke"): Array<[number[], number]> => {
    const style = getComputedStyle(e);
    const value = style[property];
    if (value === "none") return [];
    if (property === "stroke" && parseFloat(style.strokeWidth) <= 0) return [];
    const alpha = Number(property === "fill" ? style.fillOpacity : style.strokeOpacity) * opacity(e);
    const url = value.match(/url\("?#([^")]+)"?\)/);
    if (url) {
      const pattern = document.getElementById(url[1]);
      return pattern
        ? [...pattern.querySelectorAll("line, rect, path")].flatMap((s) => [...paints(s, "stroke"), ...paints(s, "fill")]).map(([c, a]) => [c, a * alpha])
        : [];
    }
    const [r, g, b, a] = rgba(value);
    return [[[r, g, b], a * alpha]];
  };
  return [...document.querySelectorAll(selector)]
    .filter((e) => e.getClientRects().length > 0)
    .map((e) => {
      const ground = background(e);
      const best = [...paints(e, "fill"), ...paints(e, "stroke")]
        .map(([colour, alpha]) => ({ colour: over(colour, alpha, ground), alpha }))
        .map(({ colour }) => ({ colour, ratio: ratio(colour, ground) }))
        .sort((a, b) => b.ratio - a.ratio)[0] ?? { colour: ground, ratio: 1 };
      const name = e.closest("[aria-label], [data-legend], [class*='-swatch']");
      return {
        mark: `${e.tagName} ${e.getAttribute("class") ?? ""} in ${name?.getAttribute("aria-label")?.slice(0, 40) ?? name?.className ?? ""}`,
        ratio: Math.round(best.ratio * 100) / 100,
        colour: `rgb(${best.colour.map(Math.round).join(", ")})`,
        background: `rgb(${ground.join(", ")})`,
      };
    });
}

test.each(PAGES)("$path: every mark and legend swatch at least 3:1 in light and dark", async ({ path, wait, marks }) => {
  const visit = await site.visit(path, { width: 1280, height: 900 });
  visits.push(visit);
  await visit.page.locator(wait).first().waitFor({ timeout: 150_000 });
  const failing: Record<string, Reading[]> = {};
  for (const colorScheme of ["light", "dark"] as const) {
    await visit.page.emulateMedia({ colorScheme });
    const readings = await visit.page.evaluate(readMarks, marks);
    expect(readings.length).toBeGreaterThan(2);
    failing[colorScheme] = readings.filter((r) => r.ratio < 3);
  }
  expect(failing).toEqual({ light: [], dark: [] });
});
