// Decisions read from a letter's table of applications by the general layer, where no curated file
// states them: the seed letter read as if it had none, against the rows its curated file states, and
// tables written here in the genre's layout (cells printed one column after another).
import { describe, expect, it } from "vitest";
import { parseTsv } from "../../loaders/curated.ts";
import { readGeneral } from "../../loaders/general.ts";
import { foldTitle } from "../../loaders/reference.ts";
import type { Seed } from "../../loaders/seed.ts";
import { dataFile, realSeed, reference, SEED_FILES } from "./helpers.ts";

const doc = (lines: string[]): Seed => ({ docId: "900_table", file: "seeds/900_table.txt", lines });
const decided = (seed: Seed) => readGeneral(seed, "decision_letter", reference).decisions.map((d) => [foldTitle(d.application), d.decision]);

/** A granted-applications table as the genre prints it: a caption, the header, each cell on lines of its own. */
const table = (caption: string, rows: string[][]) => [
  "Kære netværk",
  "",
  "Tabel 1",
  "",
  caption,
  "",
  "Forsøg Indhold Hjemmel Forbehold Bemærkninger",
  "",
  ...rows.flatMap((cells) => cells.flatMap((cell) => [...cell.split("\n"), ""])),
  "Spørgsmål om afgørelsen kan rettes til ministeriets sekretariat for frikommuneforsøgene.",
];

describe("decisions in a table of applications", () => {
  it("reads the seed letter's table as its curated file states it, once its applications are in the catalogue", () => {
    const curated = parseTsv(dataFile("data/curated/003_3dbcc80b57291c50/decisions.tsv"), "decisions.tsv");
    // The table holds the met applications; the refused one is stated below it, in prose.
    const inTable = new Map(curated.filter((r) => r.decision !== "not_approved").map((r) => [foldTitle(r.application), r.decision]));
    // The catalogue lacks them until a reviewer accepts the trials the curated file proposes.
    const trialTitles = new Map([...reference.trialTitles, ...[...inTable.keys()].map((t): [string, string] => [t, `proposed-${t}`])]);
    const letter = realSeed(SEED_FILES.letter);
    const read = readGeneral(letter, "decision_letter", { ...reference, trialTitles })
      .decisions.map((d): [string, string] => [foldTitle(d.application), d.decision])
      .filter(([application]) => inTable.has(application));
    expect(new Map(read)).toEqual(inTable);
    expect(read).toHaveLength(inTable.size);
  });

  it("tells a row granted as applied for from one granted with a part held back, across broken words", () => {
    const lines = table("Ansøgninger, der gives helt eller delvist tilsagn om", [
      ["Forenkling af\nbevillings-\ngrundlaget for\nrevalidering", "Revalidering uden\nandre tilbud først.", "Ingen. Tilsagn\ngives som\nansøgt."],
      ["Fleksibelt\nkontaktforløb for\nintegrations-\nmodtagere", "Samtaler efter\nbehov.", "Der gives ikke frita-\ngelse for den første\nsamtale."],
    ]);
    const { decisions } = readGeneral(doc(lines), "decision_letter", reference);
    expect(decisions.map((d) => [d.application, d.decision, d.source_line])).toEqual([
      ["Forenkling af bevillingsgrundlaget for revalidering", "approved", 9],
      ["Fleksibelt kontaktforløb for integrationsmodtagere", "partly_approved", 21],
    ]);
    // Each row's words up to the next row, verbatim.
    expect(decisions[1].quote).toMatch(/^Fleksibelt kontaktforløb for integrations- modtagere .* Der gives ikke frita- gelse for den første samtale\.$/);
    expect(decisions[0].source_line_end).toBe(20);
  });

  it("reads a table of refused applications as refused, and stops at the prose after the table", () => {
    const lines = [
      ...table("Ansøgninger, der ikke gives tilsagn om", [["Forenkling af\nbevillingsgrundlaget\nfor revalidering", "Afslås."]]),
      "",
      "Netværket har også søgt om Fleksibelt kontaktforløb for integrationsmodtagere, som behandles senere.",
    ];
    expect(decided(doc(lines))).toEqual([[foldTitle("Forenkling af bevillingsgrundlaget for revalidering"), "not_approved"]]);
  });

  it("reads no decision from a table whose caption decides nothing", () => {
    const lines = table("Oversigt over netværkets forsøg", [["Forenkling af\nbevillingsgrundlaget\nfor revalidering", "Som ansøgt."]]);
    expect(decided(doc(lines))).toEqual([]);
  });
});
