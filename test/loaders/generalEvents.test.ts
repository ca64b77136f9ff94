// Dated events in running text read by the general layer: the trial each concerns (named in the same
// sentence, or `Forsøget`/`Det` referring back to the last trial named in the paragraph) and what the
// date marks (a start, a planned end, an extension's new end, a cancellation). The documents are written
// for these tests in the style of a municipality's news item (no real text).
import { describe, expect, it } from "vitest";
import { buildTables } from "../../loaders/corpus.ts";
import type { Seed } from "../../loaders/seed.ts";
import { reference } from "./helpers.ts";

function doc(lines: string[]): Seed {
  return { docId: "901_general_events", file: "seeds/901_general_events.txt", lines };
}
/** Event rows as `date event trial_id`, resolved as the corpus resolves them. */
const rows = (lines: string[]) =>
  buildTables([doc(["Nyt fra jobcentret", "", ...lines])], reference).tables.events.map((e) => `${e.date} ${e.event} ${e.trial_id}`);

const PSYK = "Psykologbehandling i jobcentrene";
const MIKRO = "Mikrolån til opstart af virksomhed";
const FLEKS = "Fleksibilitet i tilrettelæggelsen af opfølgningssamtaler";

describe("the trial a dated event concerns", () => {
  it("takes the trial named in the same sentence, and refers `Forsøget` back to it within the paragraph", () => {
    expect(
      rows([
        `Som en af elleve kommuner i netværket har Aabenraa Kommune siden 1. marts 2019 deltaget i forsøget ${PSYK}.`,
        "Forsøget løber indtil udgangen af 2021 og er nu forlænget til 30.06.2023.",
        `Kommunen har desuden siden foråret 2019 afprøvet ${MIKRO}. Her har fire borgere fået et lån.`,
        `Forsøget med ${FLEKS} blev annulleret 1. oktober 2020, fordi det ikke blev brugt.`,
      ]),
    ).toEqual([
      "2019-03-01 trial_start fk2-psykologbehandling",
      "2021-12-31 planned_end fk2-psykologbehandling",
      "2023-06-30 extended_until fk2-psykologbehandling",
      "2019-03-01 trial_start fk2-mikrolaan",
      "2020-10-01 cancellation fk2-opfoelgningssamtaler",
    ]);
  });

  it("refers `Det` back to the last trial named, past sentences that name none", () => {
    expect(rows([`Jobcentret afprøver ${MIKRO}.`, "Ordningen er populær blandt ledige.", "Det blev stoppet 15. maj 2021."])).toEqual([
      "2021-05-15 cancellation fk2-mikrolaan",
    ]);
  });

  it("does not refer back across a blank line", () => {
    expect(rows([`Jobcentret afprøver ${MIKRO}.`, "", "Forsøget blev stoppet 15. maj 2021."])).toEqual(["2021-05-15 cancellation null"]);
  });

  it("does not refer back across a heading", () => {
    expect(rows([`Jobcentret afprøver ${MIKRO}.`, "Status for de øvrige forsøg", "Forsøget blev stoppet 15. maj 2021."])).toEqual([
      "2021-05-15 cancellation null",
    ]);
  });

  it("does not refer back when the previous sentence named two trials", () => {
    expect(rows([`Jobcentret afprøver ${MIKRO} og ${PSYK}.`, "Forsøget blev stoppet 15. maj 2021."])).toEqual(["2021-05-15 cancellation null"]);
  });

  it("attaches no trial to a sentence that names two", () => {
    expect(rows([`${MIKRO} og ${PSYK} startede begge 1. januar 2019.`])).toEqual(["2019-01-01 trial_start null"]);
  });

  it("does not refer a trial the catalogue lacks (`Forsøget med …`) back to an earlier one", () => {
    expect(rows([`Jobcentret afprøver ${MIKRO}.`, "Forsøget med gruppeforløb for sygemeldte blev opgivet 1. juni 2021."])).toEqual([
      "2021-06-01 cancellation null",
    ]);
  });

  it("attaches no trial to a dated sentence that neither names one nor refers back", () => {
    expect(rows([`Jobcentret afprøver ${MIKRO}.`, "Byrådet holdt møde 3. maj 2021."])).toEqual(["2021-05-03 meeting null"]);
  });
});

