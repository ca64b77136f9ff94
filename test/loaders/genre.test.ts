// Genre is recognised from several features, and a genre parser that does not find its layout hands
// the document to the general layer with a warning: never zero rows in silence.
import { describe, expect, it } from "vitest";
import { buildTables, detectKind, type Row } from "../../loaders/corpus.ts";
import { realSeed, reference, SEED_FILES, variant } from "./helpers.ts";

const OVERVIEW = "000_e87aeb02a3b05123";
const countsOf = (rows: Record<string, Row[]>) => ({
  mentions: rows.mentions.filter((r) => r.doc_id === OVERVIEW).length,
  participation: rows.participation.filter((r) => r.doc_id === OVERVIEW).length,
  outcomes: rows.outcomes.filter((r) => r.doc_id === OVERVIEW).length,
  trials: rows.trials.filter((r) => r.doc_id === OVERVIEW).length,
});

describe("genre recognition", () => {
  it("recognises the overview whose title gives no trial count, and reads all of it", () => {
    const seed = variant(SEED_FILES.overview, (t) => t.replace("Oversigt over de 20 frikommuneforsøg", "Oversigt over frikommuneforsøg"));
    expect(detectKind(seed)).toBe("overview");
    const changed = buildTables([seed], reference);
    const original = buildTables([realSeed(SEED_FILES.overview)], reference);
    expect(countsOf(changed.tables)).toEqual(countsOf(original.tables));
    expect(countsOf(changed.tables)).toMatchObject({ trials: 20, participation: 20, outcomes: 37 });
    expect(changed.warnings).toEqual(original.warnings);
  });

  it("recognises each seed's genre by several of its features, not by one phrase", () => {
    const webinar = variant(SEED_FILES.webinar, (t) => t.replace(/Webinar d\. /, "Webinaret den "));
    expect(detectKind(webinar)).toBe("webinar");
    const form = variant(SEED_FILES.form, (t) => t.replace("EVALUERINGSSKEMA FRIKOMMUNER", "Evalueringsskema for frikommuneforsøg"));
    expect(detectKind(form)).toBe("evaluation_form");
  });

  it("hands a document whose layout is not found to the general layer, with a warning in the summary and in `lines`", () => {
    // The evaluation heading gone: the overview parser cannot find where its table ends.
    const seed = variant(SEED_FILES.overview, (t) => t.replace(/^\s*Opsummerede evaluering.*$/m, ""));
    expect(detectKind(seed)).toBe("overview");
    const { tables, warnings } = buildTables([seed], reference);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^seeds\/000_e87aeb02a3b05123\.txt: recognised as overview, but the layout parser stopped: .*Opsummerede.*; read by the general layer/,
      ),
    );
    expect(tables.documents).toEqual([expect.objectContaining({ doc_id: OVERVIEW, kind: "overview" })]);
    // The general layer still finds the catalogue's trials and the dated statements.
    expect(tables.mentions.length).toBeGreaterThanOrEqual(15);
    expect(tables.events.length).toBeGreaterThan(0);
    const unparsed = tables.lines.filter((l) => l.status === "unparsed");
    expect(unparsed.length).toBeGreaterThan(0);
    expect(unparsed.every((l) => String(l.reason).startsWith("general layer (overview layout not found)"))).toBe(true);
  });
});
