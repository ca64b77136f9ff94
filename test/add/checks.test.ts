/** What `npm run add` refuses or warns about before a document joins the corpus: personal data, duplicates. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { duplicateOf, SHARED_LIMIT } from "../../loaders/duplicates.ts";
import { joinPages } from "../../loaders/pages.ts";
import { personalData } from "../../loaders/privacy.ts";
import { PROJECT_ROOT, readSeeds } from "../../loaders/reference.ts";
import type { Seed } from "../../loaders/seed.ts";

const CORPUS = join(PROJECT_ROOT, "test/corpus/documents");
const corpusLines = (name: string) => readFileSync(join(CORPUS, name), "utf8").split("\n");
const seeds = readSeeds();
/** The duplicate check `npm run add` makes, on lines as a new document. */
const findDuplicate = (lines: string[], corpus: Seed[]) => duplicateOf({ docId: "new", file: "new.txt", lines }, corpus);

describe("personal data", () => {
  it("finds a CPR number only where its first six digits are a real date", () => {
    const found = personalData(["Borger 010203-1234 og 0102031234", "Sag 310299-1234 og 3102031234", "j.nr. 2016-1234, 12.345.678 kr., 150921 1234"]);
    expect(found.filter((f) => f.kind === "cpr")).toEqual([
      { line: 1, kind: "cpr", text: "010203-1234" },
      { line: 1, kind: "cpr", text: "0102031234" },
      { line: 3, kind: "cpr", text: "150921 1234" },
    ]);
  });
  it("accepts 29 February only in a year divisible by four", () => {
    expect(personalData(["290204-1234"]).map((f) => f.kind)).toEqual(["cpr"]);
    expect(personalData(["290203-1234"]).filter((f) => f.kind === "cpr")).toEqual([]);
  });
  it("warns on a person's e-mail address, not an office's", () => {
    expect(personalData(["skriv til mette.kristiansen@hjoerring-kommune.example eller post@aalborg.dk"])).toEqual([
      { line: 1, kind: "email", text: "mette.kristiansen@hjoerring-kommune.example" },
    ]);
  });
  it("warns on Danish phone numbers in their common forms, not on CVR numbers, years or amounts", () => {
    const found = personalData(["ring 99 99 12 34, +45 98765432 eller tlf. 9999 1234", "CVR 12345678; i 2016 2020; 1.234.567 kr.; 12 34 56"]);
    expect(found.map((f) => [f.line, f.kind, f.text])).toEqual([
      [1, "phone", "99 99 12 34"],
      [1, "phone", "+45 98765432"],
      [1, "phone", "9999 1234"],
    ]);
  });
  it("warns on the acceptance corpus's fake staff contact, and on nothing in the seeds or the other documents", () => {
    expect(personalData(corpusLines("hjoerring-forsoegsliste.txt")).map((f) => [f.line, f.kind])).toEqual([
      [34, "email"],
      [34, "phone"],
    ]);
    const others = readdirSync(CORPUS).filter((f) => f.endsWith(".txt") && f !== "hjoerring-forsoegsliste.txt");
    for (const name of others) expect(personalData(corpusLines(name)), name).toEqual([]);
    for (const seed of seeds) expect(personalData(seed.lines), seed.file).toEqual([]);
  });
});

describe("duplicates", () => {
  it("refuses the same text saved again, whatever its spacing, line ends or page markers", () => {
    const summary = seeds[4];
    const resaved = joinPages([summary.lines.slice(0, 60).map((l) => `  ${l.toUpperCase()}   `), summary.lines.slice(60)]).split("\n");
    expect(findDuplicate(resaved, seeds)).toMatchObject({ of: { docId: summary.docId }, same: true });
  });
  it("refuses a text most of whose longer lines a seed holds, naming the seed", () => {
    const webinar = seeds[1];
    const longer = webinar.lines.filter((l) => l.trim().length >= 20);
    const edited = [...webinar.lines.slice(0, Math.ceil(webinar.lines.length * 0.7)), ...longer.slice(0, 10).map((l) => `${l} (rettet)`)];
    const found = findDuplicate(edited, seeds)!;
    expect(found).toMatchObject({ of: { docId: webinar.docId }, same: false });
    expect(found.shared / found.lines).toBeGreaterThan(SHARED_LIMIT);
  });
  it("lets through a document sharing only a few lines with a seed", () => {
    for (const name of readdirSync(CORPUS).filter((f) => f.endsWith(".txt"))) expect(findDuplicate(corpusLines(name), seeds), name).toBeNull();
    const few = [...corpusLines("mors-laegeattester.txt"), ...seeds[0].lines.filter((l) => l.trim().length >= 20).slice(0, 3)];
    expect(findDuplicate(few, seeds)).toBeNull();
  });
});
