// A document dropped into seeds/ by hand builds: unknown titles become provisional trials with a
// proposed id, unresolvable names are kept as written without a code, all listed in one pass.
import { describe, expect, it } from "vitest";
import { buildTables } from "../../loaders/corpus.ts";
import { reference, SEED_FILES, variant, fiveSeeds } from "./helpers.ts";

const seeds = fiveSeeds();
const WEBINAR = "001_17a181aa244a306b";
const FORM = "002_7ec51abab4a4df97";

describe("unknown names do not stop the build", () => {
  const webinar = variant(SEED_FILES.webinar, (t) =>
    t
      .replace("5. Forenkling af bevillingsgrundlaget for revalidering", "5. Et helt nyt forsøg med mentorer")
      .replace("10. Fleksibelt kontaktforløb for integrationsmodtagere", "10. Hurtigere afklaring af sygemeldte"),
  );
  const form = variant(SEED_FILES.form, (t) => t.replace("Aalborg, Jammerbugt, Thisted og Rebild \n", "Aalborg, Jammerbugt, Tønder-Qwerty og Rebild \n"));
  const corpus = seeds.map((s) => (s.docId === WEBINAR ? webinar : s.docId === FORM ? form : s));
  const { tables, review } = buildTables(corpus, reference);

  it("lists every unknown title and name of the corpus in one pass, with file and line", () => {
    // Besides these, the decision letter's four applications (test/loaders/corpus.test.ts).
    const edited = review.filter((r) => r.file !== "seeds/003_3dbcc80b57291c50.txt");
    expect(review.length - edited.length).toBe(4);
    expect(edited.map((r) => [r.file, r.line, r.what, r.as_written, r.proposed])).toEqual([
      ["seeds/001_17a181aa244a306b.txt", 106, "trial", "Et helt nyt forsøg med mentorer", "et-helt-nyt-forsoeg-med-mentorer"],
      ["seeds/001_17a181aa244a306b.txt", 116, "trial", "Hurtigere afklaring af sygemeldte", "hurtigere-afklaring-af-sygemeldte"],
      ["seeds/002_7ec51abab4a4df97.txt", 20, "municipality", "Tønder-Qwerty", null],
    ]);
  });

  it("makes an unknown title a provisional trial with its proposed id", () => {
    const trial = tables.trials.find((t) => t.trial_id === "et-helt-nyt-forsoeg-med-mentorer");
    expect(trial).toMatchObject({
      title: "Et helt nyt forsøg med mentorer",
      programme: "Frikommuneforsøg II",
      provisional: true,
      read_by: "webinar",
      doc_id: WEBINAR,
      source_line: 106,
    });
    expect(tables.mentions.filter((m) => m.provisional && m.doc_id === WEBINAR).map((m) => m.trial_id)).toEqual([
      "et-helt-nyt-forsoeg-med-mentorer",
      "hurtigere-afklaring-af-sygemeldte",
    ]);
    expect(tables.participation.find((p) => p.trial_id === "et-helt-nyt-forsoeg-med-mentorer")).toMatchObject({ municipality_code: 820, provisional: true });
    expect(tables.trials.filter((t) => !t.provisional)).toHaveLength(33);
  });

  it("keeps an unresolvable municipality name as written, without a code", () => {
    expect(tables.participation.find((p) => p.municipality_as_written === "Tønder-Qwerty")).toMatchObject({
      municipality_code: null,
      match: "unresolved",
      provisional: true,
      doc_id: FORM,
      source_line: 20,
    });
  });

  it("says how every row was read", () => {
    const readBy = (table: "mentions" | "participation" | "outcomes", doc: string) => [
      ...new Set(tables[table].filter((r) => r.doc_id === doc).map((r) => r.read_by)),
    ];
    expect(readBy("mentions", WEBINAR)).toEqual(["webinar"]);
    expect(readBy("participation", "004_850f78bee8af48a2")).toEqual(["curated"]);
    expect(readBy("outcomes", "004_850f78bee8af48a2").sort()).toEqual(["curated", "evaluation_summary"]);
    expect(tables.trials.every((t) => typeof t.read_by === "string" && typeof t.provisional === "boolean")).toBe(true);
  });
});
