import { describe, expect, it } from "vitest";
import { coverageText, headlineTexts } from "../../src/components/charts/headline.ts";

// The overview's texts are counted from rows, not written for the five seeds: a document adding a
// programme, a later date or more documents changes them.
const headline = { trials: 3, municipalities: 2, documents: 6, savings: 2_500_000, savings_approximate: true, savings_figures: 2, savings_trials: 1 };
const statuses = [
  { trial_id: "a", programme: "Frikommuneforsøg II", status: null },
  { trial_id: "b", programme: "Frikommuneforsøg I", status: "ended" },
  { trial_id: "c", programme: "Frikommuneforsøg II", status: "extended" },
  { trial_id: "d", programme: "Udfordringsretten", status: null },
];

describe("the overview's headline texts", () => {
  it("say how many documents there are and which years their dates span", () => {
    const texts = headlineTexts(headline, { first: "2012-07-01", first_precision: "day", last: "2025-12-31", last_precision: "year_end" }, statuses);
    expect(texts.intro).toBe(
      "The 6 public documents collected here tell which municipality ran which trial, for how long, what the government decided and what it achieved, from 2012 to 2025.",
    );
    expect(texts.savings).toBe("ca. 2,5 mio. kr.");
  });

  it("count trials by every programme the rows name, in the order of the names", () => {
    const texts = headlineTexts(headline, { first: null, last: null }, statuses);
    expect(texts["trials-by-programme"]).toBe("1 in Frikommuneforsøg I, 2 in Frikommuneforsøg II, and 1 in Udfordringsretten");
    expect(texts.provisional).toBe("no provisional trials");
    expect(headlineTexts({ ...headline, provisional_trials: 4 }, { first: null, last: null }, statuses).provisional).toBe("4 provisional not counted");
    expect(texts.intro).toMatch(/what it achieved\.$/);
  });

  it("say a single year once", () => {
    const texts = headlineTexts(headline, { first: Date.UTC(2019, 0, 1), last: Date.UTC(2019, 11, 31) }, statuses.slice(0, 1));
    expect(texts.intro).toMatch(/achieved, in 2019\.$/);
    expect(texts["trials-by-programme"]).toBe("1 in Frikommuneforsøg II");
  });
});

describe("the line coverage", () => {
  it("names each status with its count in Danish digits, in the rows' order", () => {
    expect(
      coverageText([
        { status: "parsed", n: 12345 },
        { status: "skipped", n: 688 },
        { status: "unparsed", n: 23 },
      ]),
    ).toBe("12.345 parsed · 688 skipped · 23 unparsed");
    expect(coverageText([])).toBe("");
  });
});
