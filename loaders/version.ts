/** A short, stable name for the set of seed documents, so a slide or a citation says which corpus it shows. */
import { createHash } from "node:crypto";
import type { Seed } from "./seed.ts";

export interface CorpusVersion {
  documents: number;
  /** The first 7 hex digits of a SHA-256 over every seed's name and decoded text, in name order. */
  hash: string;
}

/** Changes when a document is added, removed, renamed or edited; not with the loaders' code. */
export function corpusVersion(seeds: Seed[]): CorpusVersion {
  const hash = createHash("sha256");
  for (const seed of [...seeds].sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0))) {
    // Name and text kept apart by a character no seed holds, so "ab"+"c" differs from "a"+"bc".
    hash.update(`${seed.docId}\u0000${seed.lines.join("\n")}\u0000`);
  }
  return { documents: seeds.length, hash: hash.digest("hex").slice(0, 7) };
}
