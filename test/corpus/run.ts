/**
 * Runs the pipeline on every document that has a facts file and measures its rows. The corpus documents
 * are each run alone, as a newly added document would be; the seeds together, as the build runs them.
 * A document the pipeline stops on counts as yielding no rows, with the message kept.
 */
import { buildTables, type Tables } from "../../loaders/corpus.ts";
import { readReference, readSeeds } from "../../loaders/reference.ts";
import { TABLE_NAMES } from "../../loaders/schema.ts";
import type { Seed } from "../../loaders/seed.ts";
import { readDocument, readFactsFiles } from "./files.ts";
import { measure, rowsOf, type Measurement } from "./measure.ts";

export interface Result {
  name: string;
  kind: string;
  heldOut: boolean;
  m: Measurement;
  error?: string;
}

export function runCorpus(): { results: Result[]; seeds: Seed[] } {
  const ref = readReference();
  const seeds = readSeeds();
  const seedRun = buildTables(seeds, ref);
  const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Tables;
  const results = readFactsFiles().map(({ name, facts }): Result => {
    const seed = readDocument(facts);
    const heldOut = facts.held_out === true;
    if (facts.document_file.startsWith("seeds/")) {
      return { name, kind: facts.kind, heldOut, m: measure(facts, rowsOf(seedRun.tables, seed.docId), seedRun.warnings) };
    }
    try {
      const run = buildTables([seed], ref);
      return { name, kind: facts.kind, heldOut, m: measure(facts, rowsOf(run.tables, seed.docId), run.warnings) };
    } catch (error) {
      const nonBlank = seed.lines.filter((l) => l.trim()).length;
      return {
        name,
        kind: facts.kind,
        heldOut,
        m: { ...measure(facts, empty, []), unparsedLines: nonBlank, nonBlankLines: nonBlank },
        error: (error as Error).message,
      };
    }
  });
  return { results, seeds };
}
