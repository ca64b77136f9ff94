// The rows a chart draws before DuckDB has loaded (and an embed always draws), computed in JavaScript
// from the tables' JSON copies: checked against what the seeds say.
import { describe, expect, it } from "vitest";
import { toJson } from "../loaders/build.ts";
import { fiveSeedCorpus } from "./loaders/helpers.ts";
import { SCHEMA, type TableName } from "../loaders/schema.ts";
import {
  distinctSorted, durationsRows, figureRows, milestoneRows, municipalityGroups, participatingMunicipalities, participationRows, timelineRows, type Tables,
} from "../src/components/chartRows.ts";

// Exactly what src/data/<table>.json.ts writes and a page fetches, for the five seeds.
const { tables: corpus } = fiveSeedCorpus();
const tables: Tables = Object.fromEntries(
  Object.entries(corpus).map(([name, rows]) => [name, JSON.parse(toJson(rows, SCHEMA[name as TableName]))]),
) as Tables;
const all = { programme: null };
const dated = (rows: ReturnType<typeof timelineRows>) => rows.filter((t) => t.start_date !== null && t.end_date !== null);

describe("timelineRows", () => {
  it("gives every trial, in list order, and 17 with a stated period", () => {
    const rows = timelineRows(tables, all);
    expect(rows).toHaveLength(35);
    expect(dated(rows)).toHaveLength(17);
    expect(rows.slice(0, 3).map((t) => t.number)).toEqual([1, 2, 3]);
    expect(rows.findIndex((t) => t.programme === "Frikommuneforsøg II")).toBe(20);
  });

  it("dates a trial as seed 000 line 11 does: 1. juli 2012 to 31. dec. 2015, continued to 1. juli 2017", () => {
    const [first] = timelineRows(tables, all);
    expect(first.quote).toContain("1. juli 2012 til 31. dec. 2015 Ja og fortsættes til 1. juli 2017");
    expect([first.start_date, first.end_date, first.extended_until]).toEqual([Date.UTC(2012, 6, 1), Date.UTC(2015, 11, 31), Date.UTC(2017, 6, 1)]);
    expect(first.days).toBe(1278);
    expect([first.doc_id, first.source_line]).toEqual(["000_e87aeb02a3b05123", 11]);
  });

  it("applies each filter as the page's SQL does", () => {
    expect(dated(timelineRows(tables, { programme: "Frikommuneforsøg I" }))).toHaveLength(16);
    expect(dated(timelineRows(tables, { programme: "Frikommuneforsøg II" }))).toHaveLength(1);
    expect(timelineRows(tables, { programme: null, status: "cancelled" }).map((t) => t.title)).toHaveLength(2);
    // ILIKE: case does not matter.
    expect(timelineRows(tables, { programme: null, q: "FLEKSJOB" }).map((t) => t.title)).toEqual(["Revurderinger af berettigelse til fleksjob sker løbende i kontaktforløbet"]);
    // Viborg (791) ran the 20 trials of its own list.
    expect(timelineRows(tables, { programme: null, municipality: 791 })).toHaveLength(20);
    expect(timelineRows(tables, { programme: null, q: "no such trial" })).toEqual([]);
  });
});

describe("durationsRows", () => {
  it("counts what the page's cards show: 17 periods, 2 cancelled, 9 continued, 4 never used, 14 undated", () => {
    expect(durationsRows(tables, all, "start", 400).counts).toEqual({ dated: 17, cancelled: 2, extended: 9, unused: 4, undated: 14 });
  });

  it("orders the chart by start, by duration or by number, and draws at most `limit` periods", () => {
    const byStart = durationsRows(tables, all, "start", 400).chart;
    expect(byStart).toHaveLength(17);
    expect(byStart.map((t) => t.start_date)).toEqual([...byStart.map((t) => t.start_date)].sort((a, b) => a - b));
    // Medborgerskab, 1. juli 2012, starts first.
    expect(byStart[0].trial_id).toBe("fk1-medborgerskab");
    const byDuration = durationsRows(tables, all, "duration", 400).chart;
    expect(byDuration.map((t) => t.days)).toEqual([...byDuration.map((t) => t.days)].sort((a, b) => b - a));
    const byNumber = durationsRows(tables, all, "number", 400).chart;
    // Viborg's list numbers 1 to 20, less the four never used, then ledighedsydelse of Frikommuneforsøg II.
    const numbers = byNumber.map((t) => t.number);
    expect(numbers.slice(0, 16)).toEqual([...numbers.slice(0, 16)].sort((a, b) => a! - b!));
    expect(numbers[0]).toBe(1);
    expect(byNumber[16].programme).toBe("Frikommuneforsøg II");
    const limited = durationsRows(tables, all, "start", 5);
    expect(limited.chart).toEqual(byStart.slice(0, 5));
    expect(limited.table).toHaveLength(17);
  });

  it("lists the trials it does not draw", () => {
    const { unused, undated } = durationsRows(tables, { programme: "Frikommuneforsøg I" }, "start", 400);
    expect(unused.map((t) => t.trial_id)).toContain("fk1-noerremarken");
    expect(undated).toEqual([]);
  });
});

