/**
 * Extraction once per build. Framework runs each table's loader as its own process; the first to
 * arrive extracts the corpus and writes it to a file keyed on a hash of `seeds/`, `data/` and the
 * loaders' sources, while the others wait for that file and read it. `npm run clean` removes it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, openSync, closeSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { PROJECT_ROOT } from "./reference.ts";

export const CACHE_DIR = join(PROJECT_ROOT, "src/.observablehq/cache/frikommune");

/** A lock older than this belongs to a process that died; the corpus of the seeds takes well under it. */
const STALE_MS = 120_000;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      return e.isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

/** Hash of every file the extraction reads or runs: a change to any of them is a new corpus. */
export function corpusKey(root: string): string {
  const hash = createHash("sha256");
  for (const [base, dir] of [
    [root, "seeds"],
    [root, "data"],
    [PROJECT_ROOT, "loaders"],
  ] as const) {
    for (const file of filesUnder(join(base, dir))) hash.update(relative(base, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** A value another process stored: read, not computed here. */
function readStored<T>(file: string): { value: T; fresh: false } {
  return { value: JSON.parse(readFileSync(file, "utf8")) as T, fresh: false };
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The cached value for `key`, or `compute()`'s, stored for the next process. `fresh` is true for the
 * one process that computed it (it reports what it found; the others stay quiet).
 */
export function cached<T>(key: string, compute: () => T, dir = CACHE_DIR): { value: T; fresh: boolean } {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `corpus-${key}.json`);
  const lock = `${file}.lock`;
  for (;;) {
    if (existsSync(file)) return readStored<T>(file);
    try {
      closeSync(openSync(lock, "wx"));
      break;
    } catch {
      // Another loader is extracting: wait for its file, or take over a lock it left behind.
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_MS) rmSync(lock, { force: true });
      } catch {
        /* the lock went away meanwhile */
      }
      sleep(50);
    }
  }
  try {
    // The file may have been written between the check above and taking the lock.
    if (existsSync(file)) return readStored<T>(file);
    const value = compute();
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(value));
    renameSync(partial, file);
    return { value, fresh: true };
  } finally {
    rmSync(lock, { force: true });
  }
}
