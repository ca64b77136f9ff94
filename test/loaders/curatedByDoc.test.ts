// Curated tables belong to one document each: a second decision letter or a new edition of the
// summary gets its own rows, and an error names the curated file the user edits.
import { describe, expect, it } from "vitest";
import { buildTables } from "../../loaders/corpus.ts";
import { dataFile, reference, fiveSeeds } from "./helpers.ts";

const seeds = fiveSeeds();
const LETTER = "003_3dbcc80b57291c50";
const letter = seeds.find((s) => s.docId === LETTER)!;
// A second letter to another network, its first application under another name.
const second = {
  docId: "005_second_letter",
  file: "seeds/005_second_letter.txt",
  lines: letter.lines.map((l) => l.replace("Én handleplan", "Én fælles plan")),
};
const decisionsOf = (tables: ReturnType<typeof buildTables>["tables"], doc: string) =>
  tables.decisions.filter((d) => d.doc_id === doc).map((d) => d.application as string);

describe("curated tables keyed by document", () => {
  it("tells a second decision letter which curated file to write, naming it by its doc_id", () => {
    const { tables, warnings } = buildTables([...seeds, second], reference);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^seeds\/005_second_letter\.txt: recognised as decision_letter, but the layout parser stopped: .*data\/curated\/005_second_letter\/decisions\.tsv/,
      ),
    );
    expect(decisionsOf(tables, LETTER)).toHaveLength(5);
  });

  it("gives a second decision letter its own rows from its own curated file", () => {
    const own = dataFile(`data/curated/${LETTER}/decisions.tsv`).replaceAll("Én handleplan", "Én fælles plan");
    const curated = new Map(reference.curated).set("data/curated/005_second_letter/decisions.tsv", own);
    const { tables, warnings } = buildTables([...seeds, second], { ...reference, curated });
    expect(decisionsOf(tables, "005_second_letter")).toEqual(decisionsOf(tables, LETTER).map((a) => a.replace("Én handleplan", "Én fælles plan")));
    expect(decisionsOf(tables, LETTER)[0]).toBe("Én handleplan");
    expect(warnings.filter((w) => w.includes("005_second_letter"))).toEqual([]);
  });

  it("names the curated file and line of a row whose quote is not in its document", () => {
    const file = "data/curated/004_850f78bee8af48a2/evaluation_summary.tsv";
    const curated = new Map(reference.curated).set(file, dataFile(file).replace("Frederikshavn og Leesg", "Frederikshavn og Qwerty"));
    const { warnings } = buildTables(seeds, { ...reference, curated });
    expect(warnings).toContainEqual(expect.stringContaining(`${file}:3: municipalities "Frederikshavn og Qwerty" not found`));
  });
});
