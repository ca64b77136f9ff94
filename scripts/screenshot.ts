// Screenshots of built pages, to look at before calling a page done:
//   npx tsx scripts/screenshot.ts / /sources      → screenshots/<page>-<width>.png at 1280 and 420 px
//   VIEWPORT=1 npx tsx scripts/screenshot.ts …     → only what the first screen shows (after any #anchor jump)
//   SELECTOR='[data-testid=timeline]' npx tsx …    → only that element
//   WAIT='[data-state=done]' npx tsx …             → first wait for this element (content that comes late)
//   SIZES=800x450,1920x1080 npx tsx … /embed/timeline → at those viewports, as <page>-<width>x<height>.png
//   SCHEME=dark npx tsx …                          → in the dark colour scheme, as <page>-<size>-dark.png
//   NOJS=1 npx tsx …                               → with JavaScript off, as <page>-<size>-nojs.png
import { mkdirSync } from "node:fs";
import { openSite } from "../test/browser/site.ts";

const paths = process.argv.slice(2);
const sizes = process.env.SIZES
  ? process.env.SIZES.split(",").map((size) => {
      const [width, height] = size.split("x").map(Number);
      return { width, height, suffix: `${width}x${height}` };
    })
  : [1280, 420].map((width) => ({ width, height: 900, suffix: String(width) }));
const site = await openSite();
mkdirSync("screenshots", { recursive: true });
try {
  for (const path of paths.length ? paths : ["/"]) {
    for (const { width, height, suffix } of sizes) {
      const colorScheme = (process.env.SCHEME ?? "light") as "light" | "dark";
      const visit = await site.visit(path, { width, height, colorScheme, javaScript: !process.env.NOJS });
      if (process.env.WAIT) await visit.page.locator(process.env.WAIT).first().waitFor();
      await visit.page.waitForLoadState("networkidle");
      await visit.page.waitForTimeout(500);
      const file = `screenshots/${path.replace(/\W+/g, "_").replace(/^_|_$/g, "") || "index"}-${suffix}${process.env.SCHEME ? `-${process.env.SCHEME}` : ""}${process.env.NOJS ? "-nojs" : ""}.png`;
      const selector = process.env.SELECTOR;
      if (selector) await visit.page.locator(selector).first().screenshot({ path: file });
      else await visit.page.screenshot({ path: file, fullPage: !process.env.VIEWPORT });
      const problems = [...visit.pageErrors, ...visit.consoleErrors, ...visit.failed, ...visit.offsite()];
      console.log(
        `${file}: ${visit.requests.length} requests, ${(visit.bytes() / 2 ** 20).toFixed(1)} MiB${problems.length ? `, problems: ${problems.join("; ")}` : ""}`,
      );
    }
  }
} finally {
  await site.close();
}
