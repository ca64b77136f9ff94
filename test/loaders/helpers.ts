/** Shared by the loader tests: the real seeds and reference data, read once. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { buildTables, type Corpus } from "../../loaders/corpus.ts";
import { PROJECT_ROOT, readReference, readSeeds } from "../../loaders/reference.ts";
import { decodeSeed, type Seed } from "../../loaders/seed.ts";

export const SEED_FILES = {
  overview: "seeds/000_e87aeb02a3b05123.txt",
  webinar: "seeds/001_17a181aa244a306b.txt",
  form: "seeds/002_7ec51abab4a4df97.txt",
  letter: "seeds/003_3dbcc80b57291c50.txt",
  summary: "seeds/004_850f78bee8af48a2.txt",
} as const;

/** The five seeds' doc_ids: tests about them select them, so documents added to seeds/ change nothing here. */
export const SEED_IDS: readonly string[] = Object.values(SEED_FILES).map((f) => basename(f, ".txt"));

/**
 * A temporary copy of the project with data/ and only the five seeds in seeds/: tests that run the
 * loaders or `npm run add` on a whole seeds/ folder see the same corpus whatever a researcher has added.
 */
export function fiveSeedRoot(prefix = "frikommune-"): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(PROJECT_ROOT, "data"), join(root, "data"), { recursive: true });
  mkdirSync(join(root, "seeds"));
  for (const file of Object.values(SEED_FILES)) cpSync(join(PROJECT_ROOT, file), join(root, file));
  return root;
}

/** The five seeds among whatever `seeds/` (of `root`) holds, in name order. */
export function fiveSeeds(root?: string): Seed[] {
  return readSeeds(root).filter((s) => SEED_IDS.includes(s.docId));
}

/** The tables of the five seeds alone. */
export function fiveSeedCorpus(): Corpus {
  return buildTables(fiveSeeds(), reference);
}

export function seedText(file: string): string {
  return readFileSync(join(PROJECT_ROOT, file), "utf8");
}

export function realSeed(file: string): Seed {
  return decodeSeed(readFileSync(join(PROJECT_ROOT, file)), file);
}

/** The seed with its text changed, for hostile variants. */
export function variant(file: string, change: (text: string) => string): Seed {
  return decodeSeed(new TextEncoder().encode(change(seedText(file))), file);
}

export const reference = readReference();

export function dataFile(path: string): string {
  return readFileSync(join(PROJECT_ROOT, path), "utf8");
}

/**
 * A decision letter approving a network's application that the trial catalogue lacks: it becomes a
 * provisional trial, and the network's members, Ballerup and Furesø, are credited with it as applicants,
 * provisionally.
 */
export const LETTER_WITH_UNKNOWN_APPLICATION: Seed = {
  docId: "900_letter",
  file: "seeds/900_letter.txt",
  lines: [
    "Indenrigsministeriet",
    "",
    'Til frikommunenetværket "En plan for en sammenhængende indsats sammen med borgeren"',
    "v/ Ballerup Kommune",
    "",
    "Vi har modtaget netværkets ansøgninger og truffet afgørelse om dem.",
    "",
    "Ansøgning 1: Hurtigere visitation til jobrotation",
    "Afgørelse: Godkendt.",
    "",
    "Netværket består af Ballerup og Furesø Kommuner.",
  ],
};
