// Dated statements in one sentence (loaders/events.ts), as every genre's parser and the general layer read them.
import { describe, expect, it } from "vitest";
import { eventsIn } from "../../loaders/events.ts";
import { passage, spanOf } from "../../loaders/prose.ts";
import type { ReadProblem } from "../../loaders/types.ts";

const events = (text: string) => {
  const p = passage({ docId: "x", file: "seeds/900_x.txt", lines: [text] }, 1, 1);
  const problems: ReadProblem[] = [];
  const read = eventsIn(spanOf(p, 0, p.text.length), null, problems);
  return { read: read.map((e) => [e.date, e.date_precision, e.event]), problems: problems.map((q) => q.reason) };
};

describe("eventsIn", () => {
  it.each([
    // Before: nothing, since neither year is a date on its own.
    [
      "Mors har været med i forsøget i perioden 2018 til 2022.",
      [
        ["2018-01-01", "year"],
        ["2022-12-31", "year"],
      ],
    ],
    [
      "Skemaet dækker perioden 2021-2022.",
      [
        ["2021-01-01", "year"],
        ["2022-12-31", "year"],
      ],
    ],
    ["Ordningen gælder frem til 2020.", [["2020-12-31", "year"]]],
    // A period of dates stays the two dates it is made of, read once.
    [
      "Forsøget løb fra 2016 til udgangen af 2021.",
      [
        ["2016-01-01", "year"],
        ["2021-12-31", "year"],
      ],
    ],
  ])("reads the years of a period: %s", (text, dates) => {
    const { read, problems } = events(text);
    expect(read.map(([date, precision]) => [date, precision])).toEqual(dates);
    expect(problems).toEqual([]);
  });

  it("reports a period of years that ends before it starts, and stores neither year", () => {
    expect(events("i perioden 2020 til 2016")).toEqual({ read: [], problems: [expect.stringMatching(/end .* before .* start/)] });
  });
});
