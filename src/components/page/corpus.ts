// Which set of documents the site was built from: "corpus 5 documents · 0b19e15", computed once by the
// build from the seeds' text (loaders/version.ts, src/data/corpus.json.ts) and printed in source lines,
// so a slide or a citation can be traced to the documents behind it.
import { FileAttachment } from "observablehq:stdlib";
import type { SourceDocument } from "../presenter/chartMeta.js";
import { pick, type Lang } from "../presenter/chartState.js";
import { jsonTables } from "./jsonTables.js";

export interface CorpusVersion {
  documents: number;
  hash: string;
}

let version: Promise<CorpusVersion> | null = null;

export function corpusVersion(): Promise<CorpusVersion> {
  version ??= FileAttachment("../../data/corpus.json").json() as Promise<CorpusVersion>;
  return version;
}

/** What a chart's source line cites (chartMeta.ts sourceLine): the documents table and the corpus version. */
export interface Citations {
  documents: SourceDocument[];
  corpus: CorpusVersion;
}

/** The citations of every chart on a page or in an embed, fetched once. */
export function citations(): Promise<Citations> {
  return Promise.all([jsonTables("documents"), corpusVersion()]).then(([{ documents }, corpus]) => ({
    documents: documents as SourceDocument[],
    corpus,
  }));
}

/** "corpus 5 documents · 0b19e15" (Danish: "korpus 5 dokumenter · 0b19e15"). */
export function corpusLabel({ documents, hash }: CorpusVersion, lang: Lang | null): string {
  const noun = documents === 1 ? pick(lang, "document", "dokument") : pick(lang, "documents", "dokumenter");
  return `${pick(lang, "corpus", "korpus")} ${documents} ${noun} · ${hash}`;
}
