/** The acceptance corpus of issue 10: every facts file is well formed and every quote is on its line. */
import { describe, expect, it } from "vitest";
import { readReference } from "../../loaders/reference.ts";
import { FACT_KINDS, misplacedQuotes, validateFacts, type Facts } from "./facts.schema.ts";
import { documentNames, readDocument, readFactsFiles } from "./files.ts";

const known = new Set(readReference().trials.map((t) => t.trial_id));
const files = readFactsFiles();

describe("test corpus facts", () => {
  it("has at least ten documents of our own in the kinds issue 10 lists, with the variants it asks for", () => {
    const own = files.filter((f) => f.facts.document_file.startsWith("test/corpus/documents/"));
    expect(own.length).toBeGreaterThanOrEqual(10);
    const kinds = new Set(own.map((f) => f.facts.kind));
    for (const kind of [
      "municipality_list",
      "ministry_letter",
      "ministry_news",
      "committee_report",
      "application_form",
      "trial_description",
      "network_evaluation",
      "decision_letter",
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    const variants = new Set(own.flatMap((f) => f.facts.variants));
    for (const v of ["ocr", "layout", "new_programme", "pdf", "scanned", "multi_page"]) expect(variants, v).toContain(v);
  });

  it("has one facts file per document, and a committed text beside every PDF", () => {
    const { texts, pdfs } = documentNames();
    const described = new Set(files.map((f) => f.facts.document_file));
    expect(texts.filter((t) => !described.has(`test/corpus/documents/${t}.txt`))).toEqual([]);
    expect(pdfs.filter((p) => !texts.includes(p))).toEqual([]);
    for (const { facts } of files) if (facts.pdf) expect(facts.document_file).toBe(facts.pdf.replace(/\.pdf$/, ".txt"));
  });

  it("holds no CPR-like number in any document (the lines table publishes every line)", () => {
    for (const { facts } of files) {
      const hits = readDocument(facts).lines.flatMap((l, i) => (/\b[0-3]\d[01]\d\d\d-?\d{4}\b/.test(l) ? [`${facts.document_file}:${i + 1}`] : []));
      expect(hits).toEqual([]);
    }
  });

  for (const { name, facts } of files) {
    describe(name, () => {
      it("matches the schema", () => {
        expect(validateFacts(facts, known)).toEqual([]);
      });
      it("quotes each fact from its own line", () => {
        expect(misplacedQuotes(facts, readDocument(facts).lines)).toEqual([]);
      });
      it("states some facts", () => {
        expect(FACT_KINDS.reduce((n, k) => n + (facts[k] as unknown[]).length, 0)).toBeGreaterThan(3);
      });
    });
  }
});

describe("facts validation can fail", () => {
  const good = files[0].facts;
  const broken = (change: (f: Facts) => void) => {
    const copy = structuredClone(good);
    change(copy);
    return copy;
  };
  it("rejects an unknown trial id, an impossible date, an unknown basis", () => {
    const bad = broken((f) => {
      f.trials[0].trial_id = "fk9-nothing";
      f.dates[0].date = "2021-02-31";
      f.participation[0].basis = "rumour" as never;
    });
    const errors = validateFacts(bad, known);
    expect(errors.some((e) => e.startsWith("trials[0].trial_id"))).toBe(true);
    expect(errors.some((e) => e.startsWith("dates[0].date"))).toBe(true);
    expect(errors.some((e) => e.startsWith("participation[0].basis"))).toBe(true);
  });
  it("finds a quote moved to another line", () => {
    const bad = broken((f) => {
      f.trials[0].line += 1;
    });
    expect(misplacedQuotes(bad, readDocument(bad).lines).filter((m) => m.includes("is not on line"))).toHaveLength(1);
  });
});
