// The participation and outcomes pages' introductions, from their views' base rows: on the seeds, drawn
// into a jsdom document as the page loader draws them, and with a row a new document would add.
import { describe, expect, it } from "vitest";
import { baseRows } from "../../loaders/views.ts";
import { unitsOf } from "../../src/components/charts/quantitativeOutcomes.ts";
import { outcomesIntro, participationIntro } from "../../src/components/text/pageIntros.ts";
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
