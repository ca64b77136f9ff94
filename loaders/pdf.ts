/**
 * A PDF's text, page by page: the text layer through pdf.js, and for a page without one (a scan) the
 * page rasterised by poppler's `pdftoppm` and read by `tesseract -l dan`. Used by `npm run add`, not the build.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { SeedError } from "./seed.ts";

/** What pdf.js gives per text run: `hasEOL` ends a line. */
export interface TextItem {
  str: string;
  hasEOL?: boolean;
}

/** Text runs → lines, trailing spaces dropped. pdf.js splits words at ligatures (`O`,`ff`,`entligt`), so runs join without a space. */
export function textLayerLines(items: TextItem[]): string[] {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    line += item.str;
    if (item.hasEOL) {
      lines.push(line.trimEnd());
      line = "";
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return lines;
}

export const OCR_INSTALL = "sudo apt-get install -y poppler-utils tesseract-ocr tesseract-ocr-dan";

/** Why OCR cannot run here (tools or the Danish model missing), or null when it can. */
export function ocrUnavailable(): string | null {
  const missing = ["pdftoppm", "tesseract"].filter((tool) => spawnSync(tool, ["-v"], { stdio: "ignore" }).error);
  if (missing.length) return `${missing.join(" and ")} not installed`;
  const langs = spawnSync("tesseract", ["--list-langs"], { encoding: "utf8" });
  if (!/^dan$/m.test(`${langs.stdout}${langs.stderr}`)) return "tesseract has no Danish model (tesseract-ocr-dan)";
  return null;
}

/** One page rasterised at 300 dpi and read by tesseract's Danish model; form feeds and trailing spaces dropped. */
function ocrPage(file: string, page: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), "frikommune-ocr-"));
  try {
    const png = join(dir, "page");
    execFileSync("pdftoppm", ["-r", "300", "-png", "-f", String(page), "-l", String(page), "-singlefile", file, png], { stdio: "ignore" });
    const text = execFileSync("tesseract", [`${png}.png`, "-", "-l", "dan"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return textLayerLines(
      text
        .replace(/\f/g, "")
        .split("\n")
        .map((str) => ({ str, hasEOL: true })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PdfText {
  /** Lines of each page, page 1 first. */
  pages: string[][];
  /** Pages (1-based) read by OCR because they had no text layer. */
  ocrPages: number[];
}

/**
 * Reads every page; a page whose text layer holds no visible character is OCR'd. Refuses before any OCR
 * when a page needs it and the tools are missing, naming the packages to install.
 */
export async function readPdf(file: string, progress: (message: string) => void = () => {}): Promise<PdfText> {
  const data = new Uint8Array(readFileSync(file));
  let pdf: PDFDocumentProxy;
  try {
    pdf = await getDocument({ data, useSystemFonts: true, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    throw new SeedError(file, null, `not a readable PDF (${(error as Error).message})`);
  }
  try {
    const layers: string[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      layers.push(textLayerLines((await page.getTextContent()).items as TextItem[]));
    }
    const ocrPages = layers.flatMap((lines, i) => (lines.join("").trim() ? [] : [i + 1]));
    const why = ocrPages.length ? ocrUnavailable() : null;
    if (why) {
      throw new SeedError(
        file,
        null,
        `page${ocrPages.length > 1 ? "s" : ""} ${ocrPages.join(", ")} ha${ocrPages.length > 1 ? "ve" : "s"} no text layer and must be OCR'd, but ${why}: ${OCR_INSTALL}`,
      );
    }
    const pages = layers.map((lines, i) => {
      const n = i + 1;
      if (!ocrPages.includes(n)) {
        progress(`side ${n}/${pdf.numPages}: text layer, ${lines.length} lines`);
        return lines;
      }
      const started = performance.now();
      progress(`side ${n}/${pdf.numPages}: no text layer; OCR (pdftoppm -r 300, tesseract -l dan) …`);
      const read = ocrPage(file, n);
      progress(`side ${n}/${pdf.numPages}: OCR read ${read.length} lines in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return read;
    });
    return { pages, ocrPages };
  } finally {
    await pdf.destroy();
  }
}