describe("what a date in running text marks", () => {
  const one = (sentence: string) => rows([`Jobcentret afprøver ${MIKRO}.`, sentence]);

  it.each([
    ["Forsøget blev annulleret 1. september 2020.", "2020-09-01 cancellation"],
    ["Forsøget annulleres 1. september 2020.", "2020-09-01 cancellation"],
    ["Forsøget blev opgivet 1. september 2020.", "2020-09-01 cancellation"],
    ["Forsøget blev stoppet 1. september 2020.", "2020-09-01 cancellation"],
    ["Forsøget er ophørt 1. september 2020.", "2020-09-01 cancellation"],
    ["Forsøget er ikke anvendt og ophørte 1. september 2020.", "2020-09-01 cancellation"],
    ["Pr. 1. september 2020 blev forsøget annulleret.", "2020-09-01 cancellation"],
  ])("a cancellation: %s", (sentence, row) => {
    expect(one(sentence)).toEqual([`${row} fk2-mikrolaan`]);
  });

  it.each([
    ["Forsøget har kørt siden 1. februar 2019.", "2019-02-01 trial_start"],
    ["Forsøget gælder fra 1. februar 2019.", "2019-02-01 trial_start"],
    ["Forsøget startede 1. februar 2019.", "2019-02-01 trial_start"],
    ["Forsøget blev påbegyndt 1. februar 2019.", "2019-02-01 trial_start"],
    ["Forsøget begyndte 1. februar 2019.", "2019-02-01 trial_start"],
  ])("a start: %s", (sentence, row) => {
    expect(one(sentence)).toEqual([`${row} fk2-mikrolaan`]);
  });

  it.each([
    ["Forsøget løber indtil 30. juni 2022.", "2022-06-30 planned_end"],
    ["Forsøget kører frem til 30. juni 2022.", "2022-06-30 planned_end"],
    ["Forsøget udløber 30. juni 2022.", "2022-06-30 planned_end"],
    ["Forsøget løber indtil udgangen af 2022.", "2022-12-31 planned_end"],
    ["Forsøget slutter med udgangen af 2022.", "2022-12-31 planned_end"],
    ["Forsøget udløb 30. juni 2022.", "2022-06-30 planned_end"],
  ])("a planned end: %s", (sentence, row) => {
    expect(one(sentence)).toEqual([`${row} fk2-mikrolaan`]);
  });

  it.each([
    ["Forsøget er forlænget til 31.12.2023.", ["2023-12-31 extended_until"]],
    ["Forsøget forlænges til 31.12.2023.", ["2023-12-31 extended_until"]],
    ["Forsøget fortsættes til udgangen af 2023.", ["2023-12-31 extended_until"]],
    ["Forsøget blev 1. marts 2022 forlænget til 31.12.2023.", ["2022-03-01 extension", "2023-12-31 extended_until"]],
    ["Forsøget løber indtil udgangen af 2022 og er forlænget til 31.12.2023.", ["2022-12-31 planned_end", "2023-12-31 extended_until"]],
  ])("an extension: %s", (sentence, want) => {
    expect(one(sentence)).toEqual(want.map((r) => `${r} fk2-mikrolaan`));
  });

  it("reads a period's end after its start as the planned end, before an extension", () => {
    expect(one("Forsøget kørte fra 1. juli 2018 til 31-12-2021 og er forlænget til udgangen af 2023.")).toEqual([
      "2018-07-01 trial_start fk2-mikrolaan",
      "2021-12-31 planned_end fk2-mikrolaan",
      "2023-12-31 extended_until fk2-mikrolaan",
    ]);
  });

  it("reads a programme that `ophører` at a year's end as a planned end, not a cancellation", () => {
    expect(rows(["Frikommuneordningen ophører med udgangen af 2021."])).toEqual(["2021-12-31 planned_end null"]);
  });

  it("leaves `fra` that is not a start (a letter from someone) and a plain date alone", () => {
    expect(rows(["Vi har fået et brev fra ministeriet 3. maj 2021.", "Avisen udkom 4. maj 2021."])).toEqual([
      "2021-05-03 correspondence null",
      "2021-05-04 dated_statement null",
    ]);
  });
});

