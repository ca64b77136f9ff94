// General Danish document conventions the general layer reads, written after the held-out documents'
// misses were listed (issue 10): OCR's digits for letters inside titles, letterheads and running heads
// naming the document's own municipality, label/value fields naming who takes part, membership
// phrasings, a municipality's own bodies in the genitive. Each with hostile variants and traps, in
// sentences of these tests' own (not the corpus documents').
import { describe, expect, it } from "vitest";
import { readGeneral } from "../../loaders/general.ts";
import { foldTitle } from "../../loaders/reference.ts";
import type { Seed } from "../../loaders/seed.ts";
import { reference } from "./helpers.ts";

function doc(lines: string[], file = "seeds/901_conventions.txt"): Seed {
  return { docId: file.replace(/^.*\/|\.txt$/g, ""), file, lines };
}
const read = (lines: string[]) => readGeneral(doc(lines), "unknown", reference);
const trialsOf = (lines: string[]) => read(lines).trials.map((t) => reference.trialTitles.get(foldTitle(t.title_as_written)));
const takingPart = (lines: string[]) =>
  read(lines)
    .participation.map((p) => `${p.municipality_as_written} ${reference.trialTitles.get(foldTitle(p.title_as_written))}`)
    .sort();
const members = (lines: string[]) =>
  read(lines)
    .networks.map((n) => n.municipality_as_written)
    .sort();

describe("OCR's digits for letters inside catalogue titles", () => {
  it("folds 0 and @ inside a word to the ø they stand for, æ/ø/å to their plain spellings", () => {
    expect(foldTitle("Færre opf0lgninger for f@rtidspensionister")).toBe(foldTitle("Faerre opfølgninger for førtidspensionister"));
    expect(foldTitle("Mikrolan til opstart")).toBe(foldTitle("Mikrolån til opstart"));
  });

  it("keeps a 0 among digits a digit", () => {
    expect(foldTitle("op til 10 uger")).toBe("optil10uger");
    expect(foldTitle("1. januar 2020 - 31.10.2021")).toBe("1januar202031102021");
  });

  it("finds a catalogue title written with 0 for ø, across a hyphenated line break", () => {
    expect(trialsOf(["Status", "", "Forsøget Fleksibelt kontaktforl0b for integrations-", "modtagere er afsluttet."])).toEqual([
      "fk2-kontaktforloeb-integration",
    ]);
    expect(trialsOf(["Faerre opf0lgninger for f0rtidspensionister i job med l0n-", "tilskud"])).toEqual(["fk2-foertidspensionister-loentilskud"]);
  });

  it("does not find a title whose words differ beyond the Danish letters", () => {
    expect(trialsOf(["Fleksibelt kontaktforl0b for flygtninge"])).toEqual([]);
  });
});
