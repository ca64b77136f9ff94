/**
 * Runs the pipeline on the test corpus (test/corpus/documents; a PDF through its committed text) and on
 * the seeds, and prints per document and per kind of document how much of what a careful reader found
 * (test/corpus/facts) the rows state, and what they state wrongly:
 *
 *   npx tsx scripts/corpus-report.ts            (--missed: also list each fact not found)
 *
 * Each corpus document is run alone, as a new document would be; the seeds are run together, as the
 * build runs them. A document the pipeline stops on counts as yielding no rows, with the message shown.
 */
import { buildTables, type Tables } from "../loaders/corpus.ts";
import { readReference, readSeeds } from "../loaders/reference.ts";
import { TABLE_NAMES } from "../loaders/schema.ts";
import { FACT_KINDS } from "../test/corpus/facts.schema.ts";
import { readDocument, readFactsFiles } from "../test/corpus/files.ts";
import { combine, measure, overallRecall, rowsOf, type Measurement } from "../test/corpus/measure.ts";

const ref = readReference();
const seeds = readSeeds();
const seedRun = buildTables(seeds, ref);
const empty = () => Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Tables;

interface Result {
  name: string;
  kind: string;
  m: Measurement;
  error?: string;
}

const results: Result[] = readFactsFiles().map(({ name, facts }) => {
  const seed = readDocument(facts);
  if (facts.document_file.startsWith("seeds/")) {
    return { name, kind: facts.kind, m: measure(facts, rowsOf(seedRun.tables, seed.docId), seedRun.warnings) };
  }
  try {
    const run = buildTables([seed], ref);
    return { name, kind: facts.kind, m: measure(facts, rowsOf(run.tables, seed.docId), run.warnings) };
  } catch (error) {
    // Stopped: nothing extracted, every non-blank line unparsed.
    const m = measure(facts, empty(), []);
    const nonBlank = seed.lines.filter((l) => l.trim()).length;
    return { name, kind: facts.kind, m: { ...m, unparsedLines: nonBlank, nonBlankLines: nonBlank }, error: (error as Error).message };
  }
});

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)} %` : "–");
const frac = (t: { found: number; expected: number }) => (t.expected ? `${t.found}/${t.expected}` : "–");
const ratio = (r: number | null) => (r === null ? "–" : r.toFixed(2));
const SHORT: Record<string, string> = { trials: "trials", municipalities: "munic", participation: "partic", networks: "netw", amounts: "amounts", counts: "counts", dates: "dates", decisions: "decis" };
const header = ["", ...FACT_KINDS.map((k) => SHORT[k]), "recall", "wrong amt", "wrong date", "wrong code", "wrong partic", "traps taken", "no warning", "unparsed"];

function row(label: string, m: Measurement): string[] {
  return [
    label, ...FACT_KINDS.map((k) => frac(m.recall[k])), ratio(overallRecall(m)),
    String(m.wrongAmounts), String(m.wrongDates), String(m.wrongCodes),
    `${m.wrongParticipation}/${m.participationRows}`, String(m.trapsTaken), String(m.warningsMissing),
    `${m.unparsedLines}/${m.nonBlankLines}`,
  ];
}

function print(title: string, rows: string[][]): void {
  const table = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  console.log(`\n${title}`);
  for (const r of table) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
}

console.log("frikommune corpus report: facts found in the pipeline's rows (found/expected), wrong rows, unparsed/non-blank lines");
print("Per document", results.map((r) => row(`${r.name} (${r.kind})`, r.m)));
const kinds = [...new Set(results.map((r) => r.kind))].sort();
print("Per kind of document", [
  ...kinds.map((k) => row(k, combine(results.filter((r) => r.kind === k).map((r) => r.m)))),
  row("all documents", combine(results.map((r) => r.m))),
]);
const all = combine(results.map((r) => r.m));
console.log(`\nWrong participation rows: ${pct(all.wrongParticipation, all.participationRows)} of ${all.participationRows}.`);
const stopped = results.filter((r) => r.error);
if (stopped.length) {
  console.log(`\nThe pipeline stopped on ${stopped.length} document(s) (counted as no rows):`);
  for (const r of stopped) console.log(`  ${r.name}: ${r.error}`);
}
if (process.argv.includes("--missed")) {
  for (const r of results) if (r.m.missed.length) console.log(`\n${r.name}: not found\n${r.m.missed.map((x) => `  ${x}`).join("\n")}`);
}
const described = new Set(results.map((r) => r.name));
const bare = seeds.filter((s) => !described.has(s.docId));
if (bare.length) {
  console.log(`\nSeeds without a facts file (not measured): ${bare.map((s) => s.docId).join(", ")}`);
}
