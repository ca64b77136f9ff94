// The same document saved twice under another name must not count twice.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../loaders/build.ts";
import { findDuplicates } from "../../loaders/duplicates.ts";
import { PROJECT_ROOT } from "../../loaders/reference.ts";
import { decodeSeed } from "../../loaders/seed.ts";
import { SEED_FILES, seedText, fiveSeeds } from "./helpers.ts";

const seeds = fiveSeeds();
const savings = (rows: Array<Record<string, unknown>>) => rows.filter((o) => o.unit === "DKK").reduce((n, o) => n + (o.value as number), 0);

/** A copy of seeds/ and data/ with one more seed file. */
function rootWith(name: string, text: string): string {
  const root = mkdtempSync(join(tmpdir(), "frikommune-dup-"));
  cpSync(join(PROJECT_ROOT, "seeds"), join(root, "seeds"), { recursive: true });
  cpSync(join(PROJECT_ROOT, "data"), join(root, "data"), { recursive: true });
  writeFileSync(join(root, "seeds", name), text);
  return root;
}

describe("duplicate documents", () => {
  it("skips the webinar saved again under a new name, saying which files, and counts its savings once", () => {
    const corpus = readCorpus(rootWith("005_webinar_kopi.txt", seedText(SEED_FILES.webinar)));
    expect(corpus.tables.documents.map((d) => d.doc_id)).not.toContain("005_webinar_kopi");
    expect(savings(corpus.tables.outcomes)).toBe(savings(readCorpus().tables.outcomes));
    expect(corpus.warnings).toContain("seeds/005_webinar_kopi.txt: the same text as seeds/001_17a181aa244a306b.txt; skipped as a duplicate");
  });

  it("finds a copy with different line breaks, spacing and a few changed lines", () => {
    const text = seedText(SEED_FILES.webinar).replace(/\n/g, "\r\n").replace(/ {2,}/g, " ").replace("Webinar d.", "Webinar den");
    const copy = decodeSeed(new TextEncoder().encode(text), "seeds/005_kopi.txt");
    const found = findDuplicates([...seeds, copy]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "seeds/005_kopi.txt", of: { file: "seeds/001_17a181aa244a306b.txt" }, same: false });
    expect(found[0].message).toMatch(/^seeds\/005_kopi\.txt: \d+ of its \d+ longer lines are also in seeds\/001_17a181aa244a306b\.txt$/);
  });

  it("finds no duplicates among the five seeds", () => {
    expect(findDuplicates(seeds)).toEqual([]);
  });
});
