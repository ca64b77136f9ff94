import { configDefaults, defineConfig } from "vitest/config";

// Components import packages as Framework resolves them (`npm:d3`); in Node they are the installed packages.
const resolve = { alias: [{ find: /^npm:(.*)$/, replacement: "$1" }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/browser/**"],
        },
      },
      {
        // Runs against dist/: `npm run build` first. Its tests compute what a page should show with the components too.
        resolve,
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