describe("milestoneRows", () => {
  it("gives the 12 dated events in date order, 11 of them in the documents of Frikommuneforsøg II", () => {
    const events = milestoneRows(tables, all);
    expect(events).toHaveLength(12);
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort((a, b) => a - b));
    expect(milestoneRows(tables, { programme: "Frikommuneforsøg II" })).toHaveLength(11);
  });

  it("past the limit, keeps one milestone per kind and day", () => {
    // Two lines of the decision letter (003) name the entry into force on 1. juli 2017.
    expect(milestoneRows(tables, all, 12)).toHaveLength(12);
    const thinned = milestoneRows(tables, all, 11);
    expect(thinned).toHaveLength(11);
    expect(thinned.filter((e) => e.event === "entry_into_force")).toHaveLength(1);
  });
});

describe("participation", () => {
  it("lists the 12 municipalities that took part, by name", () => {
    expect(participatingMunicipalities(tables).map((m) => m.name)).toEqual([
      "Aalborg", "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø", "Mariagerfjord", "Morsø", "Rebild", "Thisted", "Vesthimmerland", "Viborg",
    ]);
  });

  it("groups Viborg, in no network, under its programme and name", () => {
    expect(distinctSorted(municipalityGroups(tables).values())).toEqual(["En mere fleksibel og effektiv beskæftigelsesindsats", "Frikommuneforsøg I: Viborg"]);
  });

  it("gives 72 statements for 65 cells, one of them disputed: the webinar's ledighedsydelse × Vesthimmerland", () => {
    const rows = participationRows(tables, all);
    expect(rows).toHaveLength(72);
    expect(new Set(rows.map((s) => `${s.trial_id}|${s.municipality_code}`)).size).toBe(65);
    expect(rows.filter((s) => s.disputed).map((s) => [s.trial_id, s.municipality, s.doc_id.slice(0, 3), s.source_line])).toEqual([
      ["fk2-ledighedsydelse-revurdering", "Vesthimmerland", "001", 112],
    ]);
    expect(rows.every((s) => s.document && s.quote && s.group)).toBe(true);
  });

  it("filters by programme and by network", () => {
    expect(participationRows(tables, { programme: "Frikommuneforsøg I" })).toHaveLength(20);
    expect(participationRows(tables, { programme: null, network: "Frikommuneforsøg I: Viborg" }).every((s) => s.municipality === "Viborg")).toBe(true);
    expect(participationRows(tables, { programme: null, network: "no such network" })).toEqual([]);
  });
});

describe("figureRows", () => {
  it("gives the six figures by unit, largest first, with the trial and line they come from", () => {
    expect(figureRows(tables).map((r) => [r.unit, r.value, r.approximate, r.doc_id.slice(0, 3), r.source_line])).toEqual([
      ["DKK", 2_500_000, true, "001", 276],
      ["DKK", 720_000, true, "001", 276],
      ["municipalities", 7, false, "001", 178],
      ["municipalities", 6, false, "001", 174],
      ["municipalities", 5, false, "001", 180],
      ["persons", 14, false, "004", 249],
    ]);
    expect(figureRows(tables)[5].trial).toBe("Mikrolån til opstart af virksomhed");
  });
});
