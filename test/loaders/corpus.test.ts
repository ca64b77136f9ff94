import { DuckDBInstance } from "@duckdb/node-api";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildTables, detectKind, type Row } from "../../loaders/corpus.ts";
import { toParquet } from "../../loaders/parquet.ts";
import { SCHEMA, TABLE_NAMES } from "../../loaders/schema.ts";
import { decodeSeed, quoteOccurs, type Seed } from "../../loaders/seed.ts";
import { fragmentsOccur } from "../../loaders/curated.ts";
import { reference, SEED_FILES, seedText, variant, fiveSeeds } from "./helpers.ts";

const seeds = fiveSeeds();
const { tables, warnings } = buildTables(seeds, reference);
const seedOf = new Map(seeds.map((s) => [s.docId, s]));
const rowsOf = (table: keyof typeof tables, where: (r: Row) => boolean = () => true) => tables[table].filter(where);

describe("the corpus", () => {
  it("recognises the genre of each seed", () => {
    expect(seeds.map(detectKind)).toEqual(["overview", "webinar", "evaluation_form", "decision_letter", "evaluation_summary"]);
    expect(tables.documents.map((d) => d.kind)).toEqual(["overview", "webinar", "evaluation_form", "decision_letter", "evaluation_summary"]);
  });

  it("has one row per distinct trial: 20 in Frikommuneforsøg I, 15 in II, and the decision letter's 4 applications, provisional", () => {
    expect(tables.trials).toHaveLength(39);
    expect(rowsOf("trials", (t) => t.programme === "Frikommuneforsøg I")).toHaveLength(20);
    expect(rowsOf("trials", (t) => t.programme === "Frikommuneforsøg II" && !t.provisional)).toHaveLength(15);
    expect(rowsOf("trials", (t) => t.provisional === true).map((t) => [t.trial_id, t.programme, t.doc_id, t.source_line])).toEqual([
      ["en-handleplan", "Frikommuneforsøg II", "003_3dbcc80b57291c50", 32],
      ["ny-organisering-fra-sektoropdelt-til-helhedsorienteret", "Frikommuneforsøg II", "003_3dbcc80b57291c50", 76],
      ["processuel-fleksibilitet-til-at-tilrettelaegge-indsatsen", "Frikommuneforsøg II", "003_3dbcc80b57291c50", 109],
      ["forsoeg-med-en-sammenhaengende-indsats", "Frikommuneforsøg II", "003_3dbcc80b57291c50", 159],
    ]);
    expect(new Set(tables.trials.map((t) => t.trial_id)).size).toBe(39);
  });

  it("counts trials by status and recommendation as the seeds state them", () => {
    const count = (field: string) =>
      Object.fromEntries([...new Set(tables.trials.map((t) => t[field]))].map((v) => [String(v), tables.trials.filter((t) => t[field] === v).length]));
    // The decision letter's applications state neither (4 of the nulls).
    expect(count("status")).toEqual({ completed: 14, not_used: 4, cancelled: 2, ongoing: 1, null: 18 });
    expect(count("recommendation")).toEqual({ yes: 11, no: 10, already_law: 2, null: 16 });
  });

  it("merges the same trial named in three documents under different titles", () => {
    const ly = rowsOf("mentions", (m) => m.trial_id === "fk2-ledighedsydelse-revurdering");
    expect(ly.map((m) => [m.doc_id, m.source_line])).toEqual([
      ["001_17a181aa244a306b", 112],
      ["002_7ec51abab4a4df97", 14],
      ["002_7ec51abab4a4df97", 222],
      ["004_850f78bee8af48a2", 117],
    ]);
    expect(tables.trials.find((t) => t.trial_id === "fk2-ledighedsydelse-revurdering")).toMatchObject({
      start_date: "2018-07-01",
      status: "ongoing",
      extended_until: "2022-12-31",
      recommendation: "yes",
      document_count: 3,
      doc_id: "002_7ec51abab4a4df97",
      source_line: 14,
    });
  });

  it("knows who ran what, with official names and codes", () => {
    const codes = (trial: string) => [...new Set(rowsOf("participation", (p) => p.trial_id === trial).map((p) => p.municipality_code))].sort();
    expect(codes("fk2-rehabiliteringsteams")).toEqual([773, 787, 810, 813, 820, 825, 840, 846, 849, 851, 860]);
    expect(codes("fk2-ressourceforloeb")).toEqual([813, 825]);
    expect(codes("fk2-mikrolaan")).toEqual([851]);
    expect(codes("fk1-arbejdsdusoer")).toEqual([791]);
    expect(new Set(tables.participation.map((p) => p.municipality_code)).size).toBe(12);
    // Brgnderslev, Hjgrring, Leesg, Laesg, Morsg in the OCR'd table: four in two rows, one in two more.
    expect(rowsOf("participation", (p) => p.match === "ocr")).toHaveLength(10);
  });

  it("keeps both sides where a complete list disagrees about who ran a trial", () => {
    // The summary's table lists each trial's municipalities in full; the evaluation form names only
    // the municipalities that filled it in, so it cannot contradict the webinar.
    expect(tables.disagreements.map((d) => [d.trial_id, d.field, d.municipality_code, d.doc_id, d.other_doc_id])).toEqual([
      ["fk2-ledighedsydelse-revurdering", "participation", 820, "001_17a181aa244a306b", "004_850f78bee8af48a2"],
    ]);
  });

  it("says on what basis each participation row stands and whether its list claims to be complete", () => {
    const basis = Object.fromEntries(
      tables.documents.map((d) => [d.doc_id, [...new Set(rowsOf("participation", (p) => p.doc_id === d.doc_id).map((p) => `${p.basis} ${p.complete}`))]]),
    );
    expect(basis).toEqual({
      "000_e87aeb02a3b05123": ["own_list true"],
      "001_17a181aa244a306b": ["own_list true"],
      "002_7ec51abab4a4df97": ["named false"],
      "003_3dbcc80b57291c50": [],
      "004_850f78bee8af48a2": ["named true"],
    });
  });

  it("finds no disagreement in a second evaluation form of the same trial from other municipalities", () => {
    const form = seedOf.get("002_7ec51abab4a4df97")!;
    const lines = form.lines.map((l) => l.replace("Aalborg, Jammerbugt, Thisted og Rebild", "Frederikshavn, Hjørring, Brønderslev og Læsø"));
    const second = { docId: "005_second_form", file: "seeds/005_second_form.txt", lines };
    const more = buildTables([...seeds, second], reference);
    expect(more.tables.participation.filter((p) => p.doc_id === "005_second_form")).toHaveLength(4);
    // The two forms do not contradict each other; only the summary's complete list contradicts the new names.
    const added = more.tables.disagreements.slice(tables.disagreements.length);
    expect(more.tables.disagreements.slice(0, tables.disagreements.length)).toEqual(tables.disagreements);
    expect(added.map((d) => [d.municipality_code, d.doc_id, d.other_doc_id])).toEqual(
      [813, 860, 810, 825].map((code) => [code, "005_second_form", "004_850f78bee8af48a2"]),
    );
  });

  it("reports the savings and counts as numbers with units", () => {
    const figures = rowsOf("outcomes", (o) => o.kind === "quantitative").map((o) => [o.trial_id, o.value, o.unit, o.approximate]);
    expect(figures).toEqual([
      ["fk2-formkrav-samtaler", 6, "municipalities", false],
      ["fk2-formkrav-samtaler", 7, "municipalities", false],
      ["fk2-formkrav-samtaler", 5, "municipalities", false],
      ["fk2-rehabiliteringsteams", 2_500_000, "DKK", true],
      ["fk2-rehabiliteringsteams", 720_000, "DKK", true],
      ["fk2-mikrolaan", 14, "persons", false],
    ]);
    expect(new Set(tables.outcomes.map((o) => o.outcome_id)).size).toBe(tables.outcomes.length);
  });

  it("has the two networks with 11 and 9 members", () => {
    const size = (n: string) => rowsOf("networks", (r) => r.network === n).length;
    expect(size("En mere fleksibel og effektiv beskæftigelsesindsats")).toBe(11);
    expect(size("En plan for en sammenhængende indsats sammen med borgeren")).toBe(9);
  });

  it("gives every row a source whose quote stands at its lines", () => {
    for (const table of ["trials", "mentions", "participation", "decisions", "events", "networks"] as const) {
      for (const row of tables[table]) {
        const seed = seedOf.get(row.doc_id as string)!;
        const ok = fragmentsOccur(seed, row.quote as string, row.source_line as number, row.source_line_end as number);
        expect(ok, `${table} ${row.doc_id}:${row.source_line} "${row.quote}"`).toBe(true);
      }
    }
    for (const row of tables.outcomes) {
      expect(quoteOccurs(seedOf.get(row.doc_id as string)!, row.statement as string, row.source_line as number, row.source_line_end as number)).toBe(true);
    }
  });

  it("accounts for every line: parsed, skipped with a reason, unparsed, or blank", () => {
    expect(tables.lines).toHaveLength(seeds.reduce((n, s) => n + s.lines.length, 0));
    const status = (doc: string) =>
      Object.fromEntries(["parsed", "skipped", "unparsed"].map((s) => [s, rowsOf("lines", (l) => l.doc_id === doc && l.status === s).length]));
    // Only the webinar's reflective slides (motivation, cooperation, next steps) feed no table.
    expect(status("001_17a181aa244a306b").unparsed).toBe(rowsOf("lines", (l) => l.status === "unparsed").length);
    expect(rowsOf("lines", (l) => l.status === "unparsed").map((l) => l.line)).toEqual(expect.arrayContaining([47, 299, 314]));
    expect(rowsOf("lines", (l) => l.status === "skipped").every((l) => typeof l.reason === "string" && l.reason.length > 3)).toBe(true);
    // Counted in the build summary's row for the document, not repeated as a warning.
    expect(warnings).toEqual([]);
  });

  it("fits every table to its schema", () => {
    for (const name of TABLE_NAMES) {
      const columns = SCHEMA[name].columns.map((c) => c.name);
      for (const row of tables[name]) expect(Object.keys(row).sort()).toEqual([...columns].sort());
    }
  });
});

