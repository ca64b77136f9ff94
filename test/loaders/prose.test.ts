// Running text over seed lines (loaders/prose.ts): text tables whose cells wrap onto a continuation row.
import { describe, expect, it } from "vitest";
import { readGeneral } from "../../loaders/general.ts";
import { passage, sentences, spanOf } from "../../loaders/prose.ts";
import type { Seed } from "../../loaders/seed.ts";
import { reference } from "./helpers.ts";

const doc = (lines: string[]): Seed => ({ docId: "900_table", file: "seeds/900_table.txt", lines });

describe("a text table's wrapped cells", () => {
  const table = [
    "| Nr. | Forsøg                                     | Periode    |",
    "|-----|--------------------------------------------|------------|",
    "| 1   | Ledighedsydelse – fritagelse for revurdering | 01.07.2018 |",
    "|     | i 12. måned inden for 18 måneder           | –          |",
    "| 2   | Mikrolån til opstart af                    | 2018       |",
    "|     | virksomhed                                 |            |",
  ];

  it("reads a row's cell with its continuation as one phrase, each part on its own line", () => {
    const p = passage(doc(table), 1, table.length);
    const title = "Ledighedsydelse – fritagelse for revurdering i 12. måned inden for 18 måneder";
    const at = p.text.indexOf(title);
    expect(at).toBeGreaterThan(0);
    expect(spanOf(p, at, at + title.length)).toMatchObject({ source_line: 3, source_line_end: 4 });
    // The other columns stay in their row, continuation included.
    expect(p.text).toContain("| 01.07.2018 –");
  });

  it("lets the general layer find titles wrapped in their column", () => {
    const ids = readGeneral(doc(["Kommunens forsøg", "", ...table]), "unknown", reference).trials.map((t) => [
      t.title_as_written,
      t.source_line,
      t.source_line_end,
    ]);
    expect(ids).toEqual([
      ["Ledighedsydelse – fritagelse for revurdering i 12. måned inden for 18 måneder", 5, 6],
      ["Mikrolån til opstart af virksomhed", 7, 8],
    ]);
  });

  it("leaves a row with its first cell filled, a ragged row and lines that are no table alone", () => {
    const rows = ["| 1 | Mikrolån til opstart af |", "| 2 | virksomhed |", "|   | en | ekstra celle |", "Nr. | ikke en tabel |"];
    expect(passage(doc(rows), 1, rows.length).text).toBe("| 1 | Mikrolån til opstart af | 2 | virksomhed | | en | ekstra celle Nr. | ikke en tabel |");
  });
});

describe("a table laid out with spaces", () => {
  // As a PDF's layout text gives a status table: a head of four cells, titles wrapped in their column.
  const table = [
    "Forsøg                                  Start        Borgere   Bemærkning",
    "Fleksibilitet i tilrettelæggelsen af    01-07-2018   212       Kører",
    "opfølgningssamtaler",
    "Psykologbehandling i jobcentrene        01-01-2019      64     Kører",
    "Mikrolån til opstart af virksomhed      -            0         Ikke anvendt",
  ];

  it("reads row by row, a wrapped title joined to its row, each row a sentence", () => {
    const p = passage(doc(table), 1, table.length);
    expect(sentences(p).map((s) => [s.quote, s.source_line])).toEqual([
      ["| Forsøg | Start | Borgere | Bemærkning", 1],
      ["| Fleksibilitet i tilrettelæggelsen af opfølgningssamtaler | 01-07-2018 | 212 | Kører", 2],
      // A figure set to the right of its column's head still falls in that column.
      ["| Psykologbehandling i jobcentrene | 01-01-2019 | 64 | Kører", 4],
      ["| Mikrolån til opstart af virksomhed | - | 0 | Ikke anvendt", 5],
    ]);
  });

  it("lets the general layer tie each row's date to the row's trial, the head skipped", () => {
    const x = readGeneral(doc(["Status", "", ...table]), "unknown", reference);
    expect(x.events.map((e) => [e.date, e.title_as_written, e.source_line])).toEqual([
      ["2018-07-01", "Fleksibilitet i tilrettelæggelsen af opfølgningssamtaler", 4],
      ["2019-01-01", "Psykologbehandling i jobcentrene", 6],
    ]);
    expect(x.skipped).toContainEqual({ from: 3, to: 3, reason: "a table's head or rule" });
  });

  it("reads a text table's rows as sentences too, its head and rule skipped", () => {
    const rows = [
      "| Nr. | Forsøg | Start |",
      "|-----|--------|-------|",
      "| 1 | Mikrolån til opstart af virksomhed | 01.07.2018 |",
      "| 2 | Psykologbehandling i jobcentrene | 01.01.2019 |",
    ];
    const x = readGeneral(doc(rows), "unknown", reference);
    expect(x.events.map((e) => [e.date, e.title_as_written])).toEqual([
      ["2018-07-01", "Mikrolån til opstart af virksomhed"],
      ["2019-01-01", "Psykologbehandling i jobcentrene"],
    ]);
    expect(x.skipped.filter((k) => k.reason === "a table's head or rule").map((k) => k.from)).toEqual([1, 2]);
  });

  it("leaves two columns, and rows of two cells, to be read column by column", () => {
    const two = ["Forsøg                                Periode", "Mikrolån til opstart af virksomhed    2018", "Psykologbehandling i jobcentrene      2019"];
    expect(sentences(passage(doc(two), 1, two.length)).map((s) => s.quote)).toEqual([
      "Forsøg Mikrolån til opstart af virksomhed Psykologbehandling i jobcentrene Periode 2018 2019",
    ]);
  });
});

