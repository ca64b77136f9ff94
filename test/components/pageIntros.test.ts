// The participation and outcomes pages' introductions, from their views' base rows: on the seeds, drawn
// into a jsdom document as the page loader draws them, and with a row a new document would add.
import { describe, expect, it } from "vitest";
import { baseRows } from "../../loaders/views.ts";
import { unitsOf } from "../../src/components/charts/quantitativeOutcomes.ts";
import { citedSources, documentLinks, NAMED_DOCUMENTS, outcomesIntro, participationIntro } from "../../src/components/text/pageIntros.ts";
import { figures, findings } from "../../src/components/views/outcomes.ts";
import { statements } from "../../src/components/views/participation.ts";
import { fiveSeedCorpus } from "../loaders/helpers.ts";
import { newDocument } from "./dom.ts";

const { tables } = fiveSeedCorpus();
const participation = (await baseRows(statements, tables)).rows as never[];
const figureRows = (await baseRows(figures, tables)).rows as never[];
const findingRows = (await baseRows(findings, tables)).rows;
const links = (element: Element) => Array.from(element.querySelectorAll("a"), (a) => [a.getAttribute("href"), a.textContent]);

describe("participationIntro", () => {
  it("says what each document contributes and counts the seeds' pairs, every row of participation", () => {
    const intro = participationIntro(participation, { document: newDocument() });
    expect(intro.textContent).toContain("4 documents say part of it: ");
    expect(intro.textContent).toContain("is Viborg's own list of its trials");
    expect(intro.textContent).toContain(`make 65 municipality–trial pairs from ${tables.participation.length} statements: 12 municipalities and 35 trials.`);
    expect(intro.querySelector('[data-testid="cell-count"]')?.textContent).toBe("65");
    // Each document linked once (at its first line), its title marked as Danish.
    expect(links(intro).map(([href]) => href)).toEqual([...new Set(links(intro).map(([href]) => href))]);
    expect(intro.querySelectorAll('a > em[lang="da"]')).toHaveLength(4);
  });

  it("cites an added document by what it says", () => {
    const [first] = participation as Array<Record<string, unknown>>;
    const added = { ...first, doc_id: "999_added", document: "Et nyt dokument", source_line: 3, basis: "named" };
    const intro = participationIntro([...participation, added as never], { document: newDocument() });
    expect(intro.textContent).toContain("5 documents say part of it");
    expect(links(intro).at(-1)).toEqual(["./sources/999_added#L3", "Et nyt dokument"]);
  });
});

describe("outcomesIntro", () => {
  it("names the figures' units, trials and documents, and counts the sentences", () => {
    const units = unitsOf(figureRows).map((unit) => unit.label);
    const intro = outcomesIntro(figureRows, units, findingRows.length, { document: newDocument() });
    expect(intro.textContent).toContain(
      "6 results are figures: kroner (kr.), persons (personer), and municipalities (kommuner), reported for 3 trials, in 2 documents (",
    );
    expect(intro.textContent).toContain(`The other ${findingRows.length} are sentences`);
    expect(links(intro)).toHaveLength(2);
  });
});

describe("documentLinks", () => {
  const documents = Array.from({ length: NAMED_DOCUMENTS + 3 }, (_, i) => ({ doc_id: `d${i}`, title: `Dokument ${i}`, first_line: i + 1, rows: 1 }));

  it("links each document at its first cited line, titles plain or in Danish italics", () => {
    const three = documentLinks(documents.slice(0, 3), { document: newDocument() });
    expect(three.textContent).toBe("Dokument 0; Dokument 1; Dokument 2");
    expect(links(three)).toEqual(documents.slice(0, 3).map((d) => [`./sources/${d.doc_id}#L${d.first_line}`, d.title]));
    expect(documentLinks(documents.slice(0, 3), { plain: false, document: newDocument() }).querySelectorAll('a > em[lang="da"]')).toHaveLength(3);
  });

  it("past NAMED_DOCUMENTS, names the first ones and counts the others, with a link to them all", () => {
    const capped = documentLinks(documents, { document: newDocument() });
    expect(links(capped)).toHaveLength(NAMED_DOCUMENTS + 1);
    expect(links(capped).at(-1)).toEqual(["./sources", "Sources"]);
    expect(capped.textContent).toMatch(new RegExp(`; Dokument ${NAMED_DOCUMENTS - 1} and 3 more documents \\(all on Sources\\)$`));
  });
});

describe("citedSources", () => {
  it("links the documents rows cite, titled from the documents table, or says there are none", () => {
    const titles = [{ doc_id: "d1", title: "Et brev" }];
    const rows = [
      { doc_id: "d1", source_line: 9 },
      { doc_id: "d1", source_line: 4 },
    ];
    const sources = citedSources(rows, titles, { document: newDocument() });
    expect(links(sources)).toEqual([["./sources/d1#L4", "Et brev"]]);
    expect(sources.querySelectorAll('a > em[lang="da"]')).toHaveLength(1);
    expect(citedSources([], titles, { document: newDocument() }).textContent).toBe("none under these filters");
  });
});
