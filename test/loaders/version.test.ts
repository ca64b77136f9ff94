import { describe, expect, it } from "vitest";
import { corpusVersion } from "../../loaders/version.ts";
import { fiveSeeds } from "./helpers.ts";

describe("corpusVersion", () => {
  const seeds = fiveSeeds();
  it("counts the documents and names their text by a short hash, whatever their order", () => {
    const version = corpusVersion(seeds);
    expect(version.documents).toBe(5);
    expect(version.hash).toMatch(/^[0-9a-f]{7}$/);
    expect(corpusVersion([...seeds].reverse())).toEqual(version);
  });

  it("changes when a line of a document changes, or a document is renamed or left out", () => {
    const { hash } = corpusVersion(seeds);
    const edited = seeds.map((s, i) => (i === 2 ? { ...s, lines: [...s.lines.slice(0, -1), `${s.lines.at(-1)}.`] } : s));
    expect(corpusVersion(edited).hash).not.toBe(hash);
    expect(corpusVersion(seeds.map((s, i) => (i === 0 ? { ...s, docId: `${s.docId}x` } : s))).hash).not.toBe(hash);
    expect(corpusVersion(seeds.slice(1))).toMatchObject({ documents: 4 });
    expect(corpusVersion(seeds.slice(1)).hash).not.toBe(hash);
  });
});
