/** The pure parts of `npm run add`: seed names, unknown names in one pass, review files, metadata, pages. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractAll, nextSeedName, reviewTsv, rowsPerTable, seedHash } from "../../loaders/addition.ts";
import { formatMeta, metaProblems, parseMeta, publishedOf } from "../../loaders/documentMeta.ts";
import { joinPages, pageOfLines } from "../../loaders/pages.ts";
import { readReference, readSeeds } from "../../loaders/reference.ts";
import { acceptReview } from "../../loaders/review.ts";
import { SeedError } from "../../loaders/seed.ts";
import { fiveSeedRoot, realSeed, reference, SEED_FILES, variant } from "../loaders/helpers.ts";

const encode = (s: string) => new TextEncoder().encode(s);

describe("seed name", () => {
  it("takes the next free number and 16 hex digits of the text's SHA-256", () => {
    const text = encode("Et dokument\n");
    expect(seedHash(text)).toMatch(/^[0-9a-f]{16}$/);
    expect(nextSeedName(["000_e87aeb02a3b05123.txt", "004_850f78bee8af48a2.txt", "007_aaaa.pdf", "007_aaaa.meta.json", "README"], text)).toBe(
      `008_${seedHash(text)}`,
    );
    expect(nextSeedName([], text)).toBe(`000_${seedHash(text)}`);
  });
  it("changes with the text, so a name always means one text", () => {
    expect(seedHash(encode("a\n"))).not.toBe(seedHash(encode("a \n")));
  });
});

describe("page markers", () => {
  it("puts a marker before each page and gives every line its page", () => {
    const text = joinPages([
      ["Side et", ""],
      ["Side to", "mere", "", ""],
    ]);
    expect(text).toBe("--- side 1 ---\nSide et\n--- side 2 ---\nSide to\nmere\n");
    expect(pageOfLines(text.split("\n").slice(0, -1))).toEqual([1, 1, 2, 2, 2]);
  });
  it("leaves a text without markers without pages", () => {
    expect(pageOfLines(["a", "b"])).toEqual([null, null]);
  });
});

describe("metadata", () => {
  const good = { title: "Status", issuer: "STAR", date: "2022-11-10", source_url: "https://example.org/a.pdf", licence: "CC BY 4.0" };
  it("accepts complete fields and names each problem otherwise", () => {
    expect(metaProblems(good)).toEqual([]);
    const problems = metaProblems({ ...good, title: " ", date: "2021-02-31", source_url: "ftp://x" });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^title is missing/);
    expect(problems[1]).toMatch(/2021-02-31.*not a real date/);
    expect(problems[2]).toMatch(/ftp:\/\/x.*not an http/);
    expect(metaProblems({})).toHaveLength(5);
  });
  it("stores a date at the precision it is written", () => {
    expect(publishedOf("2022-11-10")).toEqual({ published: "2022-11-10", published_precision: "day" });
    expect(publishedOf("2022-11")).toEqual({ published: "2022-11-01", published_precision: "month" });
    expect(publishedOf("2022")).toEqual({ published: "2022-01-01", published_precision: "year" });
    expect(publishedOf("20122")).toBeNull();
    expect(publishedOf("10-11-2022")).toBeNull();
  });
  it("reads back what it writes, and a damaged file stops the build naming it", () => {
    const meta = { ...good, source_file: "005_x.pdf" };
    expect(parseMeta(formatMeta(meta), "seeds/005_x.meta.json")).toEqual(meta);
    expect(() => parseMeta(JSON.stringify({ ...meta, date: "1. maj" }), "seeds/005_x.meta.json")).toThrow(
      /^seeds\/005_x\.meta\.json: date "1\. maj" is not a real date/,
    );
    expect(() => parseMeta("{", "seeds/005_x.meta.json")).toThrow(/^seeds\/005_x\.meta\.json: not valid JSON/);
  });
  it("fills documents from the metadata file and lines' pages from the markers; the five seeds unchanged", () => {
    const root = fiveSeedRoot("frikommune-meta-");
    const text = joinPages([
      ["Et notat om frikommuneforsøg, som ingen parser kender, med nok tekst til at være et dokument.".repeat(2)],
      ["Anden side af notatet med mere tekst om forsøgene i kommunerne.".repeat(2)],
    ]);
    writeFileSync(join(root, "seeds/005_abc.txt"), text);
    writeFileSync(join(root, "seeds/005_abc.meta.json"), formatMeta({ ...good, source_file: "005_abc.pdf" }));
    const seeds = readSeeds(root);
    const { corpus } = extractAll(seeds, reference);
    const doc = corpus.tables.documents.find((d) => d.doc_id === "005_abc")!;
    expect(doc).toMatchObject({
      title: "Status",
      issuer: "STAR",
      published: "2022-11-10",
      published_precision: "day",
      source_url: good.source_url,
      licence: "CC BY 4.0",
      kind: "unknown",
    });
    const lines = corpus.tables.lines.filter((l) => l.doc_id === "005_abc");
    expect(lines.map((l) => l.page)).toEqual([1, 1, 2, 2]);
    expect(lines[2]).toMatchObject({ text: "--- side 2 ---", status: "skipped", reason: "page marker: page 2 of the PDF starts here" });
    const original = corpus.tables.documents.filter((d) => d.doc_id !== "005_abc");
    expect(original).toHaveLength(5);
    for (const d of original) expect([d.source_url, d.licence]).toEqual([null, null]);
    expect(corpus.tables.lines.filter((l) => l.doc_id !== "005_abc").every((l) => l.page === null)).toBe(true);
  });
});

/** The overview with two trial titles reworded: each unknown to data/trial_titles.tsv. */
const reworded = () =>
  variant(SEED_FILES.overview, (t) =>
    t
      .replace("2 Nørremarken som social økonomisk", "2 Nørremarken som socialt økonomisk")
      .replace("kontanthjælpsmodtagere uanset", "kontanthjælpsmodtager uanset"),
  );

