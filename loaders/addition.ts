/** The pure parts of `npm run add`: the seed's name, extraction listing every unknown name at once, the report. */
import { createHash } from "node:crypto";
import { nearestCandidates, type Candidate, type NameKind } from "./candidates.ts";
import { buildTables, type Corpus } from "./corpus.ts";
import { personalDataWarning, type Finding } from "./privacy.ts";
import type { Reference } from "./reference.ts";
import { TABLE_NAMES, type TableName } from "./schema.ts";
import type { Seed } from "./seed.ts";

/** 16 hex digits of the text's SHA-256: the name changes if the text does, so a seed's name is its text. */
export function seedHash(text: Uint8Array): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** `NNN_<hash>` with NNN one above the highest number in `seeds/` (names of any extension). */
export function nextSeedName(existing: string[], text: Uint8Array): string {
  const numbers = existing
    .map((name) => /^(\d{3,})_/.exec(name)?.[1])
    .filter((n) => n !== undefined)
    .map(Number);
  const next = numbers.length ? Math.max(...numbers) + 1 : 0;
  return `${String(next).padStart(3, "0")}_${seedHash(text)}`;
}

export interface UnknownName {
  kind: NameKind;
  asWritten: string;
  docId: string;
  file: string;
  line: number;
  candidates: Candidate[];
}

/** The tables as the build makes them, and every name the reference data lacks with its nearest candidates. */
export function extractAll(seeds: Seed[], reference: Reference): { corpus: Corpus; unknown: UnknownName[] } {
  const corpus = buildTables(seeds, reference);
  const unknown = corpus.review.map(
    (r): UnknownName => ({
      kind: r.what,
      asWritten: r.as_written,
      docId: r.doc_id,
      file: r.file,
      line: r.line,
      candidates: nearestCandidates(r.as_written, r.what, reference),
    }),
  );
  return { corpus, unknown };
}

/** Rows each table holds for one document (tables without `doc_id`, like `municipalities`, left out). */
export function rowsPerTable(corpus: Corpus, docId: string): Partial<Record<TableName, number>> {
  const counts: Partial<Record<TableName, number>> = {};
  for (const name of TABLE_NAMES) {
    const rows = corpus.tables[name];
    if (rows.length && !("doc_id" in rows[0])) continue;
    counts[name] = rows.filter((r) => r.doc_id === docId).length;
  }
  return counts;
}

export const REVIEW_COLUMNS = ["kind", "as_written", "line", "candidates", "decision"];

/** The review file: one name a row, its three nearest candidates, and an empty decision for the user. */
export function reviewTsv(unknown: UnknownName[]): string {
  const cell = (s: string) => s.replace(/[\t\r\n]+/g, " ");
  const rows = unknown.map((u) => [u.kind, cell(u.asWritten), String(u.line), u.candidates.map((c) => cell(c.value)).join(" | "), ""]);
  return `${[REVIEW_COLUMNS, ...rows].map((r) => r.join("\t")).join("\n")}\n`;
}

export interface Report {
  file: string;
  seedFile: string;
  pdf: { pages: number; ocrPages: number[] } | null;
  docId: string;
  corpus: Corpus;
  unknown: UnknownName[];
  reviewFile: string | null;
  personal: Finding[];
}

export function formatReport(r: Report): string {
  const doc = r.corpus.tables.documents.find((d) => d.doc_id === r.docId)!;
  const lines = r.corpus.tables.lines.filter((l) => l.doc_id === r.docId);
  const status = (s: string) => lines.filter((l) => l.status === s).length;
  const out = [
    `added ${r.seedFile}${r.pdf ? ` (and the PDF beside it: ${r.pdf.pages} page${r.pdf.pages === 1 ? "" : "s"}, ${r.pdf.ocrPages.length ? `OCR on page ${r.pdf.ocrPages.join(", ")}` : "all from the text layer"})` : ""} from ${r.file}`,
    `genre: ${doc.kind}${doc.kind === "unknown" ? " (no layout parser recognised it; read by the general layer)" : ""}`,
    `rows: ${Object.entries(rowsPerTable(r.corpus, r.docId))
      .map(([t, n]) => `${t} ${n}`)
      .join(" · ")}`,
    `lines: ${lines.length} (${status("parsed")} parsed, ${status("skipped")} skipped, ${status("unparsed")} unparsed, ${status("blank")} blank)`,
  ];
  const own = r.unknown.filter((u) => u.docId === r.docId);
  const elsewhere = r.unknown.filter((u) => u.docId !== r.docId);
  if (own.length) {
    out.push(`unknown names: ${own.length} (provisional in the build until they are resolved: a proposed trial id, a name without a code)`);
    for (const u of own) {
      out.push(
        `  line ${u.line}: ${u.kind} "${u.asWritten}" — nearest: ${u.candidates.map((c) => (c.label === c.value ? c.value : `${c.value} (${c.label})`)).join("; ")}`,
      );
    }
    out.push(`review: fill in the decision column of ${r.reviewFile}, then run: npm run add -- --accept ${r.docId}`);
  } else {
    out.push("unknown names: none");
  }
  // Names other documents leave unresolved are theirs to review; said once, so that none goes unseen.
  if (elsewhere.length) {
    const [first] = elsewhere;
    out.push(`elsewhere in the corpus: ${elsewhere.length} unknown names, provisional (first: ${first.file}:${first.line} "${first.asWritten}")`);
  }
  for (const p of r.personal) out.push(`warning: ${personalDataWarning(r.seedFile, p)}`);
  return out.join("\n");
}
