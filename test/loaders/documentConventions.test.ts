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

describe("membership phrasings", () => {
  it("reads `en af de N kommuner i` and `(som) medlem af` a named network as membership", () => {
    expect(members(["Status", "", "Rebild Kommune er en af de 11 kommuner i det nordjyske frikommunenetværk."])).toEqual(["Rebild Kommune"]);
    expect(members(["Status", "", 'Thisted er én af de elleve kommuner i frikommunenetværket "En mere fleksibel og effektiv beskæftigelsesindsats".'])).toEqual(
      ["Thisted"],
    );
    expect(members(["Status", "", "Morsø Kommune deltager som medlem af det nordjyske frikommune-", "netværk i forsøgene."])).toEqual(["Morsø Kommune"]);
  });

  it("reads the names after a colon where a count of municipalities and the network stand before it", () => {
    expect(
      members(["Nyt", "", 'Ni kommuner står bag netværket "En plan for en sammenhængende indsats sammen med borgeren": Ballerup, Furesø og Gribskov kommune.']),
    ).toEqual(["Ballerup", "Furesø", "Gribskov kommune"]);
  });

  it("makes no member of a municipality that is not, or where no network is named", () => {
    expect(members(["Status", "", "Skive er ikke medlem af det nordjyske frikommunenetværk."])).toEqual([]);
    expect(members(["Status", "", "Aalborg er en af de største kommuner i Danmark."])).toEqual([]);
    expect(members(["Status", "", 'Netværket "En mere fleksibel og effektiv beskæftigelsesindsats" skrev: Aalborg og Hjørring vil fortsætte.'])).toEqual([]);
  });
});

describe("who takes part: a municipality's own bodies and the verbs of trying", () => {
  it("credits a municipality through the genitive of its jobcentre, caseworkers or committee", () => {
    expect(takingPart(["Nyt", "", 'Hjørrings jobcenter kører forsøget "Psykologbehandling i jobcentrene".'])).toEqual(["Hjørrings fk2-psykologbehandling"]);
    expect(takingPart(["Nyt", "", "Thisteds sagsbehandlere er begyndt at bruge Mikrolån til opstart af virksomhed."])).toEqual(["Thisteds fk2-mikrolaan"]);
  });

  it("credits no one through a genitive of something else than the municipality's own body", () => {
    expect(takingPart(["Nyt", "", "Viborgs oversigt viser, at Psykologbehandling i jobcentrene er afprøvet andre steder."])).toEqual([]);
    expect(takingPart(["Nyt", "", "Aalborgs borgere kører selv til Psykologbehandling i jobcentrene."])).toEqual([]);
  });

  it("reads `prøver` and `tester` as taking part, `står uden for` as not", () => {
    expect(takingPart(["Nyt", "", "I Frederikshavn/Læsø prøver man Psykologbehandling i jobcentrene."])).toEqual([
      "Frederikshavn fk2-psykologbehandling",
      "Læsø fk2-psykologbehandling",
    ]);
    expect(takingPart(["Nyt", "", "Thisted og Jammerbugt tester Psykologbehandling i jobcentrene."])).toEqual([
      "Jammerbugt fk2-psykologbehandling",
      "Thisted fk2-psykologbehandling",
    ]);
    expect(takingPart(["Nyt", "", "Morsø står uden for Psykologbehandling i jobcentrene, som resten af netværket kører."])).toEqual([]);
  });
});

