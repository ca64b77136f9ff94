/** Shared by the loader tests: the real seeds and reference data, read once. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT, readReference } from "../../loaders/reference.ts";
import { decodeSeed, type Seed } from "../../loaders/seed.ts";

export const SEED_FILES = {
  overview: "seeds/000_e87aeb02a3b05123.txt",
  webinar: "seeds/001_17a181aa244a306b.txt",
  form: "seeds/002_7ec51abab4a4df97.txt",
  letter: "seeds/003_3dbcc80b57291c50.txt",
  summary: "seeds/004_850f78bee8af48a2.txt",
} as const;

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
