// Module hook (registered by printPage.ts): components import packages as Framework resolves them
// (`npm:@observablehq/plot`); a page loader runs the same components in Node, where they are the
// installed packages, as vitest's alias makes them for the chart tests. Framework's `observablehq:stdlib`
// is a stand-in that reads no files (stdlib.ts).
import type { ResolveHook } from "node:module";

const STDLIB = new URL("./stdlib.ts", import.meta.url).href;

export const resolve: ResolveHook = (specifier, context, nextResolve) =>
  nextResolve(specifier === "observablehq:stdlib" ? STDLIB : specifier.startsWith("npm:") ? specifier.slice("npm:".length) : specifier, context);
