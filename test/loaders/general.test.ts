// The general layer on documents of no known genre: decisions, applications, and who took part in
// what. The documents here are written for these tests in the style of the genres (no real text).
import { describe, expect, it } from "vitest";
import { buildTables } from "../../loaders/corpus.ts";
import { readGeneral } from "../../loaders/general.ts";
import { foldTitle, networkByWords } from "../../loaders/reference.ts";
import type { Seed } from "../../loaders/seed.ts";
import { dataFile, fiveSeeds, realSeed, reference, SEED_FILES } from "./helpers.ts";

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
    expect(decisions[0].quote).toBe(
      "Ansøgning nr. 4: Psykologbehandling i jobcentrene Afgørelse: Ikke godkendt. Tilbuddet findes allerede i sundhedslovgivningen.",
    );
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
    expect(problems).toEqual([
      { source_line: 3, text: expect.stringMatching(/^Ansøgningen er godkendt/), reason: "a decision whose application the text does not name" },
    ]);
    const { warnings } = buildTables([doc(["Notat fra netværksmødet", "", "Ansøgningen er godkendt, og vi går i gang efter sommerferien."])], reference);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^seeds\/900_general\.txt:3: a decision whose application the text does not name: "Ansøgningen er godkendt/),
    );
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

  it("names the trial of an application decided under its own heading, in the catalogue or not", () => {
    const titles = (lines: string[]) => read(lines).trials.map((t) => [t.title_as_written, t.source_line, t.source_line_end]);
    expect(titles(letter)).toEqual([
      ["Psykologbehandling i jobcentrene", 6, 6],
      ["Fleksibilitet i tilrettelæggelsen af opfølgningssamtaler", 10, 10],
      ["Mikrolån til opstart af virksomhed", 18, 18],
      ["Hurtigere visitation til jobrotation", 15, 15],
    ]);
    const { tables } = buildTables([doc(letter)], reference);
    expect(tables.mentions.find((m) => m.source_line === 15)).toMatchObject({ trial_id: "hurtigere-visitation-til-jobrotation", provisional: true });
    // A heading nobody decides names no trial.
    expect(titles(["Ansøgninger", "", "Ansøgning nr. 7: Hurtigere visitation til jobrotation", "Ansøgningen behandles i næste runde."])).toEqual([]);
  });

  it("reads a verdict on `ansøgningen om …` with the application it names, across a double-spaced PDF's blank lines", () => {
    const letter = [
      "Kære netværk",
      "",
      "Regeringen kan ikke imødekomme ansøgningen om hurtigere visitation til",
      "",
      "jobrotation, da reglerne allerede giver den mulighed.",
      "",
      "Regeringen imødekommer ansøgningen om Psykologbehandling i jobcentrene.",
      "",
      "Vi afslår ansøgningen om mere tid; den kan sendes igen.",
    ];
    const { decisions, trials } = read(letter);
    expect(decisions.map((d) => [d.application, d.decision, d.source_line])).toEqual([
      ["hurtigere visitation til jobrotation", "not_approved", 3],
      ["Psykologbehandling i jobcentrene", "approved", 7],
      ["mere tid", "not_approved", 9],
    ]);
    // The catalogue's title is the trial; the others are named as written, for the build to propose ids.
    expect(trials.map((t) => [t.title_as_written, t.source_line, t.source_line_end])).toEqual([
      ["Psykologbehandling i jobcentrene", 7, 7],
      ["hurtigere visitation til jobrotation", 3, 5],
      ["mere tid", 9, 9],
    ]);
    // A blank line after a sentence's end, or before a capital, still ends the paragraph.
    expect(read(["Vi kan ikke imødekomme ansøgningen om mere tid", "", "Det videre forløb"]).decisions.map((d) => d.application)).toEqual(["mere tid"]);
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

/** Participation rows as `municipality trial basis complete`, resolved as the corpus resolves them. */
function credits(lines: string[]): string[] {
  const { tables } = buildTables([doc(lines)], reference);
  return tables.participation.map((p) => `${p.municipality_code} ${p.trial_id} ${p.basis}${p.complete ? " complete" : ""}`);
}
const members = (lines: string[]) => buildTables([doc(lines)], reference).tables.networks.map((n) => `${n.municipality_code} ${n.network}`);
const NORTH = "En mere fleksibel og effektiv beskæftigelsesindsats";
const ZEALAND = "En plan for en sammenhængende indsats sammen med borgeren";

describe("a municipality's own list of its trials", () => {
  const page = (claim: string, first = "Rebild Kommune") => [
    first,
    "Borger > Job og ydelser > Frikommuneforsøg",
    "",
    "Her finder du alle Rebilds frikommuneforsøg på beskæftigelsesområdet.",
    "",
    claim,
    "1. Ledighedsydelse – fritagelse for revurdering i 12. måned inden for 18 måneder",
    "2. Rehabiliteringsteams og fritagelse for rekvirering af lægeattest",
    "3. Fleksibelt kontaktforløb for integrationsmodtagere",
    "",
    "Læs mere i Viborg Kommunes oversigt, hvor også Psykologbehandling i jobcentrene er beskrevet.",
    "Kontakt: Jobcenter Rebild, Hobrovej 88, 9530 Støvring",
  ];

  it("credits the municipality heading the page with each listed trial, complete when the count it states is met", () => {
    expect(credits(page("Vi deltager i disse tre forsøg:"))).toEqual([
      "840 fk2-ledighedsydelse-revurdering own_list complete",
      "840 fk2-rehabiliteringsteams own_list complete",
      "840 fk2-kontaktforloeb-integration own_list complete",
    ]);
  });

  it("keeps the list incomplete where it announces more trials than were recognised", () => {
    expect(credits(page("Vi deltager i disse fire forsøg:")).every((c) => c.endsWith("own_list"))).toBe(true);
    const unknownTitle = page("Vi deltager i disse tre forsøg:").map((l) => l.replace(/^3\. .*/, "3. Hurtigere visitation til jobrotation"));
    expect(credits(unknownTitle)).toEqual(["840 fk2-ledighedsydelse-revurdering own_list", "840 fk2-rehabiliteringsteams own_list"]);
  });

  it("credits no one where the page is not headed by one municipality, or the list is not claimed as its own", () => {
    expect(credits(page("Vi deltager i disse tre forsøg:", "Styrelsen for Arbejdsmarked og Rekruttering"))).toEqual([]);
    expect(credits(page("Vi deltager i disse tre forsøg:", "Rebild Kommune og Mariagerfjord Kommune"))).toEqual([]);
    const withoutIntro = (claim: string) => page(claim).map((l) => l.replace(/alle Rebilds/, "flere"));
    expect(credits(withoutIntro("De nordjyske kommuner har kørt disse forsøg:"))).toEqual([]);
    expect(credits(withoutIntro("Vi har ikke nået at deltage i alle vores forsøg:"))).toEqual([]);
    expect(credits(withoutIntro("Vi deltager i disse tre forsøg:"))).toHaveLength(3);
  });

  it("reads a status report's table as the list its claim announces (`Kommunen anvender tre af netværkets forsøg`)", () => {
    const report = (claim: string) => [
      "Frederikshavn Kommune",
      "",
      "Status for frikommuneforsøgene",
      claim,
      "",
      "Forsøg                                  Start        Borgere   Bemærkning",
      "Fleksibilitet i tilrettelæggelsen af    01-07-2018   212       Kører",
      "opfølgningssamtaler",
      "Psykologbehandling i jobcentrene        01-01-2019   64        Kører",
      "Mikrolån til opstart af virksomhed      01-03-2019   5         Kører",
    ];
    expect(credits(report("Kommunen anvender tre af netværkets forsøg."))).toEqual([
      "813 fk2-opfoelgningssamtaler own_list complete",
      "813 fk2-psykologbehandling own_list complete",
      "813 fk2-mikrolaan own_list complete",
    ]);
    expect(credits(report("Kommunen anvender fire af netværkets forsøg.")).every((c) => c.endsWith("own_list"))).toBe(true);
    expect(credits(report("Netværket anvender mange forsøg."))).toEqual([]);
  });
});

describe("municipalities tied to a trial by a sentence", () => {
  const news = [
    "Nyt fra frikommunenetværket",
    "",
    "Forsøget med Psykologbehandling i jobcentrene, som Furesø og Ballerup har kørt siden 2018, forlænges.",
    "Allerød har ikke deltaget i forsøget med Mikrolån til opstart af virksomhed.",
    "Ifølge Gribskovs opgørelse har Halsnæs afprøvet Fleksibilitet i tilrettelæggelsen af opfølgningssamtaler.",
    "Hillerød kører Mikrolån til opstart af virksomhed, og Helsingør kører Psykologbehandling i jobcentrene.",
    "Konferencen om Rehabiliteringsteams og fritagelse for rekvirering af lægeattest blev holdt i Aalborg.",
    "Det tidligere Frederiksborg Amt og Holland har prøvet noget, der ligner Mikrolån til opstart af virksomhed.",
    "Forsøget med Fleksibelt kontaktforløb for integrationsmodtagere er kun afprøvet i Thisted og Vesthimmerland.",
    "Forsøget med Mikrolån til opstart af virksomhed, som Rudersdal har kørt, blev vist på et møde hos Egedal og Køge.",
    "Ligesom i Lejre har Greve kørt Seniorjob i private virksomheder, og erfaringerne er sendt til Solrød, Stevns og Faxe.",
  ];

  it("credits those a sentence says took part, and no one named in passing, in a genitive, in a denial or ambiguously", () => {
    expect(credits(news)).toEqual([
      "190 fk2-psykologbehandling named",
      "151 fk2-psykologbehandling named",
      "260 fk2-opfoelgningssamtaler named",
      "787 fk2-kontaktforloeb-integration named complete",
      "820 fk2-kontaktforloeb-integration named complete",
      "230 fk2-mikrolaan named",
      "253 fk1-seniorjob-private named",
    ]);
  });

  it("keeps each part of a joint name, as written, with provenance", () => {
    const { tables } = buildTables(
      [doc(["Status", "", "Frederikshavn/Læsø har siden 2018 kørt forsøget med", "Formkrav ved lovpligtige samtaler for forsikrede ledige."])],
      reference,
    );
    expect(tables.participation.map((p) => [p.municipality_as_written, p.municipality_code, p.source_line, p.source_line_end, p.read_by])).toEqual([
      ["Frederikshavn", 813, 3, 4, "general"],
      ["Læsø", 825, 3, 4, "general"],
    ]);
    expect(tables.participation[0].quote).toBe("Frederikshavn/Læsø har siden 2018 kørt forsøget med Formkrav ved lovpligtige samtaler for forsikrede ledige.");
  });

  it("reads `forsøget` as the one trial of a document about one trial, and as nothing where there are two", () => {
    const one = [
      "Jobcenter Skive",
      "Beskrivelse af forsøget: Fleksibelt kontaktforløb for integrationsmodtagere",
      "",
      "Skive har været med i forsøget siden foråret 2017.",
    ];
    expect(credits(one)).toEqual(["779 fk2-kontaktforloeb-integration named"]);
    expect(credits([...one, "", "Vi ser også på Mikrolån til opstart af virksomhed."])).toEqual([]);
  });

  it("reads `forsøget` in a document of several trials as the one trial the sentence before named, and not past it", () => {
    const item = (before: string[]) => [
      "Nyt fra netværket",
      "",
      "Forsøget med Mikrolån til opstart af virksomhed er slut.",
      ...before,
      "Skive har sparet 200.000 kr., siden forsøget begyndte.",
    ];
    expect(credits(item(["Også forsøget med Psykologbehandling i jobcentrene fortsætter."]))).toEqual(["779 fk2-psykologbehandling named"]);
    expect(credits(item(["", "Også forsøget med Psykologbehandling i jobcentrene fortsætter."]))).toEqual(["779 fk2-psykologbehandling named"]);
    // Two trials before it: which one is meant is open.
    expect(credits(item(["Forsøgene med Psykologbehandling i jobcentrene og Seniorjob i private virksomheder fortsætter."]))).toEqual([]);
    // Two paragraphs away: too far to refer back to.
    expect(credits(item(["", "Også forsøget med Psykologbehandling i jobcentrene fortsætter.", "", "Netværket mødes igen.", ""]))).toEqual([]);
    // A title named without `forsøget med` (a heading, a mention in passing) is not what `forsøget` refers to.
    expect(credits(item(["Vi ser også på Psykologbehandling i jobcentrene."]))).toEqual([]);
  });
});

describe("names listed under a trial's heading", () => {
  it("credits a list right under a heading, through labels and cells, and not a lone name without a label", () => {
    const annex = [
      "--- side 3 ---",
      "3. Mikrolån til opstart af virksomhed",
      "Kommuner",
      "",
      "Gribskov og Halsnæs",
      "",
      "Status",
      "",
      "Afsluttet",
      "",
      "--- side 4 ---",
      "4. Psykologbehandling i jobcentrene – oplæg",
      "",
      "Furesø Kommune",
      "",
      "5. Fleksibilitet i tilrettelæggelsen af opfølgningssamtaler",
      "",
      "31.12.2022",
      "",
      "Helsingør, Fredensborg",
      "og Hillerød",
    ];
    expect(credits(annex)).toEqual([
      "270 fk2-mikrolaan named",
      "260 fk2-mikrolaan named",
      "217 fk2-opfoelgningssamtaler named",
      "210 fk2-opfoelgningssamtaler named",
      "219 fk2-opfoelgningssamtaler named",
    ]);
  });
});

describe("networks, their members and applicants", () => {
  const report = [
    `Frikommunenetværket "${ZEALAND}"`,
    "Årsrapport 2019",
    "",
    "Netværket består af Allerød, Ballerup og Furesø Kommuner samt Gribskov Kommune.",
    "Gribskov Kommune er tovholder for netværket.",
    "Roskilde Kommune har været på besøg hos netværket for at høre om erfaringerne.",
    "Furesø Kommune er tovholder for netværket, som Egedal Kommune har besøgt.",
    "",
    "Forsøget med Mikrolån til opstart af virksomhed er gennemført i alle netværkets kommuner.",
  ];

  it("reads a network's members where the text says so, and a trial run in all of them", () => {
    expect(members(report)).toEqual([`201 ${ZEALAND}`, `151 ${ZEALAND}`, `190 ${ZEALAND}`, `270 ${ZEALAND}`, `270 ${ZEALAND}`, `190 ${ZEALAND}`]);
    expect(credits(report)).toEqual(["201", "151", "190", "270"].map((c) => `${c} fk2-mikrolaan network_member`));
  });

  it("reads a municipality's own document naming one network in its heading as written by a member", () => {
    const page = (head: string, heading: string) => [
      head,
      "",
      "Beskrivelse af forsøg: Mikrolån til opstart af virksomhed",
      "",
      heading,
      "",
      "Forsøget giver lån til nye virksomheder.",
    ];
    expect(members(page("Skive Kommune", `Frikommuneforsøg II · Netværket "${NORTH}"`))).toEqual([`779 ${NORTH}`]);
    // Not issued by one municipality, a heading naming another, or a sentence about the network.
    expect(members(page("Styrelsen for Arbejdsmarked og Rekruttering", `Frikommuneforsøg II · Netværket "${NORTH}"`))).toEqual([]);
    expect(members(page("Skive Kommune", `Netværket "${NORTH}" v/ Aalborg`))).toEqual([`851 ${NORTH}`]);
    expect(members(page("Skive Kommune", `Vi har lært meget af netværket "${NORTH}".`))).toEqual([]);
  });

  it("reads a member taking part with others in the network, and not one only meeting it", () => {
    const status = (sentence: string) => ["Midtvejsstatus for frikommuneforsøgene", "", sentence];
    expect(members(status(`Frederikshavn Kommune deltager sammen med de øvrige nordjyske kommuner i frikommunenetværket ${NORTH}.`))).toEqual([`813 ${NORTH}`]);
    expect(members(status(`Thisted Kommune er en af de øvrige nordjyske kommuner i netværket ${NORTH}.`))).toEqual([`787 ${NORTH}`]);
    expect(members(status(`Frederikshavn Kommune deltog i et møde med netværket ${NORTH}.`))).toEqual([]);
  });

  it("reads no members where `netværket` could be either of two networks", () => {
    const two = [...report.slice(0, 2), `Netværket samarbejder med netværket "${NORTH}".`, ...report.slice(2)];
    expect(members(two)).toEqual([]);
    expect(credits(two)).toEqual([]);
    expect(members([`Gribskov Kommune er tovholder for "${ZEALAND}" og medlem af "${NORTH}".`, "", "Mere om netværkene følger."])).toEqual([]);
  });

  it("takes a network's members for applicants only in an application or a decision on applications", () => {
    const evaluation = [
      "Evaluering af netværkets forsøg",
      "",
      `Frikommunenetværket "${ZEALAND}" ansøgte i 2017 om flere forsøg.`,
      "Netværket består af Ballerup og Furesø Kommuner.",
      "",
      "Forsøget med Mikrolån til opstart af virksomhed blev evalueret i 2020.",
    ];
    expect(credits(evaluation)).toEqual([]);
    expect(credits(evaluation.map((l, i) => (i === 0 ? "Ansøgning om forlængelse af netværkets forsøg" : l)))).toEqual([
      "151 fk2-mikrolaan applicant",
      "190 fk2-mikrolaan applicant",
    ]);
  });

  const form = (title: string) => [
    "ANSØGNING OM FRIKOMMUNEFORSØG",
    "",
    "Ansøger",
    `Frikommunenetværket "${ZEALAND}" indsender ansøgningen.`,
    "",
    "Ansøgende kommuner",
    "Ballerup Kommune",
    "Furesø Kommune (tovholder)",
    "",
    "Forsøgets titel",
    title,
  ];

  it("credits the applicants of an application for one trial, and makes them members of the network sending it", () => {
    expect(credits(form("Psykologbehandling i jobcentrene"))).toEqual(["151 fk2-psykologbehandling applicant", "190 fk2-psykologbehandling applicant"]);
    expect(members(form("Psykologbehandling i jobcentrene"))).toEqual([`151 ${ZEALAND}`, `190 ${ZEALAND}`]);
    expect(credits(form("Psykologbehandling i jobcentrene og Mikrolån til opstart af virksomhed"))).toEqual([]);
  });

  it("credits a network's members with the applications a decision approved, in full or in part, not those refused", () => {
    const letter = [
      "Indenrigsministeriet",
      "",
      `Til frikommunenetværket "${ZEALAND}"`,
      "v/ Ballerup Kommune",
      "",
      "Vi har modtaget netværkets ansøgninger og truffet afgørelse om dem.",
      "",
      "Ansøgning 1: Psykologbehandling i jobcentrene",
      "Afgørelse: Delvist godkendt.",
      "",
      "Ansøgning 2: Mikrolån til opstart af virksomhed",
      "Afgørelse: Afslået.",
      "",
      "Netværket består af Ballerup og Furesø Kommuner.",
    ];
    expect(credits(letter)).toEqual(["151 fk2-psykologbehandling applicant", "190 fk2-psykologbehandling applicant"]);
    expect(members(letter)).toEqual([`151 ${ZEALAND}`, `151 ${ZEALAND}`, `190 ${ZEALAND}`]);
  });
});

describe("a municipality's own application", () => {
  const letter = (owner: string, verdict: string) => [
    "Styrelsen for Arbejdsmarked og Rekruttering",
    "",
    "Ansøgning: Psykologbehandling i jobcentrene",
    "",
    `${owner} af 4. april 2019 er behandlet sammen med Aalborgs og Rebilds bemærkninger.`,
    "",
    `Afgørelse: ${verdict}.`,
  ];

  it("credits the municipality whose application a decision approved, in the genitive or after `fra`", () => {
    expect(credits(letter("Hjørrings ansøgning", "Godkendt"))).toEqual(["860 fk2-psykologbehandling applicant"]);
    expect(credits(letter("Ansøgningen fra Morsø Kommune", "Delvist godkendt"))).toEqual(["773 fk2-psykologbehandling applicant"]);
  });

  it("credits no one for a refused application, nor a genitive not owning one", () => {
    expect(credits(letter("Hjørrings ansøgning", "Afslået"))).toEqual([]);
    expect(credits(letter("Hjørrings byråds ansøgning", "Godkendt"))).toEqual([]);
  });
});

describe("a letter naming its network by a shortened name, its addressee on the line above its text", () => {
  // As a PDF's text layer gives it: no blank line between the address, the heading and the text.
  const letter = [
    "Frikommunenetværket om en mere fleksibel beskæftigelsesindsats",
    "att. Hjørring Kommune",
    "Afgørelse på ansøgninger i tredje runde",
    "Ministeriet modtog den 2. oktober 2018 netværkets to ansøgninger om nye forsøg.",
    "Regeringen imødekommer ansøgningen om Psykologbehandling i jobcentrene.",
    "Netværket består af Hjørring, Frederikshavn og Brønderslev Kommuner.",
  ];

  it("knows the network by the words of its name, and credits its members with the approved application", () => {
    expect(members(letter)).toEqual([`860 ${NORTH}`, `813 ${NORTH}`, `810 ${NORTH}`]);
    expect(credits(letter)).toEqual(["860 fk2-psykologbehandling applicant", "813 fk2-psykologbehandling applicant", "810 fk2-psykologbehandling applicant"]);
  });

  it("credits the letter's figures to no municipality: the one after `att.` is its addressee", () => {
    const { outcomes } = buildTables([doc(letter)], reference).tables;
    expect(outcomes.map((o) => [o.value, o.unit, o.municipality_code])).toEqual([[2, "applications", null]]);
  });

  it("takes a shortened name only where its words are of one network's name alone, and at least half of it", () => {
    const networks = reference.networks;
    expect(networkByWords("en mere fleksibel beskæftigelsesindsats", networks)).toBe(NORTH);
    expect(networkByWords("sammenhængende indsats sammen med borgeren", networks)).toBe(ZEALAND);
    expect(networkByWords("beskæftigelsesindsats", networks)).toBeNull();
    expect(networkByWords("en fleksibel indsats", networks)).toBeNull();
    expect(networkByWords("en mere fleksibel beskæftigelsesindsats for borgeren", networks)).toBeNull();
  });
});

describe("own lists in disagreements", () => {
  it("contradict a credit only for a programme the list covers", () => {
    const own = doc(
      [
        "Hjørring Kommune",
        "",
        "Vores to forsøg:",
        "1. Formkrav ved lovpligtige samtaler for forsikrede ledige",
        "2. Fritagelse for at opdatere indsatsplanens tilbud hver 6. måned",
      ],
      "seeds/901_own.txt",
    );
    const other = doc(
      ["Status", "", "Hjørring har kørt forsøget med Mikrolån til opstart af virksomhed.", "Hjørring har også kørt Seniorjob i private virksomheder."],
      "seeds/902_other.txt",
    );
    const { tables } = buildTables([own, other], reference);
    expect(tables.disagreements.map((d) => [d.trial_id, d.municipality_code, d.doc_id, d.other_doc_id, d.other_says])).toEqual([
      ["fk2-mikrolaan", 860, "902_other", "901_own", "not in the municipality's own list"],
    ]);
  });
});

describe("the general layer on the five seeds", () => {
  it("credits no municipality with a trial the seed does not tie it to", () => {
    for (const seed of fiveSeeds()) {
      const x = readGeneral(seed, "unknown", reference);
      const facts = JSON.parse(dataFile(`test/corpus/facts/${seed.docId}.json`)) as { participation: Array<{ municipality_code: number; trial_id: string }> };
      const stated = new Set(facts.participation.map((p) => `${p.municipality_code} ${p.trial_id}`));
      const rows = buildTables([seed], reference).tables.participation;
      for (const p of x.participation) {
        const code = rows.find((r) => r.municipality_as_written === p.municipality_as_written)?.municipality_code;
        expect(
          stated.has(`${code} ${reference.trialTitles.get(foldTitle(p.title_as_written))}`),
          `${seed.docId}:${p.source_line} ${p.municipality_as_written}`,
        ).toBe(true);
      }
    }
    const form = readGeneral(realSeed(SEED_FILES.form), "unknown", reference);
    expect(form.participation.map((p) => p.municipality_as_written)).toEqual(["Aalborg", "Jammerbugt", "Thisted", "Rebild"]);
  });
});

describe("the municipality a figure speaks for", () => {
  it("is the one a sentence opens with as its subject, and none where it names two, a joint name or a genitive", () => {
    const { tables } = buildTables(
      [
        doc([
          "Status for besparelserne",
          "",
          "Morsø Kommune har opgjort en besparelse på ca. 2,5 mio. kr. på lægehonorarer.",
          "Ifølge Viborgs opgørelse har forsøget sparet 300.000 kr. i administration.",
          "Aalborg og Hjørring har tilsammen sparet 2 mio. kr. på attester.",
          "Frederikshavn/Læsø har sparet over 1 mio. kroner på lægeattester.",
          "Thisted Kommunes jobcenter har brugt 150.000 kr. på kurser.",
        ]),
      ],
      reference,
    );
    expect(tables.outcomes.map((o) => [o.source_line, o.value, o.municipality_code])).toEqual([
      [3, 2500000, 773],
      [4, 300000, null],
      [5, 2000000, null],
      [6, 1000000, null],
      [7, 150000, null],
    ]);
  });
});

describe("counts in running text", () => {
  it("keeps every count with its unit, not only kroner, persons and municipalities (a layout parser keeps only results)", () => {
    const { outcomes } = read([
      "Status for netværket",
      "",
      "Af de ni forsøg i netværket er 312 attester sparet, og omkring 250 sager om året er behandlet uden møde.",
      "Netværket sendte tre ansøgninger, og 72 pct. af de adspurgte var tilfredse.",
    ]);
    expect(outcomes.map((o) => [o.value, o.unit, o.qualifier])).toEqual([
      [9, "trials", "exact"],
      [312, "certificates", "exact"],
      [250, "cases", "approximate"],
      [3, "applications", "exact"],
      [72, "percent", "exact"],
    ]);
  });
});

describe("counts in every unit an evaluation report uses (issue 10)", () => {
  // An evaluation chapter's results, OCR-damaged (`ø` as `0`, `å` as `a`), a sentence wrapped across lines.
  const chapter = [
    "Kapitel 4. Resultater i jobcentrene",
    "",
    "I forsøgsperioden fik 48 ledige i gennemsnit 6 samtaler, og hver samtale varede",
    "omkring 45 minutter. Sagsbehandlerne sparede ca. 3 timers arbejde pr. sag.",
    "Knap 120 sager blev afsluttet inden for 8 uger mod tidligere 14 uger.",
    "Over 30 borgere var i job efter 6 maaneder, og ledigheden faldt 2,5 procentpoint.",
    "Mere end 25 ressourcefor10b blev forlaenget uden m0de.",
    "Se tabel 3 pa side 12 og reglerne i § 17 samt lov nr. 1234, tlf. 72 20 00 00.",
    "Hver samtale tog 1-2 timer.",
  ];

  it("reads each count with its unit, qualifier, line and sentence", () => {
    const { outcomes } = read(chapter);
    expect(outcomes.filter((o) => o.kind === "quantitative").map((o) => [o.source_line, o.value, o.unit, o.qualifier])).toEqual([
      [3, 48, "persons", "exact"],
      [3, 6, "conversations", "exact"],
      [4, 3, "hours", "approximate"],
      [5, 120, "cases", "at_most"],
      [5, 8, "weeks", "exact"],
      [5, 14, "weeks", "exact"],
      [6, 30, "persons", "at_least"],
      [6, 6, "months", "exact"],
      [6, 2.5, "percentage_points", "exact"],
      [7, 25, "courses", "at_least"],
    ]);
    const hours = outcomes.find((o) => o.unit === "hours");
    expect(hours?.quote).toBe("Sagsbehandlerne sparede ca. 3 timers arbejde pr. sag.");
    expect(outcomes.find((o) => o.unit === "conversations")).toMatchObject({
      source_line: 3,
      source_line_end: 4,
      quote: "I forsøgsperioden fik 48 ledige i gennemsnit 6 samtaler, og hver samtale varede omkring 45 minutter.",
    });
  });

  it("reads no count from a page, paragraph, law or phone number, and reports a range instead of reading it", () => {
    const { outcomes, problems } = read(chapter);
    expect(outcomes.filter((o) => o.source_line === 8 && o.kind === "quantitative")).toEqual([]);
    expect(problems).toEqual([{ source_line: 9, text: "1-2 timer", reason: "a range of counts, not read as one figure" }]);
  });
});

describe("numbers in a trial's title", () => {
  it("are part of its name, not counts (the count beside it is kept)", () => {
    const { outcomes } = read([
      "Status fra jobcentret",
      "",
      "I forsøget Ledighedsydelse – fritagelse for revurdering i 12. måned inden for 18 måneder",
      "har 14 borgere undgået en revurdering.",
    ]);
    // the row is the sentence, on lines 3–4
    expect(outcomes.filter((o) => o.kind === "quantitative").map((o) => [o.source_line, o.source_line_end, o.value, o.unit, o.quote])).toEqual([
      [3, 4, 14, "persons", "I forsøget Ledighedsydelse – fritagelse for revurdering i 12. måned inden for 18 måneder har 14 borgere undgået en revurdering."],
    ]);
  });
});

describe("who runs what in an annual report and a consultation note (issue 10, third round)", () => {
  it("credits the owner of a report in running prose with the trials its claim counts, and no more", () => {
    const report = (claim: string) => [
      "Brønderslev Kommune",
      "Årsberetning for jobcentret",
      "",
      `${claim} Det første er "Formkrav ved lovpligtige samtaler for forsikrede ledige, herunder hyppighed og form", som har kørt siden 1. januar 2018.`,
      "",
      'Det andet forsøg, "Rehabiliteringsteams og fritagelse for rekvirering af lægeattest", begyndte 1. juli 2018.',
    ];
    expect(credits(report("Jobcentret deltog i 2022 i to forsøg."))).toEqual([
      "810 fk2-formkrav-samtaler own_list complete",
      "810 fk2-rehabiliteringsteams own_list complete",
    ]);
    // a claim counting other than the trials named after it says nothing of which they are
    expect(credits(report("Jobcentret deltog i 2022 i tre forsøg."))).toEqual([]);
    expect(credits(report("Netværket deltog i 2022 i to forsøg."))).toEqual([]);
  });

  it("reads a network's coordinator as its member", () => {
    const text = [`Kommunen er med i frikommunenetværket "${NORTH}".`, "Netværket koordineres af Aalborg Kommune."];
    expect(members(["Nyt fra jobcentret", "", text.join(" ")])).toEqual([`851 ${NORTH}`]);
  });

  it("credits the municipalities in brackets right after a trial's title, and only those", () => {
    const note = (item: string) => ["Høringsnotat", "", "Udkastet omfatter:", item];
    expect(credits(note("b) Fleksibilitet i tilrettelæggelsen af opfølgningssamtaler (Helsingør, Fredensborg og Thisted)."))).toEqual([
      "217 fk2-opfoelgningssamtaler named",
      "210 fk2-opfoelgningssamtaler named",
      "787 fk2-opfoelgningssamtaler named",
    ]);
    expect(credits(note("b) Fleksibilitet i tilrettelæggelsen af opfølgningssamtaler (se Helsingør Kommunes notat)."))).toEqual([]);
    expect(credits(note("b) Fleksibilitet i tilrettelæggelsen af opfølgningssamtaler. Helsingør (ikke med) har spurgt."))).toEqual([]);
  });

  it("refers `Forsøget` to the trial a list item names alone", () => {
    const note = [
      "Høringsnotat",
      "",
      "b) Psykologbehandling i jobcentrene. Forsøget udløb 31. dec. 2021.",
      "c) Differentiering i valg af lægeattester på sygedagpengeområdet. Forsøget, som Morsø og",
      "Thisted Kommuner har deltaget i siden 1/3 2018, forlænges til ultimo 2023.",
    ];
    expect(credits(note)).toEqual(["773 fk2-laegeattester-sygedagpenge named", "787 fk2-laegeattester-sygedagpenge named"]);
  });
});

describe("a trial named by words only its title has (issue 10, fourth round)", () => {
  const mentioned = (lines: string[]) => buildTables([doc(lines)], reference).tables.mentions.map((m) => `${m.source_line} ${m.trial_id}`);

  it("reads `forsøget med X`, X words of one catalogue title and of no other, as that trial", () => {
    expect(mentioned(["Svar", "", "Jammerbugt og Thisted deltager også i forsøget med opfølgningssamtaler, som jeg har omtalt."])).toEqual([
      "3 fk2-opfoelgningssamtaler",
    ]);
    expect(mentioned(["Referat", "", "Forsøget med LÆ 265 holdes inden for budgettet."])).toEqual(["3 fk2-rehabiliteringsteams"]);
    expect(mentioned(["Notat", "", "Frikommuneforsøget vedrørende revalidering blev", "forlænget."])).toEqual(["3 fk2-revalidering"]);
  });

  it("credits the municipalities of its sentence with it, not with the trial named before", () => {
    const answer = [
      "Svar",
      "",
      "Psykologbehandling i jobcentrene kører i Jammerbugt og Thisted.",
      "Jammerbugt og Thisted deltager også i forsøget med opfølgningssamtaler.",
    ];
    expect(credits(answer)).toContain("849 fk2-opfoelgningssamtaler named");
    expect(credits(answer)).toContain("787 fk2-opfoelgningssamtaler named");
  });

  it("reads no trial from words several titles share, from words neither beginning nor ending a catalogue title, or without `forsøget med`", () => {
    expect(mentioned(["Notat", "", "Forsøget med løntilskud fortsætter."])).toEqual([]);
    expect(mentioned(["Notat", "", "Forsøget med samtaler fortsætter."])).toEqual([]);
    expect(mentioned(["Notat", "", "Forsøget med aktivering fortsætter."])).toEqual([]);
    expect(mentioned(["Notat", "", "Forsøget med rehabiliteringsteamet fortsætter."])).toEqual([]);
    expect(mentioned(["Notat", "", "Forsøget med psykologbehandling fortsætter."])).toEqual([]);
    expect(mentioned(["Notat", "", "Forsøget med at holde færre samtaler fortsætter."])).toEqual([]);
    expect(mentioned(["Notat", "", "Antallet af opfølgningssamtaler faldt."])).toEqual([]);
  });
});

describe("minutes' headings without a full stop, and `kommunen` (issue 10, fourth round)", () => {
  const figures = (lines: string[]) => buildTables([doc(lines)], reference).tables.outcomes.map((o) => [o.source_line, o.value, o.municipality_code]);

  it("reads a sentence's subject after the heading line it runs on from (the sentence keeps its lines)", () => {
    expect(figures(["Referat", "", "Sagen er oplyst.", "Økonomi", "Jammerbugt Kommune har sparet ca. 100.000 kr. på forsøget."])).toEqual([[4, 100000, 849]]);
    expect(figures(["Referat", "", "Økonomi", "Jammerbugt Kommune har sparet ca. 100.000 kr. på forsøget."])).toEqual([[3, 100000, 849]]);
    expect(figures(["Referat", "", "Beslutning i udvalget den 3. maj 2021", "Jammerbugt Kommune har sparet 50.000 kr."])).toEqual([[3, 50000, 849]]);
  });

  it("does not break a sentence wrapped before a name", () => {
    expect(figures(["Notat", "", "Besparelsen er opgjort sammen med", "Jammerbugt Kommune og er 100.000 kr."])).toEqual([[3, 100000, null]]);
    expect(figures(["Notat", "", "Det er opgjort. Besparelsen i Aalborg", "Kommune er 100.000 kr."])).toEqual([[3, 100000, null]]);
  });

  it("credits `kommunen` running the trial to the municipality the sentence before opens with", () => {
    const minutes = (first: string) => [
      "Referat",
      "",
      "Resumé",
      `Byrådet skal beslutte, om kommunen fortsætter i forsøget ”Psykologbehandling i jobcentrene”.`,
      "Sagsfremstilling",
      `${first} Forsøget har kørt i kommunen siden 1. januar 2019.`,
    ];
    expect(credits(minutes("Jammerbugt Kommune er med i netværket."))).toEqual(["849 fk2-psykologbehandling named"]);
    expect(credits(minutes("Jammerbugt Kommune og Aalborg Kommune er med i netværket."))).toEqual([]);
    expect(credits(minutes("Netværket koordineres af Jammerbugt Kommune."))).toEqual([]);
  });
});

describe("a list of municipalities after a colon, in a paragraph of its own (issue 10, fourth round)", () => {
  const answer = (intro: string, second = "• Thisted Kommune, der begyndte i foråret 2019.") => [
    "Svar",
    "",
    `Forsøget ”Psykologbehandling i jobcentrene” er et af forsøgene i frikommunenetværket ”${NORTH}”. ${intro}`,
    "",
    "• Jammerbugt Kommune, hvor forsøget har kørt siden 1. januar 2019,",
    second,
  ];

  it("credits each item's municipality with the trial and the network the sentence before the colon speaks of", () => {
    const text = answer("I dag deltager to af netværkets elleve kommuner:");
    expect(credits(text)).toEqual(["849 fk2-psykologbehandling named", "787 fk2-psykologbehandling named"]);
    expect(members(text)).toEqual([`849 ${NORTH}`, `787 ${NORTH}`]);
  });

  it("credits no one where the sentence before the colon takes part in nothing", () => {
    const text = answer("Forsøget er omtalt i disse kommuners svar:", "• Thisted Kommune, som har svaret skriftligt.");
    expect(credits(text)).toEqual(["849 fk2-psykologbehandling named"]);
    expect(members(text)).toEqual([]);
  });
});

describe("a town named like another municipality (issue 10, fourth round)", () => {
  it("credits no one for citizens `fra` a place: Assens is a village in Mariagerfjord as well as a municipality on Funen", () => {
    const minutes = [
      "Referat",
      "",
      "Mariagerfjord Kommune deltager i forsøget ”Psykologbehandling i jobcentrene”. Borgere fra Assens og Hobro har deltaget i forsøget.",
    ];
    expect(credits(minutes)).toEqual(["846 fk2-psykologbehandling named"]);
  });
});