describe("unknown names in one pass", () => {
  it("lists every unknown title of the document at once, each with three candidates, the right one first", () => {
    const seed = reworded();
    const { corpus, unknown } = extractAll([seed], reference);
    expect(unknown.map((u) => [u.kind, u.line])).toEqual([
      ["trial", 23],
      ["trial", 33],
    ]);
    expect(unknown[0].asWritten).toMatch(/^Nørremarken som socialt økonomisk/);
    expect(unknown.every((u) => u.candidates.length === 3)).toBe(true);
    expect(unknown.map((u) => u.candidates[0].value)).toEqual(["fk1-noerremarken", "fk1-fritagelse-fremmoede"]);
    expect(rowsPerTable(corpus, seed.docId).mentions).toBe(rowsPerTable(extractAll([realSeed(SEED_FILES.overview)], reference).corpus, seed.docId).mentions);
  });
  it("lists an unknown municipality with the nearest official names", () => {
    const seed = variant(SEED_FILES.summary, (t) =>
      t.replace("Thisted, Brenderslev", "Skagen, Brenderslev").replace("ring, Mariagerfjord)", "ring, Mariagerfjrd Kommun)"),
    );
    const { unknown } = extractAll([seed], reference);
    expect(unknown.map((u) => [u.kind, u.asWritten, u.line])).toEqual([
      ["municipality", "Skagen", 4],
      ["municipality", "Mariagerfjrd Kommun", 4],
    ]);
    expect(unknown[1].candidates.map((c) => c.value)[0]).toBe("Mariagerfjord");
  });
});

describe("review file", () => {
  const { unknown } = extractAll([reworded()], reference);
  const tsv = reviewTsv(unknown);
  it("has one row per unknown name with its candidates and an empty decision", () => {
    const rows = tsv
      .split("\n")
      .filter(Boolean)
      .map((r) => r.split("\t"));
    expect(rows[0]).toEqual(["kind", "as_written", "line", "candidates", "decision"]);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[4]])).toEqual([
      ["trial", "23", ""],
      ["trial", "33", ""],
    ]);
    expect(rows[1][3].split(" | ")[0]).toBe("fk1-noerremarken");
  });
  it("accepts decided rows into the reference data and keeps the undecided", () => {
    const decided = tsv.replace(/\t\n/, "\tfk1-noerremarken\n");
    const { appends, remaining } = acceptReview(decided, "data/review/000_x.tsv", reference);
    expect(appends[0]).toEqual({ file: "data/trial_titles.tsv", lines: [`${unknown[0].asWritten}\tfk1-noerremarken`] });
    expect(remaining.trim().split("\n")).toHaveLength(2);
    expect(remaining).toContain(unknown[1].asWritten);
  });
  it("refuses a decision that names nothing known, naming file and line", () => {
    const wrong = tsv.replace(/\t\n/, "\tfk1-nothing\n");
    expect(() => acceptReview(wrong, "data/review/000_x.tsv", reference)).toThrow(SeedError);
    expect(() => acceptReview(wrong, "data/review/000_x.tsv", reference)).toThrow(/^data\/review\/000_x\.tsv:2: "fk1-nothing" is no trial_id/);
    const municipality = "kind\tas_written\tline\tcandidates\tdecision\nmunicipality\tFrederiksborg\t3\tFrederiksberg\tFrederiksberg\n";
    expect(acceptReview(municipality, "data/review/004_x.tsv", reference).appends[1].lines).toEqual(["Frederiksborg,147,review of 004_x"]);
  });
});

describe("reference data read from a root", () => {
  it("is the project's by default", () => {
    expect(readReference().trials.length).toBe(reference.trials.length);
  });
});
