// The durations page's introduction, from the views' base rows: on the seeds, as the seeds state the
// periods, and with rows a new document would add, which the sentence must then count.
import { describe, expect, it } from "vitest";
import { baseRows } from "../../loaders/views.ts";
import { durationsIntro } from "../../src/components/text/durationsIntro.ts";
import { milestones, selectedTrials } from "../../src/components/views/timeline.ts";
import { fiveSeedCorpus } from "../loaders/helpers.ts";

const { tables } = fiveSeedCorpus();
const trials = (await baseRows(selectedTrials, tables)).rows;
const events = (await baseRows(milestones, tables)).rows;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("durationsIntro", () => {
  it("counts each programme's stated periods, cancellations and extensions as the seeds give them, dates da-DK", () => {
    const dated = (programme: string) => trials.filter((t) => t.programme === programme && t.start_date !== null && t.end_date !== null);
    const intro = durationsIntro(trials, events);
    expect(intro).toContain(`In Frikommuneforsøg I, ${dated("Frikommuneforsøg I").length} trials have a stated period`);
    // Viborg's overview: most continued trials to 1 July 2017 (seed 000); the ledighedsydelse trial from
    // 1 July 2018 to the end of 2022, extended by the decision of 26 August 2021 (seed 002).
    expect(intro).toContain("most to 1. juli 2017");
    expect(intro).toContain("In Frikommuneforsøg II, 1 trial has a stated period, from 1. juli 2018 to udgangen af 2022");
    expect(intro).toContain("1 extension decision, on 26. august 2021");
    expect(intro).not.toMatch(/January|July|August|December/);
  });

  it("follows an added document: a second period in Frikommuneforsøg II, a cancellation, a new programme", () => {
    const added = [
      {
        ...trials.find((t) => t.programme === "Frikommuneforsøg II" && t.start_date === null),
        start_date: day("2019-01-01"),
        start_precision: "day",
        end_date: day("2021-06-30"),
        end_precision: "day",
        status: "cancelled",
      },
      {
        trial_id: "ur-x",
        programme: "Udfordringsretten",
        start_date: day("2020-03-01"),
        start_precision: "season",
        end_date: day("2024-12-31"),
        end_precision: "year",
        status: "ongoing",
        extended_until: null,
      },
    ];
    const intro = durationsIntro([...trials, ...added], events);
    expect(intro).toContain(
      "In Frikommuneforsøg II, 2 trials have a stated period, starting between 1. juli 2018 and 1. januar 2019 and ending between 30. juni 2021 and udgangen af 2022; 1 was cancelled",
    );
    expect(intro).toContain("In Udfordringsretten, 1 trial has a stated period, from foråret 2020 to udgangen af 2024.");
  });

  it("says so when no document states a period", () => {
    expect(durationsIntro([], [])).toBe("No document states a trial's period yet.");
  });
});
