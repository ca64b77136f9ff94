/** The build's one report: per document, rows per table and what was left unparsed or unresolved. */
import type { Corpus } from "./corpus.ts";
import type { TableName } from "./schema.ts";

const COUNTED: TableName[] = ["mentions", "participation", "outcomes", "decisions", "events", "networks"];

/**
 * Each document's unparsed lines are counted once, in its row (extraction adds no warning for them);
 * a note below the table says what the count means when any document has some.
 */
export function summary({ tables, warnings, review, readBy }: Corpus, seconds: number): string {
  const count = (rows: Array<Record<string, unknown>>, doc: unknown) => rows.filter((r) => r.doc_id === doc).length;
  const head = ["document", "read by", ...COUNTED, "unparsed", "unresolved"];
  const unparsed = (doc: unknown) => tables.lines.filter((l) => l.doc_id === doc && l.status === "unparsed").length;
  const rows = tables.documents.map((d) => [
    String(d.doc_id),
    readBy[d.doc_id as string] ?? "",
    ...COUNTED.map((t) => String(count(tables[t], d.doc_id))),
    String(unparsed(d.doc_id)),
    String(review.filter((r) => r.doc_id === d.doc_id).length),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")}\n`;
  let out = `frikommune corpus: ${tables.documents.length} documents, ${tables.trials.length} trials, extracted once in ${seconds.toFixed(1)} s for every table\n`;
  out += line(head) + rows.map(line).join("");
  if (tables.documents.some((d) => unparsed(d.doc_id))) {
    out += "  unparsed: non-blank lines that fed no row and were not skipped on purpose (table `lines`, status unparsed, with the reason)\n";
  }
  for (const w of warnings) out += `warning: ${w}\n`;
  if (review.length) {
    out += `to review (${review.length}; kept provisionally: add titles to data/trial_titles.tsv, names to data/municipality_aliases.csv):\n`;
    for (const r of review) out += `  ${r.file}:${r.line}\t${r.what}\t${r.as_written}${r.proposed ? `\tproposed id ${r.proposed}` : "\tno code"}\n`;
  }
  return out;
}
