/** The curated reference data in `data/`, parsed; the only module here that reads files. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseTsv } from "./curated.ts";
import { parseMeta } from "./documentMeta.ts";
import { parseRegister, type Register } from "./municipalities.ts";
import { decodeSeed, SeedError, type Seed } from "./seed.ts";
import type { Programme } from "./types.ts";

export interface TrialDefinition {
  trial_id: string;
  programme: Programme;
  title: string;
}

export interface Reference {
  register: Register;
  trials: TrialDefinition[];
  /** Folded title as written → trial_id. */
  trialTitles: Map<string, string>;
  /** Folded network name as written → network name. */
  networks: Map<string, string>;
  decisionsTsv: string;
  summaryTsv: string;
}

/** Titles and names compare without case, punctuation or spacing. */
export function foldTitle(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\d]+/gu, "");
}

export const PROJECT_ROOT = new URL("..", import.meta.url).pathname;

export function parseReference(files: Record<string, string>): Reference {
  const trials = parseTsv(files["data/trials.tsv"], "data/trials.tsv").map((r) => ({
    trial_id: r.trial_id, programme: r.programme as Programme, title: r.title,
  }));
  const ids = new Set(trials.map((t) => t.trial_id));
  const trialTitles = new Map<string, string>();
  for (const r of parseTsv(files["data/trial_titles.tsv"], "data/trial_titles.tsv")) {
    if (!ids.has(r.trial_id)) throw new SeedError("data/trial_titles.tsv", Number(r.line), `unknown trial_id "${r.trial_id}"`);
    trialTitles.set(foldTitle(r.title_as_written), r.trial_id);
  }
  const networks = new Map(
    parseTsv(files["data/networks.tsv"], "data/networks.tsv").map((r) => [foldTitle(r.network_as_written), r.network]),
  );
  return {
    register: parseRegister(files["data/municipalities.csv"], files["data/municipality_aliases.csv"], files["data/places_not_municipalities.csv"]),
    trials,
    trialTitles,
    networks,
    decisionsTsv: files["data/curated/decisions.tsv"],
    summaryTsv: files["data/curated/evaluation_summary.tsv"],
  };
}

const REFERENCE_FILES = [
  "data/municipalities.csv", "data/municipality_aliases.csv", "data/places_not_municipalities.csv", "data/trials.tsv", "data/trial_titles.tsv",
  "data/networks.tsv", "data/curated/decisions.tsv", "data/curated/evaluation_summary.tsv",
];

export function readReference(root = PROJECT_ROOT): Reference {
  return parseReference(Object.fromEntries(REFERENCE_FILES.map((f) => [f, readFileSync(join(root, f), "utf8")])));
}

/** Every `*.txt` in `seeds/`, in name order, decoded strictly, with its `.meta.json` where there is one. */
export function readSeeds(root = PROJECT_ROOT): Seed[] {
  const dir = join(root, "seeds");
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  if (!names.length) throw new SeedError("seeds/", null, "no seed documents (*.txt) found");
  return names.map((name) => {
    const seed = decodeSeed(readFileSync(join(dir, name)), `seeds/${name}`);
    const meta = `${seed.docId}.meta.json`;
    return existsSync(join(dir, meta)) ? { ...seed, meta: parseMeta(readFileSync(join(dir, meta), "utf8"), `seeds/${meta}`) } : seed;
  });
}
