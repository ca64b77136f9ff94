/**
 * Regenerates the test corpus's PDFs from their HTML sources (test/corpus/html/) with headless
 * Chromium, and the extracted text beside each PDF that the facts files quote:
 *
 *   npx tsx scripts/make-test-pdfs.ts [name …]
 *
 * With names, only those documents are regenerated (the others' bytes are left alone).
 * Text-layer PDFs are read back with poppler's `pdftotext`; the "scanned" one is a degraded screenshot
 * placed as an image in a PDF with no text layer, read back with `pdftoppm` + `tesseract -l dan`.
 * Pages are marked `--- side N ---` in the text. Chromium stamps the time into a PDF; the stamp is
 * replaced by a fixed one of the same length, so a rerun gives the same bytes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";

const ROOT = join(import.meta.dirname, "..");
const HTML = join(ROOT, "test/corpus/html");
const OUT = join(ROOT, "test/corpus/documents");
const TEXT_LAYER = ["star-forlaengelsesbrev", "beu-bilag-status", "jammerbugt-beslutningsprotokol", "mariagerfjord-byraadsreferat"];
const SCANNED = ["scannet-brev-laesoe"];
const ONLY = process.argv.slice(2);
const wanted = (name: string) => ONLY.length === 0 || ONLY.includes(name);

/** Pages of pdftotext/tesseract output (form feed between pages) as numbered text. */
function markPages(pages: string[]): string {
  return pages.map((page, i) => `--- side ${i + 1} ---\n${page.replace(/\s+$/, "")}\n`).join("\n");
}

/** Same-length fixed timestamps, so the PDF's byte offsets (xref) stay valid. */
function fixTimestamps(pdf: Buffer): Buffer {
  const text = pdf
    .toString("latin1")
    .replace(/\(D:(\d{14})([^)]*)\)/g, (_, digits: string, zone: string) => `(D:${"20260101000000".slice(0, digits.length)}${zone.replace(/[0-9]/g, "0")})`);
  return Buffer.from(text, "latin1");
}

async function textLayerPdf(browser: Browser, name: string): Promise<void> {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(HTML, `${name}.html`)).href);
  const pdf = fixTimestamps(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.close();
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  writeFileSync(join(OUT, `${name}.txt`), markPages(text.split("\f").filter((p, i, all) => i < all.length - 1 || p.trim())));
}

async function scannedPdf(browser: Browser, name: string, work: string): Promise<void> {
  // 1. The letter as a screen would show it.
  const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(HTML, `${name}.html`)).href);
  const clean = await page.screenshot({ fullPage: true });
  // 2. A scanner's copy: grey, slightly blurred and skewed, at three quarters of the resolution.
  await page.setContent(
    `<body style="margin:0;background:#fff"><img style="width:600px;filter:grayscale(1) blur(0.4px) contrast(0.8);transform:rotate(0.4deg);margin:12px"
      src="data:image/png;base64,${clean.toString("base64")}"></body>`,
  );
  await page.waitForFunction(() => document.images[0]?.complete);
  const scan = await page.locator("img").screenshot();
  // 3. The image alone on an A4 page: no text layer.
  await page.setContent(
    `<style>@page{size:A4;margin:0}body{margin:0}img{width:210mm;display:block}</style><img src="data:image/png;base64,${scan.toString("base64")}">`,
  );
  await page.waitForFunction(() => document.images[0]?.complete);
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, fixTimestamps(await page.pdf({ preferCSSPageSize: true })));
  await context.close();
  execFileSync("pdftoppm", ["-r", "200", "-png", file, join(work, "page")]);
  const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  const pages = Array.from({ length: pageCount }, (_, i) => {
    const png = join(work, `page-${String(i + 1).padStart(String(pageCount).length, "0")}.png`);
    return execFileSync("tesseract", [png, "-", "-l", "dan"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  });
  writeFileSync(join(OUT, `${name}.txt`), markPages(pages));
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "test-pdfs-"));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    for (const name of TEXT_LAYER.filter(wanted)) await textLayerPdf(browser, name);
    for (const name of SCANNED.filter(wanted)) await scannedPdf(browser, name, work);
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  for (const name of [...TEXT_LAYER, ...SCANNED].filter(wanted)) {
    const pages = readFileSync(join(OUT, `${name}.txt`), "utf8").match(/^--- side \d+ ---$/gm)?.length ?? 0;
    console.log(`${name}.pdf: ${pages} page(s), text in ${name}.txt`);
  }
}

await main();
