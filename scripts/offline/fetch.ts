// A fetch that answers the two kinds of request Framework makes for npm
// libraries, from node_modules, and refuses everything else.
import { answerPackageFile } from "./cdn.ts";
import { refused } from "./errors.ts";
import type { InstalledPackages } from "./installed.ts";
import { answerVersionLookup } from "./registry.ts";

// The exact origins Framework 1.13.4 hard-codes (dist/npm.js).
export const REGISTRY_ORIGIN = "https://registry.npmjs.org";
export const CDN_NPM_PREFIX = "https://cdn.jsdelivr.net/npm/";

export function offlineFetch(installed: InstalledPackages): typeof fetch {
  return async (input) => {
    const href = input instanceof Request ? input.url : String(input);
    if (href.startsWith(`${REGISTRY_ORIGIN}/`)) {
      return answerVersionLookup(href.slice(REGISTRY_ORIGIN.length), installed);
    }
    if (href.startsWith(CDN_NPM_PREFIX)) {
      return answerPackageFile(href.slice(CDN_NPM_PREFIX.length), installed);
    }
    throw refused(href);
  };
}
