// Running text over seed lines (loaders/prose.ts): text tables whose cells wrap onto a continuation row.
import { describe, expect, it } from "vitest";
import { readGeneral } from "../../loaders/general.ts";
import { passage, spanOf } from "../../loaders/prose.ts";
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
