// Module hook (registered by printPage.ts): components import packages as Framework resolves them
// (`npm:@observablehq/plot`); a page loader runs the same components in Node, where they are the
// installed packages, as vitest's alias makes them for the chart tests.
import type { ResolveHook } from "node:module";

export const resolve: ResolveHook = (specifier, context, nextResolve) =>
  nextResolve(specifier.startsWith("npm:") ? specifier.slice("npm:".length) : specifier, context);
