// Answers Framework's npm version look-ups from the installed packages.
import type { InstalledPackages } from "./installed.ts";
import { notInstalled } from "./errors.ts";

/**
 * Framework's client asks for the latest version of every library it can
 * load lazily (react, echarts, leaflet, …) whether or not a page uses it.
 * Those get this version, which no package can have; fetching a file of it
 * fails the build (see cdn.ts).
 */
export const PLACEHOLDER_VERSION = "0.0.0-not-installed";

/** @param path the URL path after the registry origin: "/name", "/@scope/name" or either plus "/<dist-tag>" */
export function answerVersionLookup(path: string, installed: InstalledPackages): Response {
  const parts = decodeURIComponent(path).split("/").filter(Boolean);
  const name = parts[0]?.startsWith("@") ? parts.splice(0, 2).join("/") : parts.splice(0, 1).join("/");
  const distTag = parts.join("/");
  const latest = installed.latest(name);

  if (distTag) {
    if (distTag !== "latest") throw new Error(`offline: only the "latest" dist-tag is known, not ${name}@${distTag}`);
    return Response.json({ name, version: latest ?? PLACEHOLDER_VERSION });
  }
  // A semver range: only a dependency of a module being built asks this way, so it is really needed.
  if (!latest) throw notInstalled(name);
  const versions = Object.fromEntries(installed.versions(name).map((version) => [version, { name, version }]));
  return Response.json({ name, "dist-tags": { latest }, versions });
}
