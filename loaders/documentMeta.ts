/**
 * What the user states about an added document (`seeds/<doc_id>.meta.json`, written by `npm run add`):
 * title, issuer, date, source address, licence, and the PDF it was read from. The five original seeds
 * have no such file; their `documents` row comes from their genre parser alone.
 */
import type { Row, Tables } from "./corpus.ts";
import type { DatePrecision } from "./dates.ts";
import { markerPage, pageOfLines } from "./pages.ts";
import { SeedError, type Seed } from "./seed.ts";

export interface SourceMeta {
  title: string;
  issuer: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as exact as the document is. */
  date: string;
  source_url: string;
  licence: string;
  /** The PDF beside the text (`NNN_<hash>.pdf`), or null for a text document. */
  source_file: string | null;
}

export const META_FIELDS = ["title", "issuer", "date", "source_url", "licence"] as const;
export type MetaField = (typeof META_FIELDS)[number];

export const META_HELP: Record<MetaField, string> = {
  title: "title, as the document gives it",
  issuer: "issuer (who wrote or sent it, e.g. Styrelsen for Arbejdsmarked og Rekruttering)",
  date: "date of publication: YYYY-MM-DD, YYYY-MM or YYYY",
  source_url: "source address (http:// or https:// where the document was found)",
  licence: "licence or terms of reuse (e.g. CC BY 4.0, or: offentligt dokument, ophavsretslovens § 9)",
};

/** The publication date as the `documents` table stores it; null when the text is no real date. */
export function publishedOf(date: string): { published: string; published_precision: DatePrecision } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1990 || year > 2099 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { published: d.toISOString().slice(0, 10), published_precision: m[3] ? "day" : m[2] ? "month" : "year" };
}

/** Every problem with the stated fields, one sentence each; empty when they can be stored. */
export function metaProblems(fields: Partial<Record<MetaField, string>>): string[] {
  const problems: string[] = [];
  for (const f of META_FIELDS) if (!fields[f]?.trim()) problems.push(`${f} is missing: the ${META_HELP[f]}`);
  if (fields.date?.trim() && !publishedOf(fields.date))
    problems.push(`date "${fields.date}" is not a real date written YYYY-MM-DD, YYYY-MM or YYYY (1990–2099)`);
  if (fields.source_url?.trim()) {
    let ok = false;
    try {
      ok = ["http:", "https:"].includes(new URL(fields.source_url.trim()).protocol);
    } catch {}
    if (!ok) problems.push(`source_url "${fields.source_url}" is not an http:// or https:// address`);
  }
  return problems;
}

/** Reads a metadata file's text; any problem stops the build, naming the file. */
export function parseMeta(text: string, file: string): SourceMeta {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SeedError(file, null, `not valid JSON (${(error as Error).message})`);
  }
  const fields = Object.fromEntries(META_FIELDS.map((f) => [f, typeof raw[f] === "string" ? (raw[f] as string) : undefined]));
  const problems = metaProblems(fields);
  if (raw.source_file !== null && typeof raw.source_file !== "string") problems.push("source_file must be a file name or null");
  if (problems.length) throw new SeedError(file, null, problems.join("; "));
  return { ...(fields as Record<MetaField, string>), source_file: raw.source_file as string | null };
}

/** The file's contents, fields in a fixed order so the file diffs well. */
export function formatMeta(meta: SourceMeta): string {
  return `${JSON.stringify(meta, [...META_FIELDS, "source_file"], 2)}\n`;
}

/**
 * Adds what the metadata says to the tables: the stated title, issuer and date (over what a parser
 * read), source address and licence in `documents`; each line's page in `lines`, page markers skipped.
 */
export function applySourceMeta(tables: Tables, seeds: Seed[]): void {
  const metaOf = new Map(seeds.map((s) => [s.docId, s.meta]));
  tables.documents = tables.documents.map((row): Row => {
    const meta = metaOf.get(row.doc_id as string);
    if (!meta) return { ...row, source_url: null, licence: null };
    return { ...row, title: meta.title, issuer: meta.issuer, ...publishedOf(meta.date), source_url: meta.source_url, licence: meta.licence };
  });
  const pagesOf = new Map(seeds.map((s) => [s.docId, pageOfLines(s.lines)]));
  tables.lines = tables.lines.map((row): Row => {
    const page = pagesOf.get(row.doc_id as string)?.[(row.line as number) - 1] ?? null;
    const marker = row.status === "unparsed" && markerPage(row.text as string) !== null;
    return marker ? { ...row, page, status: "skipped", reason: `page marker: page ${page} of the PDF starts here` } : { ...row, page };
  });
}