describe("an extension granted, asked for or refused (issue 10)", () => {
  const one = (sentence: string) => rows([`Jobcentret afprøver ${MIKRO}.`, sentence]);

  it.each([
    ["Forsøget kan fortsætte til 31.12.2025.", ["2025-12-31 extended_until"]],
    ["Forsøget kan videreføres til udgangen af 2025.", ["2025-12-31 extended_until"]],
    ["Forsøget er videreført til 30. juni 2025.", ["2025-06-30 extended_until"]],
    ["Styrelsen har godkendt ansøgningen om forlængelse af forsøget til 31.12.2025.", ["2025-12-31 extended_until"]],
    ["Ansøgningen om forlængelse er imødekommet, så forsøget forlænges til 31.12.2025.", ["2025-12-31 extended_until"]],
    ["Kommunen søgte om forlængelse, og forsøget forlænges nu til 31.12.2025.", ["2025-12-31 extended_until"]],
    // OCR: g read as q, l as 1
    ["Forsøget forlænqes ti1 31.12.2025.", ["2025-12-31 extended_until"]],
  ])("granted: %s", (sentence, want) => {
    expect(one(sentence)).toEqual(want.map((r) => `${r} fk2-mikrolaan`));
  });

  it.each([
    ["Kommunen har ansøgt om at forlænge forsøget til 31. december 2024.", ["2024-12-31 extension_requested"]],
    ["Netværket ønsker forsøget forlænget til udgangen af 2024.", ["2024-12-31 extension_requested"]],
    ["Kommunen ønsker at fortsætte forsøget til 31.12.2024.", ["2024-12-31 extension_requested"]],
    ["Forvaltningen indstiller, at forsøget forlænges til 31.12.2024.", ["2024-12-31 extension_requested"]],
    // minutes: the committee approves that the municipality asks
    ["Det indstilles, at udvalget godkender, at kommunen søger om at forlænge forsøget til udgangen af 2024.", ["2024-12-31 extension_requested"]],
    ["Kommunen ønsker, at forsøget forlænges til 31.12.2024.", ["2024-12-31 extension_requested"]],
    ["Kommunen har 1. marts 2023 ansøgt om at få forsøget forlænget til 31.12.2024.", ["2023-03-01 application", "2024-12-31 extension_requested"]],
  ])("asked for: %s", (sentence, want) => {
    expect(one(sentence)).toEqual(want.map((r) => `${r} fk2-mikrolaan`));
  });

  it.each([
    ["Forsøget er ikke forlænget til 31.12.2024 og slutter som planlagt.", ["2024-12-31 extension_refused"]],
    ["Forsøget forlænges ikke til 31.12.2024.", ["2024-12-31 extension_refused"]],
    ["Kommunen ønsker ikke, at forsøget forlænges til 31.12.2024.", ["2024-12-31 extension_refused"]],
    ["Kommunen har fået afslag på forlængelse af forsøget til 31.12.2024.", ["2024-12-31 extension_refused"]],
    ["Ansøgningen om forlængelse af forsøget til 31.12.2024 er afslået.", ["2024-12-31 extension_refused"]],
    ["Styrelsen gav 3. maj 2023 afslag på forlængelse af forsøget.", ["2023-05-03 extension_refused"]],
  ])("refused or denied: %s", (sentence, want) => {
    expect(one(sentence)).toEqual(want.map((r) => `${r} fk2-mikrolaan`));
  });
});

describe("extensions in a ministry letter and a municipality's list, OCR-damaged (issue 10)", () => {
  const letter = [
    "Styrelsen for Arbejdsmarked og Rekruttering",
    "",
    "Vedr. ansøgning om forlængelse",
    "",
    `Kommunen har ansøgt om at forlænge ${PSYK} til 31. december 2024.`,
    "Styrelsen kan oplyse, at forsøget forlæn-",
    "ges ti1 31.12.2023, og at der er givet",
    "afslag på forlængelse ud over 31.12.2023.",
    "Forsøget kan derefter ikke fortsætte til 30.06.2024.",
  ];
  /** Event rows as `line–line_end date event trial_id`. */
  const events = (lines: string[]) =>
    buildTables([doc(lines)], reference).tables.events.map((e) => `${e.source_line}–${e.source_line_end} ${e.date} ${e.event} ${e.trial_id}`);

  it("tells a request, a grant across a broken line, and refusals apart, each at its lines", () => {
    expect(events(letter)).toEqual([
      "5–5 2024-12-31 extension_requested fk2-psykologbehandling",
      "6–8 2023-12-31 extended_until fk2-psykologbehandling",
      "6–8 2023-12-31 extension_refused fk2-psykologbehandling",
      "9–9 2024-06-30 extension_refused fk2-psykologbehandling",
    ]);
  });

  it("quotes each sentence verbatim, the broken word as printed", () => {
    const rows = buildTables([doc(letter)], reference).tables.events;
    expect(rows.map((e) => e.quote)).toEqual([
      `Kommunen har ansøgt om at forlænge ${PSYK} til 31. december 2024.`,
      "Styrelsen kan oplyse, at forsøget forlæn- ges ti1 31.12.2023, og at der er givet afslag på forlængelse ud over 31.12.2023.",
      "Styrelsen kan oplyse, at forsøget forlæn- ges ti1 31.12.2023, og at der er givet afslag på forlængelse ud over 31.12.2023.",
      "Forsøget kan derefter ikke fortsætte til 30.06.2024.",
    ]);
  });

  it("reports an end it cannot read instead of dropping it", () => {
    const { tables, warnings } = buildTables([doc(["Jobcentrets forsøg", "", `Forsøget ${PSYK} forlænges til 31.13.2024.`])], reference);
    expect(tables.events).toEqual([]);
    expect(warnings.filter((w) => w.includes("(not stored)"))).toEqual([expect.stringMatching(/:3: .*"31\.13\.2024" \(not stored\)$/)]);
  });
});

