/** The test corpus on disk: its documents (text, or a PDF's committed extraction) and their facts files. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeSeed, type Seed } from "../../loaders/seed.ts";
import type { Facts } from "./facts.schema.ts";

export const ROOT = join(import.meta.dirname, "..", "..");
export const DOCUMENTS = join(ROOT, "test/corpus/documents");
export const FACTS = join(ROOT, "test/corpus/facts");

export interface FactsFile {
  /** Facts file name without `.json`. */
  name: string;
  /** Parsed but not yet validated. */
  facts: Facts;
}

export function readFactsFiles(): FactsFile[] {
  return readdirSync(FACTS)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ""),
      facts: JSON.parse(readFileSync(join(FACTS, f), "utf8")) as Facts,
    }));
}

/** The document a facts file describes, decoded as the pipeline decodes a seed (doc_id = file name). */
export function readDocument(facts: Facts): Seed {
  return decodeSeed(readFileSync(join(ROOT, facts.document_file)), facts.document_file);
}

/** Names (without extension) of the corpus's documents: every `.txt`, and every `.pdf`. */
export function documentNames(): { texts: string[]; pdfs: string[] } {
  const files = readdirSync(DOCUMENTS);
  const names = (ext: string) =>
    files
      .filter((f) => f.endsWith(ext))
      .map((f) => f.slice(0, -ext.length))
      .sort();
  return { texts: names(".txt"), pdfs: names(".pdf") };
}
