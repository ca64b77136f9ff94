/**
 * `npm run add -- <file.txt|file.pdf> [--title … --issuer … --date … --url … --licence …]`: adds a document
 * to the corpus after checking it, and reports what the loaders read from it. `--accept <doc_id>` applies
 * the decisions of its review file. FRIKOMMUNE_ROOT points it at another copy of `seeds/` and `data/`.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { extractAll, formatReport, nextSeedName, reviewTsv } from "../loaders/addition.ts";
import { formatMeta, META_FIELDS, META_HELP, metaProblems, type MetaField, type SourceMeta } from "../loaders/documentMeta.ts";
import { duplicateOf } from "../loaders/duplicates.ts";
import { joinPages } from "../loaders/pages.ts";
import { personalData } from "../loaders/privacy.ts";
import { PROJECT_ROOT, readReference, readSeeds } from "../loaders/reference.ts";
import { acceptReview } from "../loaders/review.ts";
import { decodeSeed, SeedError } from "../loaders/seed.ts";

class Refusal extends Error {}

const started = performance.now();
const root = resolve(process.env.FRIKOMMUNE_ROOT || PROJECT_ROOT);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: "string" },
    issuer: { type: "string" },
    date: { type: "string" },
    url: { type: "string" },
    licence: { type: "string" },
    accept: { type: "string" },
  },
});

/** Framework re-runs a data loader only when its cached output is gone: clear it so `npm run dev` shows the change. */
function invalidateCaches(): void {
  for (const dir of ["src/.observablehq/cache/data", "node_modules/.cache/frikommune"]) rmSync(join(root, dir), { recursive: true, force: true });
}

async function readText(file: string): Promise<{ bytes: Uint8Array; pdf: { pages: number; ocrPages: number[] } | null }> {
  if (/\.txt$/i.test(file)) return { bytes: readFileSync(file), pdf: null };
  if (!/\.pdf$/i.test(file)) throw new Refusal(`${file}: only .txt (UTF-8) and .pdf documents can be added`);
  const { readPdf } = await import("../loaders/pdf.ts");
  const { pages, ocrPages } = await readPdf(file, (message) => process.stderr.write(`${message}\n`));
  return { bytes: new TextEncoder().encode(joinPages(pages)), pdf: { pages: pages.length, ocrPages } };
}

/** The stated fields, asking on a terminal for any not given as options (the first line offered as title). */
async function askMeta(firstLine: string): Promise<Record<MetaField, string>> {
  const given: Record<string, string | undefined> = { ...values, source_url: values.url };
  const fields = Object.fromEntries(META_FIELDS.map((f) => [f, given[f]?.trim() ?? ""])) as Record<MetaField, string>;
  const missing = META_FIELDS.filter((f) => !fields[f]);
  if (missing.length && process.stdin.isTTY) {
    // Lines read through the iterator are queued, so answers pasted all at once are not lost.
    const rl = createInterface({ input: process.stdin });
    const answers = rl[Symbol.asyncIterator]();
    for (const f of missing) {
      const offer = f === "title" ? firstLine : "";
      process.stderr.write(`${META_HELP[f]}${offer ? ` [${offer}]` : ""}: `);
      const answer = await answers.next();
      fields[f] = (answer.done ? "" : answer.value.trim()) || offer;
    }
    rl.close();
  }
  const problems = metaProblems(fields);
  if (problems.length) {
    throw new Refusal(
      `what the documents table needs is missing or wrong (give it as --title, --issuer, --date, --url, --licence):\n  ${problems.join("\n  ")}`,
    );
  }
  return fields;
}