describe("two columns printed side by side", () => {
  // As OCR or a PDF's layout text gives a two-column table: titles left, periods right, both wrapped.
  const block = [
    "Forsøg                              Periode",
    "Fleksibilitet i forhold til         1. januar 2018 - 31.",
    "forholdstalskravene                 december 2021",
    "Forenkling af bevillings-           1. april 2018 - 31.",
    "grundlaget for revalidering         december 2021",
    "Mikrolån til opstart af",
    "virksomhed                          Ikke anvendt",
  ];

  it("reads the left column, then the right, each piece on its line", () => {
    const p = passage(doc(block), 1, block.length);
    expect(p.text).toBe(
      "Forsøg Fleksibilitet i forhold til forholdstalskravene Forenkling af bevillings- grundlaget for revalidering Mikrolån til opstart af virksomhed " +
        "Periode 1. januar 2018 - 31. december 2021 1. april 2018 - 31. december 2021 Ikke anvendt",
    );
    const at = p.text.indexOf("1. april 2018 - 31. december 2021");
    expect(spanOf(p, at, at + "1. april 2018 - 31. december 2021".length)).toMatchObject({ source_line: 4, source_line_end: 5 });
  });

  it("lets the general layer find the titles and whole dates", () => {
    const x = readGeneral(doc(["Status", "", ...block]), "unknown", reference);
    expect(x.trials.map((t) => t.title_as_written)).toEqual([
      "Fleksibilitet i forhold til forholdstalskravene",
      "Forenkling af bevillings- grundlaget for revalidering",
      "Mikrolån til opstart af virksomhed",
    ]);
    expect(x.events.map((e) => e.date)).toEqual(["2018-01-01", "2021-12-31", "2018-04-01", "2021-12-31"]);
    expect(x.problems).toEqual([]);
  });

  it("reads a block as lines where one gap stands apart, a line runs across the gap, or there is one gap only", () => {
    const joined = (lines: string[]) => passage(doc(lines), 1, lines.length).text;
    // A page head with its page number far right: one gapped line.
    expect(joined(["Frederikshavn Kommune                 Side 1 af 2", "Udvalget - møde 9. juni 2021"])).toBe(
      "Frederikshavn Kommune Side 1 af 2 Udvalget - møde 9. juni 2021",
    );
    // Gaps at different places.
    expect(joined(["Navn:   Aalborg", "Periode:        2018"])).toBe("Navn: Aalborg Periode: 2018");
    // A line of running text across the gap.
    expect(joined(["Titel       1. maj 2017", "Forsøget blev forlænget til udgangen af 2022 efter ansøgning.", "Titel       2. maj 2017"])).toBe(
      "Titel 1. maj 2017 Forsøget blev forlænget til udgangen af 2022 efter ansøgning. Titel 2. maj 2017",
    );
  });
});
