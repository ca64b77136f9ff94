// The general layer on documents of no known genre: decisions, applications, and who took part in
// what. The documents here are written for these tests in the style of the genres (no real text).
import { describe, expect, it } from "vitest";
import { buildTables } from "../../loaders/corpus.ts";
import { readGeneral } from "../../loaders/general.ts";
import type { Seed } from "../../loaders/seed.ts";
import { reference } from "./helpers.ts";

/** A document of the given lines, as `seeds/` would hold it (short ones too: the readers take lines). */
function doc(lines: string[], file = "seeds/900_general.txt"): Seed {
  return { docId: file.replace(/^.*\/|\.txt$/g, ""), file, lines };
}
const read = (lines: string[]) => readGeneral(doc(lines), "unknown", reference);

describe("decisions in running text", () => {
  const letter = [
    "Social- og Ældreministeriet",
    "Kontor for Frikommuner",
    "",
    "Svar på frikommunenetværkets ansøgninger, 5. ansøgningsrunde",
    "",
    "Ansøgning nr. 4: Psykologbehandling i jobcentrene",
    "Afgørelse: Ikke godkendt.",
    "Tilbuddet findes allerede i sundhedslovgivningen.",
    "",
    "Ansøgning nr. 5: Fleksibilitet i tilrettelæggelsen af opfølgningssamtaler for",
    "sygemeldte borgere med kort fravær",
    "Ansøgningen er hermed delvist godkendt, idet forsøget kun må omfatte borgere",
    "over 30 år.",
    "",
    "Ansøgning nr. 6: Hurtigere visitation til jobrotation",
    "Ministeriet har besluttet, at ansøgningen bliver afslået.",
    "",
    "Forsøget med Mikrolån til opstart af virksomhed blev godkendt i 2017 og fortsætter uændret.",
    "Vi har godkendt referatet fra mødet den 3. maj 2017.",
  ];

  it("reads each verdict with the application it answers, its lines and words", () => {
    const { decisions, problems } = read(letter);
    expect(decisions.map((d) => [d.application, d.decision, d.source_line, d.source_line_end])).toEqual([
      ["Psykologbehandling i jobcentrene", "not_approved", 6, 8],
      ["Fleksibilitet i tilrettelæggelsen af opfølgningssamtaler for sygemeldte borgere med kort fravær", "partly_approved", 10, 13],
      ["Hurtigere visitation til jobrotation", "not_approved", 15, 16],
      ["Mikrolån til opstart af virksomhed", "approved", 18, 18],
    ]);
    expect(decisions[0].quote).toBe("Ansøgning nr. 4: Psykologbehandling i jobcentrene Afgørelse: Ikke godkendt. Tilbuddet findes allerede i sundhedslovgivningen.");
    expect(decisions[3].quote).toBe("Forsøget med Mikrolån til opstart af virksomhed blev godkendt i 2017 og fortsætter uændret.");
    expect(problems).toEqual([]);
  });

  it("does not take an approved minute or a verdict with no application for a decision; the latter is reported", () => {
    const { decisions, problems } = read([
      "Notat fra netværksmødet",
      "Vi har godkendt referatet fra sidste møde, og alle kommuner var repræsenteret på mødet.",
      "Ansøgningen er godkendt, og vi går i gang efter sommerferien med de nye arbejdsgange.",
    ]);
    expect(decisions).toEqual([]);
    expect(problems).toEqual([{ source_line: 3, text: expect.stringMatching(/^Ansøgningen er godkendt/), reason: "a decision whose application the text does not name" }]);
    const { warnings } = buildTables([doc(["Notat fra netværksmødet", "", "Ansøgningen er godkendt, og vi går i gang efter sommerferien."])], reference);
    expect(warnings).toContainEqual(expect.stringMatching(/^seeds\/900_general\.txt:3: a decision whose application the text does not name: "Ansøgningen er godkendt/));
  });

  it("ties `forsøget er godkendt` to the one trial a document names, and to none where it names two", () => {
    const one = read([
      "Status på forsøget med Fleksibelt kontaktforløb for integrationsmodtagere",
      "Forsøget er godkendt af ministeriet i efteråret 2016, og de første borgere startede i januar.",
    ]);
    expect(one.decisions.map((d) => [d.application, d.decision])).toEqual([["Fleksibelt kontaktforløb for integrationsmodtagere", "approved"]]);
    const two = read([
      "Status på forsøgene med Fleksibelt kontaktforløb for integrationsmodtagere og med Mikrolån til opstart af virksomhed",
      "Forsøget er godkendt af ministeriet i efteråret 2016, og de første borgere startede i januar.",
    ]);
    expect(two.decisions).toEqual([]);
    expect(two.problems.map((p) => p.source_line)).toEqual([2]);
  });

  it("feeds the decisions table through the corpus, the verdicts' lines marked parsed", () => {
    const { tables } = buildTables([doc(letter)], reference);
    expect(tables.decisions).toHaveLength(4);
    expect(tables.lines.filter((l) => [7, 12, 16].includes(l.line as number)).map((l) => l.status)).toEqual(["parsed", "parsed", "parsed"]);
  });
});

describe("applications in running text", () => {
  it("types a dated application, its receipt and its deadline", () => {
    const { events } = read([
      "Frikommunenetværket for Sydvestjylland",
      "Netværkets ansøgning af 3. marts 2016 omfatter fire forsøg på beskæftigelsesområdet.",
      "Ministeriet har den 7. marts 2016 modtaget ansøgningen og sendt den i høring.",
      "Ansøgningsfristen for næste runde er 1. oktober 2016.",
      "I ansøgningsrunden i foråret 2017 søgte netværket om yderligere to forsøg.",
    ]);
    expect(events.map((e) => [e.date, e.event])).toEqual([
      ["2016-03-03", "application"],
      ["2016-03-07", "application_received"],
      ["2016-10-01", "deadline"],
      ["2017-03-01", "application"],
    ]);
  });
});
