// The durations page's views (src/components/views/timeline.ts) over the base rows the build writes for
// the five seeds, checked against what the seeds say. test/views/views.test.ts checks that their SQL
// gives the same rows.
import { describe, expect, it } from "vitest";
import { baseRows } from "../../loaders/views.ts";
import { milestones, periods, selectedTrials, TIMELINE_LIMIT, trialSummary } from "../../src/components/views/timeline.ts";
import { applyView, provisionalLeftOut, type ViewState } from "../../src/components/views/view.ts";
import { fiveSeedCorpus } from "../loaders/helpers.ts";

const { tables } = fiveSeedCorpus();
const trials = await baseRows(selectedTrials, tables);
const events = await baseRows(milestones, tables);
const selected = (state: ViewState) => applyView(selectedTrials, trials.rows, state);
const drawn = (state: ViewState) => applyView(periods, trials.rows, { sort: "start", ...state });

describe("the trials the filters select", () => {
  it("gives every trial the catalogue knows, in list order, and 17 with a stated period", () => {
    const rows = selected({});
    // The catalogue's 35; the decision letter's 4 applications are provisional, left out until asked for.
    expect(rows).toHaveLength(35);
    expect(selected({ provisional: true })).toHaveLength(39);
    expect(trialSummary(rows).dated).toHaveLength(17);
    expect(rows.slice(0, 3).map((t) => t.number)).toEqual([1, 2, 3]);
    const all = selected({ provisional: true });
    expect(all.map((t) => t.list_order)).toEqual(all.map((_, i) => i + 1));
    expect(rows.findIndex((t) => t.programme === "Frikommuneforsøg II")).toBe(20);
  });

  it("dates a trial as seed 000 line 11 does: 1. juli 2012 to 31. dec. 2015, continued to 1. juli 2017 (as epoch milliseconds, like the tables' JSON)", () => {
    const [first] = selected({});
    expect(first.quote).toContain("1. juli 2012 til 31. dec. 2015 Ja og fortsættes til 1. juli 2017");
    expect([first.start_date, first.end_date, first.extended_until]).toEqual([Date.UTC(2012, 6, 1), Date.UTC(2015, 11, 31), Date.UTC(2017, 6, 1)]);
    expect(first.days).toBe(1278);
    expect([first.doc_id, first.source_line]).toEqual(["000_e87aeb02a3b05123", 11]);
    // Viborg's own list: Viborg (791) ran it.
    expect(first.municipalities).toEqual([791]);
  });

  it("applies each filter", () => {
    expect(trialSummary(selected({ programme: "Frikommuneforsøg I" })).dated).toHaveLength(16);
    expect(trialSummary(selected({ programme: "Frikommuneforsøg II" })).dated).toHaveLength(1);
    expect(selected({ status: "cancelled" })).toHaveLength(2);
    // Case does not matter.
    expect(selected({ q: "FLEKSJOB" }).map((t) => t.title)).toEqual(["Revurderinger af berettigelse til fleksjob sker løbende i kontaktforløbet"]);
    // Viborg (791) ran the 20 trials of its own list.
    expect(selected({ municipality: 791 })).toHaveLength(20);
    expect(selected({ q: "no such trial" })).toEqual([]);
  });

  it("offers the 12 municipalities that took part, by name, and the programmes, statuses and recommendations the trials have", () => {
    expect(trials.options.municipality.map((m) => m.label)).toEqual([
      "Aalborg",
      "Brønderslev",
      "Frederikshavn",
      "Hjørring",
      "Jammerbugt",
      "Læsø",
      "Mariagerfjord",
      "Morsø",
      "Rebild",
      "Thisted",
      "Vesthimmerland",
      "Viborg",
    ]);
    expect(trials.options.municipality.find((m) => m.label === "Viborg")!.value).toBe(791);
    expect(trials.options.programme.map((p) => p.value)).toEqual(["Frikommuneforsøg I", "Frikommuneforsøg II"]);
    expect(trials.options.status.map((s) => s.value)).toEqual(["cancelled", "completed", "not_used", "ongoing"]);
    expect(trials.options.recommendation.map((s) => s.value)).toEqual(["already_law", "no", "yes"]);
  });

  it("counts what the page's cards show: 17 periods, 2 cancelled, 9 continued, 4 never used, 14 undated; 4 provisional apart", () => {
    const summary = trialSummary(selected({}), provisionalLeftOut(selectedTrials, trials.rows, {}));
    expect(summary.counts).toEqual({ dated: 17, cancelled: 2, extended: 9, unused: 4, undated: 14, provisional: 4 });
    expect(summary.provisional.map((t) => [t.title, t.doc_id, t.source_line])).toEqual([
      ["Én handleplan", "003_3dbcc80b57291c50", 32],
      ["Forsøg med en sammenhængende indsats", "003_3dbcc80b57291c50", 159],
      ["Ny organisering fra sektoropdelt til helhedsorienteret", "003_3dbcc80b57291c50", 76],
      ["Processuel fleksibilitet til at tilrettelægge indsatsen", "003_3dbcc80b57291c50", 109],
    ]);
  });

  it("counts the provisional trials with the others once the reader includes them, and leaves none apart", () => {
    const state = { provisional: true };
    const summary = trialSummary(selected(state), provisionalLeftOut(selectedTrials, trials.rows, state));
    expect(summary.counts).toEqual({ dated: 17, cancelled: 2, extended: 9, unused: 4, undated: 18, provisional: 0 });
    expect(summary.undated.filter((t) => t.provisional)).toHaveLength(4);
    // The other filters still apply to them: none is in Frikommuneforsøg I.
    expect(provisionalLeftOut(selectedTrials, trials.rows, { programme: "Frikommuneforsøg I" })).toEqual([]);
  });

  it("lists the trials it does not draw", () => {
    const { unused, undated } = trialSummary(selected({ programme: "Frikommuneforsøg I" }));
    expect(unused.map((t) => t.trial_id)).toContain("fk1-noerremarken");
    expect(undated).toEqual([]);
  });
});

