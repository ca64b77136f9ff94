import { describe, expect, it } from "vitest";
import { DECISIONS_TABLE, parseDecisionLetter } from "../../loaders/decisionLetter.ts";
import { curatedFile } from "../../loaders/reference.ts";
import { realSeed, reference, SEED_FILES, variant } from "./helpers.ts";

const file = SEED_FILES.letter;
const curated = curatedFile(reference, "003_3dbcc80b57291c50", DECISIONS_TABLE)!;
const tsv = curated.text;
/** The letter's curated table with its text changed. */
const edited = (text: string) => ({ ...curated, text });
const x = parseDecisionLetter(realSeed(file), curated);

describe("decision letter (seed 003)", () => {
  it("attributes the letter to the ministry's department", () => {
    expect(x.document).toMatchObject({
      kind: "decision_letter",
      programme: "Frikommuneforsøg II",
      issuer: "Økonomi- og Indenrigsministeriet, Afdelingen for Kommunal- og Regionaløkonomi",
    });
  });

  it("states the government's answer to each of the four applications", () => {
    expect(x.decisions.map((d) => [d.application, d.decision, d.source_line])).toEqual([
      ["Én handleplan", "partly_approved", 32],
      ["Ny organisering fra sektoropdelt til helhedsorienteret", "approved", 76],
      ["Ny organisering fra sektoropdelt til helhedsorienteret", "approved", 98],
      ["Processuel fleksibilitet til at tilrettelægge indsatsen", "approved", 109],
      ["Forsøg med en sammenhængende indsats", "not_approved", 159],
    ]);
    expect(x.decisions[0]).toMatchObject({
      legal_basis: "Søges hjemlet i Lov om Frikommunenetværk og eksisterende forsøgsbestemmelser",
      reservations: expect.stringMatching(/^Der gives ikke fritagelse for den forberedende del af rehabiliteringsplanen/),
    });
    expect(x.decisions[1].reservations).toBeNull();
  });

  it("names a trial for each application, met or not, once however many rows the table gives it", () => {
    expect(x.trials.map((t) => [t.title_as_written, t.source_line, t.curated])).toEqual([
      ["Én handleplan", 32, true],
      ["Ny organisering fra sektoropdelt til helhedsorienteret", 76, true],
      ["Processuel fleksibilitet til at tilrettelægge indsatsen", 109, true],
      ["Forsøg med en sammenhængende indsats", 159, true],
    ]);
  });

  it("dates every milestone, inferring the year where the letter leaves it out", () => {
    expect(x.events.map((e) => [e.date, e.event, e.year_inferred, e.source_line])).toEqual([
      ["2016-11-30", "application_received", false, 5],
      ["2016-01-18", "correspondence", false, 173],
      ["2017-02-24", "hearing", true, 183],
      ["2017-07-01", "entry_into_force", false, 183],
      ["2017-07-01", "entry_into_force", false, 187],
      ["2017-03-09", "meeting", true, 193],
      ["2017-05-01", "deadline", false, 201],
    ]);
  });

  it("fails when the table disagrees with the letter's own count", () => {
    const broken = variant(file, (t) => t.replace("imødekomme tre af jeres fire", "imødekomme to af jeres fire"));
    expect(() => parseDecisionLetter(broken, curated)).toThrow(
      /003_3dbcc80b57291c50\.txt:13: the letter meets 2 of 4 applications, but data\/curated\/003_3dbcc80b57291c50\/decisions\.tsv has 3 of 4/,
    );
  });

  it("fails naming the curated line when a quote is not in the seed", () => {
    const bad = tsv.replace("Udvidelse af den koordi- nerende", "Udvidelse af den koordinerende");
    expect(() => parseDecisionLetter(realSeed(file), edited(bad))).toThrow(
      /data\/curated\/003_3dbcc80b57291c50\/decisions\.tsv:4: quote not found in seeds\/003_3dbcc80b57291c50\.txt lines 98–107/,
    );
  });

  it("fails on a decision outside the contract and on a malformed row", () => {
    expect(() => parseDecisionLetter(realSeed(file), edited(tsv.replace("\tnot_approved\t", "\trejected\t")))).toThrow(
      /decisions\.tsv:6: decision must be one of/,
    );
    expect(() => parseDecisionLetter(realSeed(file), edited(`${tsv}only\ttwo\n`))).toThrow(/decisions\.tsv:7: expected 9 tab-separated cells, found 2/);
  });
});