describe("bad input", () => {
  const withSeed = (seed: Seed) => buildTables([...seeds.filter((s) => s.docId !== seed.docId), seed], reference);

  it("reads a document of unknown genre by the general layer, its other lines unparsed with the reason", () => {
    const unknown = decodeSeed(
      new TextEncoder().encode(`Referat af møde i styregruppen\n\n${"Der blev drøftet mange ting om kommunerne. ".repeat(10)}`),
      "seeds/005_referat.txt",
    );
    const result = withSeed(unknown);
    expect(result.tables.documents.at(-1)).toMatchObject({ doc_id: "005_referat", kind: "unknown" });
    const unparsed = result.tables.lines.filter((l) => l.doc_id === "005_referat" && l.status === "unparsed");
    expect(unparsed.map((l) => l.reason)).toEqual(["general layer (no known genre)", "general layer (no known genre)"]);
    expect(result.warnings).toContain("seeds/005_referat.txt: no known genre; read by the general layer");
  });

  it("hands a document whose curated table does not fit it to the general layer, naming the curated file and line", () => {
    const seed = variant(SEED_FILES.summary, (t) => t.replace("Frederikshavn og Leesg", "Frederikshavn og Qwerty"));
    expect(withSeed(seed).warnings).toContainEqual(
      expect.stringMatching(
        /^seeds\/004_850f78bee8af48a2\.txt: recognised as evaluation_summary, but the layout parser stopped: data\/curated\/004_850f78bee8af48a2\/evaluation_summary\.tsv:3: municipalities "Frederikshavn og Leesg" not found/,
      ),
    );
  });

  it("reads a truncated document by the general layer, with a warning naming it", () => {
    const cut = seedText(SEED_FILES.overview).split("\n").slice(0, 150).join("\n");
    const seed = decodeSeed(new TextEncoder().encode(cut), SEED_FILES.overview);
    const { warnings } = withSeed(seed);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^seeds\/000_e87aeb02a3b05123\.txt: recognised as overview, but the layout parser stopped: seeds\/000_e87aeb02a3b05123\.txt:\d+: /),
    );
  });

  it("warns of personal data in any document, naming file and line, without repeating a CPR number", () => {
    const note = decodeSeed(
      new TextEncoder().encode(
        [
          "Notat om forløbet i jobcentret",
          "",
          "Sagsbehandler Jens Lund kan træffes på jens.lund@kommunen.example og på tlf. 2345 6789.",
          "Borgeren med cpr.nr. 020304-1234 har deltaget i forsøget siden 2019, skriv til post@kommunen.example.",
          "Der blev drøftet mange ting om kommunerne. ".repeat(5),
        ].join("\n"),
      ),
      "seeds/005_notat.txt",
    );
    const personal = withSeed(note).warnings.filter((w) => /publishes every line/.test(w));
    expect(personal).toEqual([
      "seeds/005_notat.txt:3: an e-mail address (jens.lund@kommunen.example); `lines` publishes every line word for word — is it a person's?",
      "seeds/005_notat.txt:3: a phone number (2345 6789); `lines` publishes every line word for word — is it a person's?",
      "seeds/005_notat.txt:4: a CPR number (ddmmyy-xxxx with a real date); `lines` publishes every line word for word — remove or black it out",
    ]);
    expect(warnings.filter((w) => /publishes every line/.test(w))).toEqual([]);
  });

  it("refuses a row that does not fit its table's schema", async () => {
    await expect(toParquet([{ doc_id: "x" }], SCHEMA.documents)).rejects.toThrow(/row 0 does not fit the schema: extra \[\], missing \[title/);
  });
});

