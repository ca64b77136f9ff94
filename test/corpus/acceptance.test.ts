/**
 * What issue 10's acceptance demands and today's pipeline already keeps: no wrong amount, date or
 * municipality code, at most 2 % wrong participation rows, no trap read as a municipality, in the
 * acceptance corpus and the seeds. Recall (≥ 0.9 per kind) is not asserted until the general extraction
 * layer exists; `npm run corpus:report` prints it.
 */
import { describe, expect, it } from "vitest";
import { combine } from "./measure.ts";
import { runCorpus } from "./run.ts";

const { results } = runCorpus();

describe("acceptance corpus: nothing wrong", () => {
  for (const { name, m } of results) {
    it(`${name}: no wrong amount, date or code, no trap taken`, () => {
      expect({ amounts: m.wrongAmounts, dates: m.wrongDates, codes: m.wrongCodes, traps: m.trapsTaken }).toEqual({ amounts: 0, dates: 0, codes: 0, traps: 0 });
    });
  }
  it("at most 2 % of the participation rows are wrong", () => {
    const all = combine(results.map((r) => r.m));
    expect(all.wrongParticipation).toBeLessThanOrEqual(0.02 * all.participationRows);
  });
});
