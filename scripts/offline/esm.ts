// Builds the ES module the CDN would serve for `/npm/<name>@<version>/<subpath>/+esm`:
// the package's own files in one browser module, every other package left as an
// import of `/npm/<dep>@<installed version>/+esm`, so Framework resolves, caches
// and copies dependencies exactly as it does with the CDN.
import { readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import commonjsModule from "@rollup/plugin-commonjs";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { transform } from "esbuild";
import { rollup, type Plugin } from "rollup";
import type { InstalledPackage } from "./installed.ts";

// The plugin's types describe a CommonJS module, so under NodeNext TypeScript
// sees `{default: commonjs}`; the ES build Node loads exports the function itself.
const commonjs = commonjsModule as unknown as typeof commonjsModule.default;

const ENTRY = "\0offline-entry";

/** @param subpath "" for the package's main entry, else e.g. "dist/foo.js" */
export async function buildEsm(pkg: InstalledPackage, subpath: string): Promise<string> {
  const bundle = await rollup({
    input: ENTRY,
    // Keep `/npm/...` externals absolute; rollup would otherwise make them relative file paths.
    makeAbsoluteExternalsRelative: false,
    plugins: [
      entryAndExternals(pkg, subpath),
      nodeResolve({ browser: true, exportConditions: ["browser"], preferBuiltins: false }),
      // Rollup's commonjs (not esbuild's) turns require() of an external into an import;
      // the external may be ESM or CommonJS, so decide at run time what require() returns.
      commonjs({ esmExternals: true, requireReturnsDefault: "auto" }),
    ],
    // Other warnings (circular imports, top-level `this`) are the package's own business.
    onwarn(warning) {
      if (warning.code === "UNRESOLVED_IMPORT") throw new Error(`offline: ${pkg.name}: ${warning.message}`);
    },
  });
  try {
    const { output } = await bundle.generate({ format: "es", inlineDynamicImports: true });
    const { code } = await transform(output[0].code, {
      format: "esm",
      minify: true,
      target: "es2022",
      define: { "process.env.NODE_ENV": '"production"' },
    });
    return code;
  } finally {
    await bundle.close();
  }
}

function entryAndExternals(pkg: InstalledPackage, subpath: string): Plugin {
  // A file beside the package's node_modules folder resolves `pkg.name` to exactly this copy.
  const importer = join(dirname(pkg.dir.slice(0, pkg.dir.length - pkg.name.length)), "offline-entry.js");
  return {
    name: "offline-entry-and-externals",
    async resolveId(source, from) {
      if (source === ENTRY) {
        const specifier = subpath ? `${pkg.name}/${subpath}` : pkg.name;
        const resolved = await this.resolve(specifier, importer, { skipSelf: true });
        if (!resolved) throw new Error(`offline: cannot resolve the entry of ${pkg.name}@${pkg.version}/${subpath}`);
        return resolved;
      }
      // commonjs imports a required external again, through a proxy module.
      if (source.startsWith("/npm/")) return { id: source, external: true };
      const bare = parseBare(source);
      if (!bare || bare.name === pkg.name || !from) return null;
      const resolved = await this.resolve(source, from, { skipSelf: true });
      if (!resolved || resolved.external) {
        throw new Error(`offline: ${pkg.name}@${pkg.version} imports ${source}, which is not installed`);
      }
      // Other plugins may wrap the file's id (commonjs: "\0<file>?commonjs-…").
      const version = installedVersion(resolved.id.replace(/^\0/, "").replace(/\?.*$/, ""), bare.name);
      // No file: a virtual module, e.g. the empty stand-in for a `"browser": {"fs": false}` mapping.
      if (!version) return resolved;
      return { id: `/npm/${bare.name}@${version}/${bare.path ? `${bare.path}/` : ""}+esm`, external: true };
    },
  };
}

function parseBare(source: string): { name: string; path: string } | undefined {
  if (/^(\0|\.|\/|[a-z]+:)/i.test(source)) return undefined;
  const parts = source.split("/");
  const name = parts.splice(0, source.startsWith("@") ? 2 : 1).join("/");
  return { name, path: parts.join("/") };
}

/** The version of the copy of `name` that holds `file`, if it is in one. */
function installedVersion(file: string, name: string): string | undefined {
  const marker = `${sep}node_modules${sep}${name.split("/").join(sep)}${sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return undefined;
  const packageJson = join(file.slice(0, at + marker.length), "package.json");
  return (JSON.parse(readFileSync(packageJson, "utf-8")) as { version: string }).version;
}
