// Answers Framework's CDN file requests `/npm/<name>@<version>/<path>` from node_modules.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { notInstalled } from "./errors.ts";
import { buildEsm } from "./esm.ts";
import type { InstalledPackages } from "./installed.ts";
import { PLACEHOLDER_VERSION } from "./registry.ts";

// Framework rewrites imports only in files served as JavaScript.
const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".mjs": "application/javascript; charset=utf-8",
  ".cjs": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
};

/** @param specifier the URL path after `/npm/`, e.g. "d3-array@3.2.5/+esm" */
export async function answerPackageFile(specifier: string, installed: InstalledPackages): Promise<Response> {
  const { name, version, path } = parseSpecifier(specifier);
  if (version === PLACEHOLDER_VERSION) throw notInstalled(name);
  const pkg = installed.find(name, version);
  if (!pkg) {
    const have = installed.versions(name);
    if (!have.length) throw notInstalled(name);
    throw new Error(`offline: ${name}@${version} is requested but node_modules holds ${have.join(", ")}`);
  }
  if (path === "+esm" || path.endsWith("/+esm")) {
    const code = await buildEsm(pkg, path.slice(0, -"+esm".length).replace(/\/$/, ""));
    return new Response(code, { headers: { "content-type": CONTENT_TYPES[".js"]! } });
  }
  const file = join(pkg.dir, path);
  if (relative(pkg.dir, file).startsWith("..") || !existsSync(file) || !statSync(file).isFile()) {
    throw new Error(`offline: no file ${path} in ${name}@${version} (${pkg.dir})`);
  }
  const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
  return new Response(readFileSync(file), { headers: { "content-type": type } });
}

function parseSpecifier(specifier: string): { name: string; version: string; path: string } {
  const match = /^((?:@[^/@]+\/)?[^/@]+)@([^/]+)\/(.+)$/.exec(decodeURIComponent(specifier));
  if (!match) throw new Error(`offline: expected /npm/<name>@<version>/<path>, got /npm/${specifier}`);
  const [, name, version, path] = match as unknown as [string, string, string, string];
  return { name, version, path };
}