describe("a bare year as an end, a conditional permission, a period and a list of trials (issue 10, third round)", () => {
  const one = (sentence: string) => rows([`Jobcentret afprøver ${MIKRO}.`, sentence]);
  const precisions = (sentence: string) =>
    buildTables([doc(["Nyt fra jobcentret", "", `Jobcentret afprøver ${MIKRO}.`, sentence])], reference).tables.events.map(
      (e) => `${e.date} ${e.date_precision}`,
    );

  it.each([
    ["Forsøget er forlænget til 2023.", "2023-12-31 extended_until"],
    ["Forsøget forlænges frem til 2023.", "2023-12-31 extended_until"],
    ["Forsøget blev forlænget indtil 2023, så flere kan deltage.", "2023-12-31 extended_until"],
    ["Forsøget kører frem til 2023.", "2023-12-31 planned_end"],
    ["Kommunen har ansøgt om at forlænge forsøget til 2024.", "2024-12-31 extension_requested"],
    ["Forslaget om at forlænge forsøget til 2025 imødekommes ikke.", "2025-12-31 extension_refused"],
  ])("reads a bare year after `til` as the end of that year: %s", (sentence, row) => {
    expect(one(sentence)).toEqual([`${row} fk2-mikrolaan`]);
    expect(precisions(sentence)).toEqual([`${row.slice(0, 10)} year`]);
  });

  it("reports a bare year's end that is implausible, naming file and line, rather than dropping it", () => {
    const { tables, warnings } = buildTables([doc(["Nyt fra jobcentret", "", `Jobcentret afprøver ${MIKRO}.`, "Forsøget er forlænget til 2045."])], reference);
    expect(tables.events).toEqual([]);
    expect(warnings).toContain('seeds/901_general_events.txt:4: implausible year 2045 (expected 2000–2040): "2045" (not stored)');
  });

  it("leaves a bare year that is an amount or a count alone", () => {
    expect(one("Forsøget er forlænget til 2023 kr. pr. borger.")).toEqual([]);
  });

  it.each([
    "Forsøget kan fortsætte til udgangen af 2024, hvis ministeriet godkender netværkets ansøgning.",
    "Forsøget forlænges til 31.12.2024, forudsat at styrelsen godkender det.",
    "Forsøget kan fortsætte til 31.12.2024 under forudsætning af, at der afsættes midler.",
    "Hvis ministeriet godkender det, forlænges forsøget til 31.12.2024.",
    "Forudsat at styrelsen godkender det, kan forsøget fortsætte til 31.12.2024.",
    "Forsøget kan fortsætte til 2024, såfremt kommunen indsender en opgørelse.",
  ])("a conditional permission is not a granted extension: %s", (sentence) => {
    expect(one(sentence)).toEqual(["2024-12-31 extension_requested fk2-mikrolaan"]);
  });

  it("keeps an unconditional extension granted, whatever follows it", () => {
    expect(one("Forsøget forlænges til 31.12.2024, så kommunen kan samle flere erfaringer.")).toEqual(["2024-12-31 extended_until fk2-mikrolaan"]);
  });

  it("reads the first date of `for perioden <date> – <date>` as the start, not as the extension the sentence goes on to", () => {
    expect(one("Forsøget var godkendt for perioden 1. januar 2018 – 31. december 2021, men blev forlænget til 2023.")).toEqual([
      "2018-01-01 trial_start fk2-mikrolaan",
      "2021-12-31 planned_end fk2-mikrolaan",
      "2023-12-31 extended_until fk2-mikrolaan",
    ]);
  });

  it("does not read two years a figure is compared between as a period", () => {
    expect(one("Udgiften til lægeattester er faldet med godt 8.000 kr. fra 2021 til 2022.")).toEqual([]);
    expect(one("Antallet af sager er steget fra 2020 til 2022.")).toEqual([]);
    expect(one("Forsøget løb fra 2018 til 2021.")).toEqual(["2018-01-01 dated_statement fk2-mikrolaan", "2021-12-31 dated_statement fk2-mikrolaan"]);
  });

  it("starts a new sentence at a lettered or numbered list item, so each item's dates stay with its trial", () => {
    expect(
      rows([
        "Udkastet omfatter:",
        `a) ${PSYK}. Forsøget forlænges frem til 2023.`,
        `b) ${FLEKS}. Forsøget forlænges til 31.12.2023.`,
        `2) ${MIKRO}. Forsøget udløb 31. dec. 2021.`,
      ]),
    ).toEqual([
      "2023-12-31 extended_until fk2-psykologbehandling",
      "2023-12-31 extended_until fk2-opfoelgningssamtaler",
      "2021-12-31 planned_end fk2-mikrolaan",
    ]);
  });
});

