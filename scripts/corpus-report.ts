/**
 * Runs the pipeline on the test corpus (test/corpus/documents; a PDF through its committed text) and on
 * the seeds, and prints per document and per kind of document how much of what a careful reader found
 * (test/corpus/facts) the rows state, and what they state wrongly:
 *
 *   npx tsx scripts/corpus-report.ts            (--missed: also list each fact not found)
 */
import { FACT_KINDS } from "../test/corpus/facts.schema.ts";
import { combine, overallRecall, type Measurement } from "../test/corpus/measure.ts";
import { runCorpus } from "../test/corpus/run.ts";

const { results, seeds } = runCorpus();

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)} %` : "–");
const frac = (t: { found: number; expected: number }) => (t.expected ? `${t.found}/${t.expected}` : "–");
const ratio = (r: number | null) => (r === null ? "–" : r.toFixed(2));
const SHORT: Record<string, string> = {
  trials: "trials",
  municipalities: "munic",
  participation: "partic",
  networks: "netw",
  amounts: "amounts",
  counts: "counts",
  dates: "dates",
  decisions: "decis",
};
const header = [
  "",
  ...FACT_KINDS.map((k) => SHORT[k]),
  "recall",
  "wrong amt",
  "wrong date",
  "wrong code",
  "wrong partic",
  "traps taken",
  "no warning",
  "unparsed",
];

function row(label: string, m: Measurement): string[] {
  return [
    label,
    ...FACT_KINDS.map((k) => frac(m.recall[k])),
    ratio(overallRecall(m)),
    String(m.wrongAmounts),
    String(m.wrongDates),
    String(m.wrongCodes),
    `${m.wrongParticipation}/${m.participationRows}`,
    String(m.trapsTaken),
    String(m.warningsMissing),
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
print(
  "Per document",
  results.map((r) => row(`${r.name} (${r.kind})`, r.m)),
);
// Held-out documents apart: they measure whether rules tuned on the others are general.
const tuned = results.filter((r) => !r.heldOut);
const heldOut = results.filter((r) => r.heldOut);
const kinds = [...new Set(tuned.map((r) => r.kind))].sort();
print("Per kind of document (held-out documents apart)", [
  ...kinds.map((k) => row(k, combine(tuned.filter((r) => r.kind === k).map((r) => r.m)))),
  row("all but the held-out", combine(tuned.map((r) => r.m))),
]);
if (heldOut.length)
  print("Held-out documents", [...heldOut.map((r) => row(`${r.name} (${r.kind})`, r.m)), row("all held-out", combine(heldOut.map((r) => r.m)))]);
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
