// Node `--import` preload for the Framework CLI: libraries come from the
// lockfile-pinned node_modules, and any other network request fails.
// Usage: node --import tsx/esm --import ./scripts/offline/preload.ts <observable cli> build
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureFreshNpmCache, fingerprint } from "./cache.ts";
import { offlineFetch } from "./fetch.ts";
import { InstalledPackages } from "./installed.ts";

const project = process.cwd();
const here = fileURLToPath(new URL(".", import.meta.url));

// Framework keeps its npm cache under the configured root.
const config = (await import(pathToFileURL(join(project, "observablehq.config.ts")).href)) as {
  default: { root?: string };
};
const cacheDir = join(project, config.default.root ?? "src", ".observablehq", "cache");
const mechanism = readdirSync(here)
  .filter((file) => file.endsWith(".ts"))
  .map((file) => join(here, file));
if (ensureFreshNpmCache(cacheDir, fingerprint([join(project, "package-lock.json"), ...mechanism]))) {
  console.log("offline: cleared the npm cache (lockfile or scripts/offline changed)");
}

globalThis.fetch = offlineFetch(new InstalledPackages(project));