describe("Parquet output", () => {
  it("writes tables DuckDB reads back with their types and values", async () => {
    const dir = mkdtempSync(join(tmpdir(), "frikommune-test-"));
    const file = join(dir, "trials.parquet");
    writeFileSync(file, await toParquet(tables.trials, SCHEMA.trials));
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const types = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM '${file}'`)).getRowObjectsJson();
    expect(Object.fromEntries(types.map((t) => [t.column_name, t.column_type]))).toMatchObject({
      start_date: "DATE",
      mention_count: "INTEGER",
      quote: "VARCHAR",
    });
    const rows = (
      await connection.runAndReadAll(`SELECT trial_id, start_date, extended_until FROM '${file}' WHERE status = 'cancelled' ORDER BY 1`)
    ).getRowObjectsJson();
    expect(rows).toEqual([
      { trial_id: "fk1-fritagelse-fremmoede", start_date: "2013-10-01", extended_until: null },
      { trial_id: "fk1-sygedagpenge-forlaengelse", start_date: "2013-08-01", extended_until: null },
    ]);
    const outcomes = join(dir, "outcomes.parquet");
    writeFileSync(outcomes, await toParquet(tables.outcomes, SCHEMA.outcomes));
    const [money] = (await connection.runAndReadAll(`SELECT sum(value) AS total FROM '${outcomes}' WHERE unit = 'DKK'`)).getRowObjectsJson();
    expect(money.total).toBe(3_220_000);
    connection.closeSync();
  });
});
