// The packages this project has installed: the lockfile says which versions,
// node_modules must agree (a stale node_modules would silently ship other code).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface InstalledPackage {
  name: string;
  version: string;
  /** Absolute directory, e.g. /repo/node_modules/@duckdb/duckdb-wasm/node_modules/apache-arrow */
  dir: string;
}

interface LockEntry {
  name?: string;
  version?: string;
  link?: boolean;
}

export class InstalledPackages {
  // Per name, shallowest install first: that is the one a bare import from the project resolves to.
  private readonly byName = new Map<string, InstalledPackage[]>();

  constructor(projectDir: string) {
    const lock = JSON.parse(readFileSync(join(projectDir, "package-lock.json"), "utf-8")) as {
      packages?: Record<string, LockEntry>;
    };
    if (!lock.packages) throw new Error("offline: package-lock.json has no packages map (lockfileVersion 2+ needed)");
    const keys = Object.keys(lock.packages).filter((key) => key.startsWith("node_modules/"));
    keys.sort((a, b) => depth(a) - depth(b));
    for (const key of keys) {
      const entry = lock.packages[key]!;
      if (entry.link || !entry.version) continue;
      const name = entry.name ?? key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);
      const dir = join(projectDir, key);
      // Optional packages for other platforms are in the lockfile but not on disk.
      if (!existsSync(join(dir, "package.json"))) continue;
      const list = this.byName.get(name) ?? [];
      list.push({ name, version: entry.version, dir });
      this.byName.set(name, list);
    }
  }

  versions(name: string): string[] {
    return (this.byName.get(name) ?? []).map((p) => checked(p).version);
  }

  /** What `npm:name` means here: the copy the project itself resolves to. */
  latest(name: string): string | undefined {
    const first = this.byName.get(name)?.[0];
    return first && checked(first).version;
  }

  find(name: string, version: string): InstalledPackage | undefined {
    const found = this.byName.get(name)?.find((p) => p.version === version);
    return found && checked(found);
  }
}

function depth(key: string): number {
  return key.split("node_modules/").length;
}

function checked(pkg: InstalledPackage): InstalledPackage {
  const { version } = JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf-8")) as { version: string };
  if (version !== pkg.version) {
    throw new Error(`offline: ${pkg.dir} holds ${pkg.name}@${version} but package-lock.json says ${pkg.version}; run npm ci`);
  }
  return pkg;
}
