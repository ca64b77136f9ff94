// The offline mechanism (scripts/offline): Framework's npm look-ups and CDN
// requests answered from node_modules, everything else refused.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { ensureFreshNpmCache, fingerprint } from "../scripts/offline/cache.ts";
import { CDN_NPM_PREFIX, offlineFetch, REGISTRY_ORIGIN } from "../scripts/offline/fetch.ts";
import { InstalledPackages } from "../scripts/offline/installed.ts";
import { PLACEHOLDER_VERSION } from "../scripts/offline/registry.ts";

const project = join(import.meta.dirname, "..");
const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf-8")) as {
  packages: Record<string, { version: string }>;
};
const locked = (key: string): string => lock.packages[`node_modules/${key}`]!.version;
const fetchOffline = offlineFetch(new InstalledPackages(project));
const temp = mkdtempSync(join(tmpdir(), "offline-test-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function esm(specifier: string): Promise<{ code: string; imports: string[] }> {
  const response = await fetchOffline(`${CDN_NPM_PREFIX}${specifier}`);
  expect(response.headers.get("content-type")).toMatch(/^application\/javascript/);
  const code = await response.text();
  const imports = [...code.matchAll(/\b(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1]!);
  return { code, imports };
}

describe("version look-ups", () => {
  test("latest is the installed top-level version", async () => {
    const body = await (await fetchOffline(`${REGISTRY_ORIGIN}/d3/latest`)).json();
    expect(body).toEqual({ name: "d3", version: locked("d3") });
  });

  test("a range look-up lists every installed copy", async () => {
    const body = await (await fetchOffline(`${REGISTRY_ORIGIN}/apache-arrow`)).json();
    expect(Object.keys(body.versions).sort()).toEqual([locked("apache-arrow"), locked("@duckdb/duckdb-wasm/node_modules/apache-arrow")].sort());
    expect(body["dist-tags"].latest).toBe(locked("apache-arrow"));
  });

  test("scoped names work", async () => {
    const body = await (await fetchOffline(`${REGISTRY_ORIGIN}/@observablehq/plot/latest`)).json();
    expect(body.version).toBe(locked("@observablehq/plot"));
  });

  test("a library Framework merely mentions gets a placeholder version", async () => {
    const body = await (await fetchOffline(`${REGISTRY_ORIGIN}/react/latest`)).json();
    expect(body.version).toBe(PLACEHOLDER_VERSION);
  });

  test("a range look-up of a library that is not installed fails", async () => {
    await expect(fetchOffline(`${REGISTRY_ORIGIN}/left-pad`)).rejects.toThrow(/npm:left-pad, which is not installed/);
  });
});

describe("package files", () => {
  test("+esm of a package without dependencies is a working ES module", async () => {
    const { code, imports } = await esm(`d3-array@${locked("d3-array")}/+esm`);
    expect(imports).toEqual([]);
    const file = join(temp, "d3-array.mjs");
    writeFileSync(file, code);
    const d3 = (await import(pathToFileURL(file).href)) as { extent(values: number[]): [number, number] };
    expect(d3.extent([3, 1, 2])).toEqual([1, 3]);
  });

  test("+esm leaves each dependency as /npm/<name>@<installed version>/+esm", async () => {
    const { imports } = await esm(`d3@${locked("d3")}/+esm`);
    expect(imports.length).toBeGreaterThan(20);
    for (const specifier of imports) expect(specifier).toMatch(/^\/npm\/[\w-]+@\d+\.\d+\.\d+\/\+esm$/);
    expect(imports).toContain(`/npm/d3-array@${locked("d3-array")}/+esm`);
  });

  test("+esm turns CommonJS require() of a dependency into a working import", async () => {
    const bounds = `/npm/binary-search-bounds@${locked("binary-search-bounds")}/+esm`;
    const { code, imports } = await esm(`interval-tree-1d@${locked("interval-tree-1d")}/+esm`);
    expect(imports).toEqual([bounds]);
    expect(code).not.toMatch(/\brequire\s*\(/);
    // Run it, with the dependency's own bundle standing in for the CDN path.
    writeFileSync(join(temp, "bounds.mjs"), (await esm(bounds.slice("/npm/".length))).code);
    writeFileSync(join(temp, "tree.mjs"), code.replace(bounds, "./bounds.mjs"));
    const { default: createTree } = (await import(pathToFileURL(join(temp, "tree.mjs")).href)) as {
      default: (intervals: [number, number][]) => { queryPoint(x: number, visit: (i: [number, number]) => void): void };
    };
    const hits: [number, number][] = [];
    createTree([
      [0, 2],
      [1, 3],
      [5, 6],
    ]).queryPoint(1.5, (interval) => void hits.push(interval));
    expect(hits.sort()).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  test("+esm of a nested copy uses that copy's own dependencies", async () => {
    const { imports } = await esm(`@duckdb/duckdb-wasm@${locked("@duckdb/duckdb-wasm")}/+esm`);
    expect(imports).toEqual([`/npm/apache-arrow@${locked("@duckdb/duckdb-wasm/node_modules/apache-arrow")}/+esm`]);
  });

  test("other files are served as they are, with their content type", async () => {
    const path = "esm/parquet_wasm_bg.wasm";
    const response = await fetchOffline(`${CDN_NPM_PREFIX}parquet-wasm@${locked("parquet-wasm")}/${path}`);
    expect(response.headers.get("content-type")).toBe("application/wasm");
    const served = Buffer.from(await response.arrayBuffer());
    expect(served.equals(readFileSync(join(project, "node_modules/parquet-wasm", path)))).toBe(true);
  });

  test("a path outside the package is refused", async () => {
    await expect(fetchOffline(`${CDN_NPM_PREFIX}d3@${locked("d3")}/../../package.json`)).rejects.toThrow(/no file/);
  });
});

describe("failures", () => {
  test.each(["https://example.org/data.json", CDN_NPM_PREFIX.replace(/npm\/$/, "gh/user/repo/file.js")])("any other URL throws, naming it: %s", async (url) => {
    await expect(fetchOffline(url)).rejects.toThrow(`refusing to fetch ${url}`);
  });

  test("a dist-tag other than latest is refused", async () => {
    await expect(fetchOffline(`${REGISTRY_ORIGIN}/d3/next`)).rejects.toThrow("not d3@next");
  });

  test("a library that is not installed fails clearly", async () => {
    await expect(fetchOffline(`${CDN_NPM_PREFIX}left-pad@${PLACEHOLDER_VERSION}/+esm`)).rejects.toThrow(
      "the site imports npm:left-pad, which is not installed. Add it with `npm install --save-exact left-pad`",
    );
  });

  test("a version that is not installed fails, naming the installed ones", async () => {
    await expect(fetchOffline(`${CDN_NPM_PREFIX}d3@1.0.0/+esm`)).rejects.toThrow(`d3@1.0.0 is requested but node_modules holds ${locked("d3")}`);
  });

  test("a page importing an uninstalled library fails the Framework build", async () => {
    const site = join(temp, "site");
    mkdirSync(join(site, "src"), { recursive: true });
    symlinkSync(join(project, "node_modules"), join(site, "node_modules"));
    writeFileSync(join(site, "package-lock.json"), readFileSync(join(project, "package-lock.json")));
    writeFileSync(join(site, "package.json"), '{"type": "module", "private": true}');
    writeFileSync(join(site, "observablehq.config.ts"), 'export default {root: "src", globalStylesheets: []};');
    writeFileSync(join(site, "src/index.md"), '```js\nimport pad from "npm:left-pad";\ndisplay(pad);\n```\n');
    const preload = join(project, "scripts/offline/preload.ts");
    const build = promisify(execFile)(process.execPath, ["--import", "tsx/esm", "--import", preload, "node_modules/.bin/observable", "build"], {
      cwd: site,
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" },
    });
    await expect(build).rejects.toMatchObject({ stderr: expect.stringContaining("npm:left-pad, which is not installed") });
    expect(existsSync(join(site, "dist/index.html"))).toBe(false);
  }, 60_000);
});

describe("npm cache", () => {
  test("is cleared when the fingerprint changes, and only then", () => {
    const cache = join(temp, "cache");
    const lockfile = join(temp, "lock.json");
    writeFileSync(lockfile, "one");
    expect(ensureFreshNpmCache(cache, fingerprint([lockfile]))).toBe(true);
    mkdirSync(join(cache, "_npm", "d3@7.9.2"), { recursive: true });
    expect(ensureFreshNpmCache(cache, fingerprint([lockfile]))).toBe(false);
    expect(existsSync(join(cache, "_npm", "d3@7.9.2"))).toBe(true);
    writeFileSync(lockfile, "two");
    expect(ensureFreshNpmCache(cache, fingerprint([lockfile]))).toBe(true);
    expect(existsSync(join(cache, "_npm"))).toBe(false);
  });
});
