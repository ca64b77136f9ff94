// The rows a chart draws before DuckDB has loaded (and an embed always draws), computed in JavaScript
// from the tables' JSON copies: checked against what the seeds say.
import { describe, expect, it } from "vitest";
import { toJson } from "../loaders/build.ts";
import { fiveSeedCorpus } from "./loaders/helpers.ts";
import { SCHEMA, type TableName } from "../loaders/schema.ts";
import { distinctSorted, municipalityGroups, participationRows, type Tables } from "../src/components/chartRows.ts";

// Exactly what src/data/<table>.json.ts writes and a page fetches, for the five seeds.
const { tables: corpus } = fiveSeedCorpus();
const tables: Tables = Object.fromEntries(
  Object.entries(corpus).map(([name, rows]) => [name, JSON.parse(toJson(rows, SCHEMA[name as TableName]))]),
);
const all = { programme: null };

describe("participation", () => {
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