describe("a sentence whose subject is the trial named before it, unnamed (issue 10, third round)", () => {
  it("refers a sentence opening with a verb of going on, or with `det` after it, to the trial last named", () => {
    expect(
      rows([
        "Udkastet omfatter:",
        `a) ${PSYK}. Med udkastet forlænges det frem til 2023.`,
        `b) ${FLEKS}. Forlænges til 31.12.2023.`,
        `c) ${MIKRO}. Udløber 31. dec. 2021.`,
      ]),
    ).toEqual([
      "2023-12-31 extended_until fk2-psykologbehandling",
      "2023-12-31 extended_until fk2-opfoelgningssamtaler",
      "2021-12-31 planned_end fk2-mikrolaan",
    ]);
  });

  it("does not refer `det` elsewhere in a sentence back", () => {
    expect(rows([`a) ${PSYK}. Ministeriet finder det rimeligt at vurdere sagen 1. maj 2023.`])).toEqual(["2023-05-01 dated_statement null"]);
  });
});

describe("the date of a decision or a letter is not a start (issue 10, fourth round)", () => {
  const one = (sentence: string) => rows([`Jobcentret afprøver ${MIKRO}.`, sentence]);

  it.each([
    ["Byrådets beslutning fra efteråret 2017 om at søge om forsøget blev fulgt op.", "2017-09-01 dated_statement"],
    ["Udvalgets afgørelse fra 3. maj 2017 gjorde forsøget muligt.", "2017-05-03 dated_statement"],
    ["Styrelsens brev fra marts 2018 godkender forsøget.", "2018-03-01 correspondence"],
  ])("%s", (sentence, want) => {
    expect(one(sentence)).toEqual([`${want} fk2-mikrolaan`]);
  });

  it("still reads `fra` after a verb or a trial as a start", () => {
    expect(one("Forsøget har kørt fra efteråret 2017.")).toEqual(["2017-09-01 trial_start fk2-mikrolaan"]);
    expect(one("Kommunen deltager i forsøget fra 1. maj 2018.")).toEqual(["2018-05-01 trial_start fk2-mikrolaan"]);
  });
});

describe("the words that type a date", () => {
  it("reads `kan begynde` as a start, and a word holding møde (`imødekommer`, `fremmøde`) as no meeting", () => {
    expect(rows([`Regeringen imødekommer ansøgningen om ${PSYK}, og forsøget kan begynde 1. marts 2019.`])).toEqual([
      "2019-03-01 trial_start fk2-psykologbehandling",
    ]);
    expect(rows([`Borgere i ${MIKRO} er fritaget for fremmøde fra 1. maj 2019.`]).some((r) => r.includes("meeting"))).toBe(false);
    expect(rows(["Netværket holdt møde den 4. juni 2019 om forsøgene."])).toEqual(["2019-06-04 meeting null"]);
  });
});
