/** PDFs as `npm run add` reads them: the text layer with page markers, OCR for a page without one. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markerPage } from "../../loaders/pages.ts";
import { ocrUnavailable, readPdf, textLayerLines } from "../../loaders/pdf.ts";
import { PROJECT_ROOT } from "../../loaders/reference.ts";

const pdf = (name: string) => join(PROJECT_ROOT, "test/corpus/documents", name);

describe("text layer", () => {
  it("rebuilds lines from pdf.js runs, words split at ligatures joined again", () => {
    expect(
      textLayerLines([
        { str: "O" },
        { str: "ff" },
        { str: "entligt", hasEOL: true },
        { str: "", hasEOL: true },
        { str: "Kommuner" },
        { str: " " },
        { str: "Aalborg  " },
        { str: "", hasEOL: true },
        { str: "", hasEOL: true },
      ]),
    ).toEqual(["Offentligt", "", "Kommuner Aalborg"]);
  });

  it("reads the eleven-page annex page by page, Danish letters and dashes intact, without OCR", async () => {
    const progress: string[] = [];
    const { pages, ocrPages } = await readPdf(pdf("beu-bilag-status.pdf"), (m) => progress.push(m));
    expect(pages).toHaveLength(11);
    expect(ocrPages).toEqual([]);
    expect(pages[0].slice(0, 3)).toEqual(["Beskæftigelsesudvalget 2022-23", "BEU Alm.del – Bilag 12", "Offentligt"]);
    expect(pages[1][0]).toBe("1. Rehabiliteringsteams og fritagelse for rekvirering af");
    expect(pages.flat().some((l) => markerPage(l) !== null)).toBe(false);
    expect(progress).toHaveLength(11);
    expect(progress[10]).toMatch(/^side 11\/11: text layer, \d+ lines$/);
  }, 60_000);

  it("refuses a file that is no PDF, naming it", async () => {
    await expect(readPdf(join(PROJECT_ROOT, "package.json"))).rejects.toThrow(/package\.json: not a readable PDF/);
  });
});

describe("a scanned page", () => {
  it("is refused with the packages to install where the OCR tools are missing", async () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      await expect(readPdf(pdf("scannet-brev-laesoe.pdf"))).rejects.toThrow(
        /page 1 has no text layer and must be OCR'd, but pdftoppm and tesseract not installed: sudo apt-get install -y poppler-utils tesseract-ocr tesseract-ocr-dan/,
      );
    } finally {
      process.env.PATH = path;
    }
  });

  it.skipIf(ocrUnavailable() !== null)(
    "is rasterised and read by tesseract's Danish model, with progress",
    async () => {
      const progress: string[] = [];
      const { pages, ocrPages } = await readPdf(pdf("scannet-brev-laesoe.pdf"), (m) => progress.push(m));
      expect(ocrPages).toEqual([1]);
      expect(pages[0].join("\n")).toMatch(/Læsø/);
      expect(progress[0]).toMatch(/^side 1\/1: no text layer; OCR/);
      expect(progress[1]).toMatch(/^side 1\/1: OCR read \d+ lines in [\d.]+ s$/);
    },
    300_000,
  );
});
