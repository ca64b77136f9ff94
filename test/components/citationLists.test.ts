// The lists a page and its page loader both draw (into a jsdom document here, as the page loader does):
// the data page's documents to cite, and the durations page's trials off the time axis.
import { describe, expect, it } from "vitest";
import { citationList, type CitedSource } from "../../src/components/text/citationList.ts";
import { LISTED_TRIALS, trialList } from "../../src/components/text/trialList.ts";
import { fiveSeedCorpus } from "../loaders/helpers.ts";
import { newDocument } from "./dom.ts";

const { tables } = fiveSeedCorpus();

describe("citationList", () => {
  it("cites every seed by issuer, title (Danish), date in Danish and programme, its id linked to its page", () => {
    const list = citationList(tables.documents as unknown as CitedSource[], { document: newDocument() });
    const items = Array.from(list.querySelectorAll("li"));
    expect(items).toHaveLength(tables.documents.length);
    const webinar = items.find((li) => li.textContent?.includes("Webinar"))!;
    expect(webinar.textContent).toBe(
      "Vesthimmerland Kommune: Nordjysk Frikommuneforsøg II - På beskæftigelsesområdet: Webinar d. 4. februar 2021, 4. februar 2021. Frikommuneforsøg II (001_17a181aa244a306b).",
    );
    expect(webinar.querySelector('em[lang="da"]')?.textContent).toMatch(/^Nordjysk/);
    expect(webinar.querySelector("a")?.getAttribute("href")).toBe("./sources/001_17a181aa244a306b");
  });

  it("says so where a document names no issuer, date or programme", () => {
    const list = citationList([{ doc_id: "009_x", title: "Notat", issuer: null, published: null, published_precision: null, programme: null }], {
      document: newDocument(),
    });
    expect(list.textContent).toBe("Issuer not stated: Notat.  (009_x).");
  });
});

describe("trialList", () => {
  const trial = (n: number) => ({ title: `Forsøg ${n}`, doc_id: "000_a", source_line: n });

  it("links each trial to its line, a provisional one named so, or says none is there", () => {
    const list = trialList([trial(3), { ...trial(7), provisional: true }], { document: newDocument() });
    expect(Array.from(list.querySelectorAll("li a"), (a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Forsøg 3", "./sources/000_a#L3"],
      ["Provisional: Forsøg 7", "./sources/000_a#L7"],
    ]);
    expect(trialList([], { document: newDocument() }).textContent).toBe("None under these filters.");
  });

  it(`stops at ${LISTED_TRIALS} and counts the rest`, () => {
    const list = trialList(
      Array.from({ length: 1234 }, (_, i) => trial(i + 1)),
      { name: (t) => t.title, document: newDocument() },
    );
    expect(list.querySelectorAll("li")).toHaveLength(LISTED_TRIALS);
    expect(list.querySelector("p")?.textContent).toBe("… and 1134 more, in the table trials on the Data page.");
  });
});
