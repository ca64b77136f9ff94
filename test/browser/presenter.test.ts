// What a presenter takes from the site: exported images that draw only the chart and cite it in full,
// named after the view and with alt text; chart pages whose ?present view puts the chart on the first
// screen; embeds whose every label is legible at the embed code's 800 × 450, saying what they leave out.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openSite, type Site, type Visit } from "./site.ts";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const FK1 = "Frikommuneforsøg I";
const clean = (visit: Visit) => {
  expect(visit.pageErrors).toEqual([]);
  expect(visit.consoleErrors).toEqual([]);
};

async function download(visit: Visit, chart: string, format: "SVG" | "PNG") {
  const button = visit.page.locator(`.chart-tools[data-chart="${chart}"] button`, { hasText: format });
  const [file] = await Promise.all([visit.page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** The text of every <text> in an SVG file, as a standalone file is read. */
const svgTexts = (visit: Visit, svg: string) =>
  visit.page.evaluate((svg) => Array.from(new DOMParser().parseFromString(svg, "image/svg+xml").querySelectorAll("text"), (t) => t.textContent ?? ""), svg);

describe("image export", () => {
  test("the participation matrix's SVG draws its legend's words, not its stylesheet", async () => {
    const visit = await open("/participation");
    await visit.page.locator('[data-testid="matrix"] .pm-cell').first().waitFor();
    const texts = await svgTexts(visit, (await download(visit, "participation", "SVG")).bytes.toString("utf8"));
    expect(texts).toContain("2 = number of documents");
    expect(texts.filter((t) => /[{}]|\.pm-/.test(t))).toEqual([]);
    clean(visit);
  });

  test("named after the view, the source line whole with the corpus version, alt text ready", async () => {
    const visit = await open(`/durations?programme=${encodeURIComponent(FK1)}&status=cancelled`);
    await visit.page.locator('[data-testid="timeline"] g[aria-description="trial period"] > *').first().waitFor();
    const svg = await download(visit, "timeline", "SVG");
    expect(svg.name).toBe("durations-frikommuneforsoeg-i-cancelled.svg");
    expect((await download(visit, "timeline", "PNG")).name).toBe("durations-frikommuneforsoeg-i-cancelled.png");
    const source = (await svgTexts(visit, svg.bytes.toString("utf8")))
      .filter((t) => !t.includes("\n"))
      .slice(-3)
      .join(" ");
    expect(source).toMatch(/Source: Jobcenter Viborg, Oversigt over de 20 frikommuneforsøg/);
    expect(source).toMatch(/corpus 5 documents · [0-9a-f]{7}, /);
    expect(source).toContain("/durations?programme=Frikommunefors%C3%B8g%20I&status=cancelled");
    expect(source).not.toContain("…");

    await visit.page.locator('.chart-tools[data-chart="timeline"] [data-tool="alt-text"] summary').click();
    const alt = await visit.page.locator('.chart-tools[data-chart="timeline"] textarea[data-snippet="alt-text"]').inputValue();
    expect(alt).toMatch(/^Trial periods and milestones \(Frikommuneforsøg I · cancelled \(annulleret\)\)\. Timeline of 2 trial periods from /);
    clean(visit);
  });

  test("with nothing to export, the reader is told so and nothing is thrown", async () => {
    const visit = await open("/durations?q=zzzz");
    await visit.page.getByText("No trial with a stated period matches these filters.").waitFor();
    let downloads = 0;
    visit.page.on("download", () => downloads++);
    await visit.page.locator('.chart-tools[data-chart="timeline"] button', { hasText: "SVG" }).click();
    const status = visit.page.locator('.chart-tools[data-chart="timeline"] [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/^No chart to export/);
    await visit.page.locator('.chart-tools[data-chart="timeline"] button', { hasText: "PNG" }).click();
    await visit.page.waitForTimeout(300);
    expect(downloads).toBe(0);
    expect(await status.textContent()).toMatch(/^No chart to export/);
    clean(visit);
  });

  test("the Embed button says the module needs Access-Control-Allow-Origin", async () => {
    const visit = await open("/outcomes");
    const tools = visit.page.locator('.chart-tools[data-chart="outcomes-figures"]');
    await tools.locator("summary", { hasText: "Embed" }).click();
    expect(await tools.locator('textarea[data-snippet="module"]').inputValue()).toContain("Access-Control-Allow-Origin");
    expect(await tools.locator("details").last().textContent()).toContain("Access-Control-Allow-Origin");
  });
});

function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Visit> {
  return site.visit(path, viewport);
}

describe("?present at 1920 × 1080", () => {
  test.each([
    ["/durations", '[data-testid="timeline"] svg[data-kb-chart]'],
    ["/participation", '[data-testid="matrix"] svg.pm-chart'],
    ["/outcomes", '[data-testid="quantitative-chart"]'],
  ])("%s: the chart is on the first screen", async (path, chart) => {
    const visit = await open(`${path}?present`, { width: 1920, height: 1080 });
    const element = visit.page.locator(chart).first();
    await element.waitFor();
    await visit.page.waitForTimeout(500);
    const box = (await element.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(1080);
    clean(visit);
  });

  test("the durations intro writes its dates da-DK", async () => {
    const visit = await open("/durations");
    const intro = visit.page.locator("#observablehq-main p", { hasText: "This page puts every stated period" });
    await expect.poll(() => intro.textContent(), { timeout: 30_000 }).toContain("most to 1. juli 2017");
    expect(await intro.textContent()).toContain("from 1. juli 2018 to udgangen af 2022");
    expect(await intro.textContent()).toContain("1 extension decision, on 26. august 2021");
    expect(await intro.textContent()).not.toMatch(/July|August/);
  });

  test("approximate figures stand out from a dark ground (≥ 3:1)", async () => {
    for (const query of ["?present&theme=dark", "?theme=dark", "?theme=light"]) {
      const visit = await open(`/outcomes${query}`, { width: 1920, height: 1080 });
      await visit.page.locator('[data-testid="quantitative-chart"] g[aria-label="bar"] rect').first().waitFor();
      const ratios = await visit.page.evaluate(() => {
        const ctx = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
        const rgba = (color: string) => {
          ctx.clearRect(0, 0, 1, 1);
          ctx.fillStyle = color;
          ctx.fillRect(0, 0, 1, 1);
          const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
          return [r, g, b, a / 255];
        };
        const luminance = ([r, g, b]: number[]) =>
          [r, g, b]
            .map((c) => c / 255)
            .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
        const ground = (e: Element | null): number[] => {
          for (; e; e = e.parentElement) {
            const c = rgba(getComputedStyle(e).backgroundColor);
            if (c[3] > 0) return c;
          }
          return [255, 255, 255, 1];
        };
        const bars = Array.from(document.querySelectorAll('[data-testid="quantitative-chart"] g[aria-label="bar"] rect')).filter((r) =>
          /: ca\. /.test(r.closest("a")?.getAttribute("aria-label") ?? ""),
        );
        return bars.map((rect) => {
          const style = getComputedStyle(rect);
          const url = style.fill.match(/url\("?#([^")]+)"?\)/);
          // A hatched fill is as strong as its stripes.
          const ink = url ? getComputedStyle(document.getElementById(url[1])!.querySelector("line, rect, path")!).stroke : style.fill;
          const [r, g, b, a] = rgba(ink);
          const alpha = a * Number(style.fillOpacity) * Number(getComputedStyle(rect.parentElement!).opacity);
          const back = ground(rect.closest("svg"));
          const mixed = [r, g, b].map((v, i) => v * alpha + back[i] * (1 - alpha));
          const [l1, l2] = [luminance(mixed), luminance(back)].sort((x, y) => y - x);
          return (l1 + 0.05) / (l2 + 0.05);
        });
      });
      expect(ratios.length, query).toBeGreaterThan(0);
      for (const ratio of ratios) expect(ratio, query).toBeGreaterThanOrEqual(3);
    }
  });
});

/** For each embed: how many of its parts it drew, and how many there are (its text alternative lists them all). */
const PARTS = {
  timeline: { drawn: 'g[aria-description="trial period"] > *', noun: "trials" },
  participation: { drawn: ".pm-chart .pm-down text", noun: "municipalities" },
  "outcomes-figures": { drawn: 'g[aria-label="bar"] rect', noun: "figures" },
  "outcomes-themes": { drawn: 'g[aria-label="y-axis tick label"] text', noun: "rows" },
} as const;

describe("embeds at 800 × 450", () => {
  test.each(Object.keys(PARTS) as Array<keyof typeof PARTS>)("%s: every label ≥ 12 px, the source whole, what is left out said", async (chart) => {
    const visit = await open(`/embed/${chart}`, { width: 800, height: 450 });
    await visit.page.locator(`.fk-embed ${PARTS[chart].drawn}`).first().waitFor();
    await visit.page.waitForTimeout(300);
    const seen = await visit.page.evaluate((drawn) => {
      const texts = Array.from(document.querySelectorAll(".fk-embed svg text")).filter((t) => (t.textContent ?? "").trim() && t.checkVisibility());
      // Font size in the SVG's units × the SVG's scale on screen (CSS zoom included).
      const px = texts.map((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement!;
        const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.width.baseVal.value);
        return { px: parseFloat(getComputedStyle(t).fontSize) * scale, text: t.textContent!.slice(0, 40) };
      });
      const foot = document.querySelector(".fk-foot") as HTMLElement;
      return {
        smallest: px.sort((a, b) => a.px - b.px).slice(0, 3),
        drawn: document.querySelectorAll(`.fk-embed ${drawn}`).length,
        total: document.querySelectorAll(".fk-alt li").length,
        note: document.querySelector(".fk-more")?.textContent ?? "",
        noteLink: document.querySelector(".fk-more a")?.getAttribute("href") ?? null,
        foot: foot.textContent ?? "",
        footCut: foot.scrollWidth > foot.clientWidth || foot.scrollHeight > foot.clientHeight || getComputedStyle(foot).textOverflow === "ellipsis",
        footBottom: foot.getBoundingClientRect().bottom,
      };
    }, PARTS[chart].drawn);
    // 11.99995: the zoom's float rounding, not a smaller label.
    expect(seen.smallest[0].px, JSON.stringify(seen.smallest)).toBeGreaterThanOrEqual(11.99);
    // The whole source line, on the screen.
    expect(seen.footCut).toBe(false);
    expect(seen.footBottom).toBeLessThanOrEqual(450);
    expect(seen.foot).toMatch(/corpus 5 documents · [0-9a-f]{7}, http:\/\/127\.0\.0\.1:\d+\//);
    expect(seen.total).toBeGreaterThan(0);
    if (seen.drawn < seen.total) {
      expect(seen.note).toBe(`${seen.drawn} of ${seen.total} ${PARTS[chart].noun}; all on the page · `);
      expect(seen.noteLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/(durations|participation|outcomes)/);
    } else {
      expect(seen.note).toBe("");
    }
    clean(visit);
  });
});