async function add(file: string): Promise<void> {
  if (!existsSync(file)) throw new Refusal(`${file}: no such file`);
  const { bytes, pdf } = await readText(file);
  const read = decodeSeed(bytes, file);

  const personal = personalData(read.lines);
  const cpr = personal.filter((p) => p.kind === "cpr");
  if (cpr.length) {
    throw new Refusal(
      `${file}:${cpr[0].line}: refused: "${cpr[0].text}" has the form of a CPR number (ddmmyy-xxxx with a real date)${cpr.length > 1 ? `, and ${cpr.length - 1} more` : ""}. The \`lines\` table publishes every line word for word, and a CPR number identifies a person; remove or black it out (e.g. xxxxxx-xxxx) and add the document again.`,
    );
  }
  const seeds = readSeeds(root);
  const duplicate = duplicateOf(read, seeds);
  if (duplicate) {
    throw new Refusal(
      `${file}: refused: ${duplicate.same ? "the same text as" : `${duplicate.shared} of its ${duplicate.lines} longer lines are also in`} ${duplicate.of.file} (doc_id ${duplicate.of.docId}); a document counted twice would double its figures`,
    );
  }
  const fields = await askMeta(read.lines.find((l) => l.trim() && !l.startsWith("--- side"))?.trim() ?? "");

  const dir = join(root, "seeds");
  const name = nextSeedName(readdirSync(dir), bytes);
  const meta: SourceMeta = { ...fields, source_file: pdf ? `${name}.pdf` : null };
  const seed = { ...decodeSeed(bytes, `seeds/${name}.txt`), meta };
  const reference = readReference(root);
  const { corpus, unknown } = extractAll([...seeds, seed], reference);

  writeFileSync(join(dir, `${name}.txt`), bytes);
  if (pdf) copyFileSync(file, join(dir, `${name}.pdf`));
  writeFileSync(join(dir, `${name}.meta.json`), formatMeta(meta));
  // The review file holds this document's names; those of documents already in seeds/ stay theirs.
  const own = unknown.filter((u) => u.docId === name);
  let reviewFile: string | null = null;
  if (own.length) {
    reviewFile = `data/review/${name}.tsv`;
    mkdirSync(join(root, "data/review"), { recursive: true });
    writeFileSync(join(root, reviewFile), reviewTsv(own));
  }
  invalidateCaches();
  console.log(formatReport({ file, seedFile: `seeds/${name}.txt`, pdf, docId: name, corpus, unknown, reviewFile, personal }));
}

function accept(docId: string): void {
  const reviewFile = `data/review/${docId}.tsv`;
  if (!existsSync(join(root, reviewFile))) throw new Refusal(`${reviewFile}: no review file for ${docId}`);
  const result = acceptReview(readFileSync(join(root, reviewFile), "utf8"), reviewFile, readReference(root));
  for (const { file, lines } of result.appends) {
    if (lines.length)
      writeFileSync(join(root, file), readFileSync(join(root, file), "utf8").replace(/\n?$/, "\n") + lines.map((l) => `${l}\n`).join(""), "utf8");
  }
  if (result.remaining) writeFileSync(join(root, reviewFile), result.remaining);
  else rmSync(join(root, reviewFile));
  invalidateCaches();
  for (const { file, lines } of result.appends) for (const l of lines) console.log(`${file}: added ${JSON.stringify(l)}`);
  console.log(
    result.remaining
      ? `${reviewFile}: ${result.remaining.trim().split("\n").length - 1} names still without a decision`
      : `${reviewFile}: every name decided; file removed`,
  );
  const { unknown } = extractAll(readSeeds(root), readReference(root));
  console.log(
    unknown.length
      ? `the build keeps ${unknown.length} unknown names provisional (first: ${unknown[0].file}:${unknown[0].line} "${unknown[0].asWritten}")`
      : "the build reads every name",
  );
}

try {
  if (values.accept) accept(values.accept);
  else if (positionals.length === 1) await add(positionals[0]);
  else
    throw new Refusal(
      "usage: npm run add -- <file.txt|file.pdf> [--title … --issuer … --date YYYY-MM-DD --url … --licence …]\n       npm run add -- --accept <doc_id>",
    );
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!(error instanceof Refusal || error instanceof SeedError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}