describe("the periods the timeline draws", () => {
  it("orders the periods by start, by duration or by number, and draws at most TIMELINE_LIMIT of them", () => {
    expect(periods.limit).toBe(TIMELINE_LIMIT);
    const byStart = drawn({ sort: "start" });
    expect(byStart).toHaveLength(17);
    expect(byStart.every((t) => t.dated)).toBe(true);
    expect(byStart.map((t) => t.start_date)).toEqual([...byStart.map((t) => t.start_date)].sort((a, b) => a - b));
    // Medborgerskab, 1. juli 2012, starts first.
    expect(byStart[0].trial_id).toBe("fk1-medborgerskab");
    const byDuration = drawn({ sort: "duration" });
    expect(byDuration.map((t) => t.days)).toEqual([...byDuration.map((t) => t.days)].sort((a, b) => b - a));
    const byNumber = drawn({ sort: "number" });
    // Viborg's list numbers 1 to 20, less the four never used, then ledighedsydelse of Frikommuneforsøg II.
    const numbers = byNumber.map((t) => t.number);
    expect(numbers.slice(0, 16)).toEqual([...numbers.slice(0, 16)].sort((a, b) => a - b));
    expect(numbers[0]).toBe(1);
    expect(byNumber[16].programme).toBe("Frikommuneforsøg II");
    expect(applyView({ ...periods, limit: 5 }, trials.rows, { sort: "start" })).toEqual(byStart.slice(0, 5));
  });
});

describe("the milestones", () => {
  it("gives the 22 dated events in date order, 20 of them in the documents of Frikommuneforsøg II", () => {
    const rows = applyView(milestones, events.rows);
    expect(rows).toHaveLength(22);
    expect(rows.map((e) => e.date)).toEqual([...rows.map((e) => e.date)].sort((a, b) => a - b));
    expect(applyView(milestones, events.rows, { programme: "Frikommuneforsøg II" })).toHaveLength(20);
  });

  it("past the limit, keeps one milestone per kind and day", () => {
    // Two lines of the decision letter (003) name the entry into force on 1. juli 2017.
    const above = (n: number) => applyView({ ...milestones, thin: { above: n, keep: "first_of_day" } }, events.rows);
    // …and seeds 002 and 004 date several statements to the same year's first day.
    expect(above(22)).toHaveLength(22);
    const thinned = above(21);
    expect(thinned).toHaveLength(17);
    expect(thinned.filter((e) => e.event === "entry_into_force")).toHaveLength(1);
  });
});
