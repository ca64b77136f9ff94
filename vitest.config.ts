import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // Components import packages as Framework resolves them (`npm:d3`); in Node they are the installed packages.
        resolve: { alias: [{ find: /^npm:(.*)$/, replacement: "$1" }] },
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/browser/**"],
        },
      },
      {
        // Runs against dist/: `npm run build` first.
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          // One Chromium at a time on small CI machines; DuckDB alone is tens of MB per page.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
