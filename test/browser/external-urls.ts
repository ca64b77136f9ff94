// Finds absolute URLs in dist/ that a page would load from another host.
// Library bundles legitimately carry URL strings they never load (a CDN
// default, a licence link), so there only import-like syntax counts; in the
// site's own code (Framework's client, page scripts, local modules) any
// absolute URL string counts, which also catches a DuckDB extension source.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative } from "node:path";

const URL = String.raw`(?:https?:)?//[^\s"'\`)<>]+`;
const QUOTE = String.raw`["'\`]`;

// <script src>, <img src>, <link href> (stylesheets, preloads, icons); <a href> only navigates.
const HTML_LOADS = [
  new RegExp(String.raw`<(?:script|img|iframe|source|audio|video|embed|track)\b[^>]*?\ssrc\s*=\s*["']?(${URL})`, "gi"),
  new RegExp(String.raw`<link\b[^>]*?\shref\s*=\s*["']?(${URL})`, "gi"),
];
const JS_LOADS = [
  new RegExp(String.raw`\b(?:from|import)\s*\(?\s*${QUOTE}(${URL})`, "g"),
  new RegExp(String.raw`\b(?:importScripts|new\s+(?:Shared)?Worker)\s*\(\s*${QUOTE}(${URL})`, "g"),
];
const CSS_LOADS = [new RegExp(String.raw`(?:@import\s+|url\(\s*)["']?(${URL})`, "gi")];
// XML namespace names are identifiers, never fetched.
const ANY_URL_STRING = new RegExp(String.raw`${QUOTE}(https?://(?!www\.w3\.org/)[^"'\`\s]+)`, "g");
const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;

export type Role = "page" | "site-script" | "library" | "stylesheet";

export function externalLoads(text: string, role: Role): string[] {
  return [...new Set(find(text, role))];
}

function find(text: string, role: Role): string[] {
  switch (role) {
    case "page":
      return [...matches(text, HTML_LOADS), ...[...text.matchAll(INLINE_SCRIPT)].flatMap(([, script]) => find(script!, "site-script"))];
    case "site-script":
      return matches(text, [...JS_LOADS, ANY_URL_STRING]);
    case "library":
      return matches(text, JS_LOADS);
    case "stylesheet":
      return matches(text, CSS_LOADS);
  }
}

/** Every external load in a built site, as "file: url". */
export function scanDist(dist: string): string[] {
  return listFiles(dist).flatMap((file) => {
    const role = roleOf(relative(dist, file));
    if (!role) return [];
    return externalLoads(readFileSync(file, "utf-8"), role).map((url) => `${relative(dist, file)}: ${url}`);
  });
}

function roleOf(path: string): Role | undefined {
  switch (extname(path)) {
    case ".html":
      return "page";
    case ".css":
      return "stylesheet";
    case ".js":
    case ".mjs":
      return /^_(npm|node|jsr)\//.test(path) ? "library" : "site-script";
  }
  return undefined;
}

function matches(text: string, patterns: RegExp[]): string[] {
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}
