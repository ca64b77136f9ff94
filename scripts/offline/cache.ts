// Framework never re-fetches a library it has cached, so a cache filled under
// another lockfile (or by an older version of this mechanism) must go.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A hash of the files whose change invalidates the cache. */
export function fingerprint(files: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort()) hash.update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

/**
 * Removes `<cacheDir>/_npm` unless the hash stored beside it matches.
 * @returns whether the cache was cleared
 */
export function ensureFreshNpmCache(cacheDir: string, hash: string): boolean {
  const stamp = join(cacheDir, "_npm.offline-hash");
  if (existsSync(stamp) && readFileSync(stamp, "utf-8") === hash) return false;
  rmSync(join(cacheDir, "_npm"), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, hash);
  return true;
}