describe("label/value fields naming who takes part", () => {
  const block = (who: string) => [
    "Vores forsøg",
    "",
    "Forsøg:   Ledighedsydelse – fritagelse for revurdering i 12. måned",
    "          inden for 18 måneder",
    "Periode:  2019 – 2021",
    who,
  ];
  const basis = (lines: string[]) => read(lines).participation.map((p) => `${p.municipality_as_written} ${p.basis} ${p.source_line}`);

  it("credits the names of a `Hvem:` field with the trial of the block's `Forsøg:` field", () => {
    expect(takingPart(block("Hvem:     Rebild sammen med Aalborg og Thisted Kommuner"))).toEqual([
      "Aalborg fk2-ledighedsydelse-revurdering",
      "Rebild fk2-ledighedsydelse-revurdering",
      "Thisted Kommuner fk2-ledighedsydelse-revurdering",
    ]);
    expect(basis(block("Deltagere: Hjørring"))).toContain("Hjørring named 6");
    expect(basis(block("Ansøgere: Furesø og Gribskov"))).toEqual(expect.arrayContaining(["Furesø applicant 6", "Gribskov applicant 6"]));
  });

  it("takes the trial from the heading right above a block, and a value wrapped onto a lower-case line", () => {
    const lines = [
      "Kapitel 3",
      "",
      "3.2 Psykologbehandling i jobcentrene",
      "",
      "Deltagende kommuner: Aalborg, Jammerbugt",
      "og Thisted",
      "Periode: 1. januar 2019 - 31. december 2021",
    ];
    expect(takingPart(lines)).toEqual(["Aalborg fk2-psykologbehandling", "Jammerbugt fk2-psykologbehandling", "Thisted fk2-psykologbehandling"]);
    expect(read(lines).participation.map((p) => [p.source_line, p.source_line_end])).toEqual([
      [5, 6],
      [5, 6],
      [5, 6],
    ]);
    expect(takingPart(["3.4 Mikrolån til opstart af virksomhed", "", "Kommune: Vesthimmerland", "Status: afsluttet"])).toEqual([
      "Vesthimmerland fk2-mikrolaan",
    ]);
  });

  it("credits no one from another label, a negated or non-name value, or a block under no trial", () => {
    expect(takingPart(block("Kontakt:  Jobcenter Hjørring"))).toEqual([]);
    expect(takingPart(block("Hvem:     Ingen kommuner endnu, Aalborg overvejer"))).toEqual([]);
    expect(takingPart(block("Hvem:     Borgere i Aalborg og Thisted"))).toEqual([]);
    expect(takingPart(["Mødet", "", "Dagsorden", "", "Kommune: Aalborg", "Mødested: Rådhuset i Aabybro"])).toEqual([]);
  });
});

describe("the document's own municipality: letterheads and running heads", () => {
  const list = (head: string[], claim = "Kommunen deltager i følgende forsøg:") => [
    ...head,
    "",
    claim,
    "",
    "Mikrolån til opstart af virksomhed",
    "Psykologbehandling i jobcentrene",
  ];

  it("reads `<Name> Kommune – <unit>` on the first line as the letterhead of the municipality's own list", () => {
    expect(takingPart(list(["Rebild Kommune – Job og Borgerservice", "Vores forsøg"]))).toEqual([
      "Rebild Kommune fk2-mikrolaan",
      "Rebild Kommune fk2-psykologbehandling",
    ]);
    expect(takingPart(list(["THISTED KOMMUNE · Jobcenter Thisted"]))).toEqual(["THISTED KOMMUNE fk2-mikrolaan", "THISTED KOMMUNE fk2-psykologbehandling"]);
  });

  it("takes no letterhead from a line that names the municipality after other words, or names two", () => {
    expect(takingPart(list(["Styrelsen for Arbejdsmarked – brev til Rebild Kommune"]))).toEqual([]);
    expect(takingPart(list(["Rebild Kommune – samarbejde med Aalborg Kommune"]))).toEqual([]);
  });

  it("reads a `Forsøg:` label before a title as a list item, and `med i tre af netværkets forsøg` as the municipality's claim", () => {
    const fields = ["Hjørring Kommune", "", "Her er de forsøg, vi deltager i.", "", "Forsøg:   Mikrolån til opstart af virksomhed", "Status:   Kører"];
    expect(takingPart(fields)).toEqual(["Hjørring Kommune fk2-mikrolaan"]);
    expect(takingPart([...fields.slice(0, 4), "Resultat: Mikrolån til opstart af virksomhed gav 3 lån."])).toEqual([]);
    expect(takingPart(list(["Morsø Kommune"], "Kommunen har været med i to af netværkets forsøg:"))).toEqual([
      "Morsø Kommune fk2-mikrolaan",
      "Morsø Kommune fk2-psykologbehandling",
    ]);
    expect(takingPart(list(["Morsø Kommune"], "Aalborg har været med i to af netværkets forsøg:"))).toEqual([]);
  });

  it("reads a running head at a page's foot as the owner `Kommunen` speaks for", () => {
    const minutes = (head1: string, head2: string) => [
      "--- side 1 ---",
      "Beslutningsprotokol",
      "",
      "Kommunen er en af de 11 kommuner i det nordjyske frikommunenetværk.",
      "",
      head1,
      "--- side 2 ---",
      "Punkt 2",
      "Intet.",
      "",
      head2,
    ];
    expect(members(minutes("Aalborg Kommune – Beskæftigelsesudvalget", "Aalborg Kommune – Beskæftigelsesudvalget"))).toEqual(["Aalborg Kommune"]);
    expect(members(minutes("Aalborg Kommune – Beskæftigelsesudvalget", "Hjørring Kommune – Beskæftigelsesudvalget"))).toEqual([]);
    expect(members(minutes("Sendt til Aalborg Kommune", "Side 2"))).toEqual([]);
  });
});
