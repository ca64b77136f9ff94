/**
 * A table whose first column is municipalities, flattened to one line per row by OCR or a PDF's text
 * (`Kommune  Sager i alt  Heraf fritaget`, then `Aalborg 118 94`, …, `I alt 189 150`): each figure of a
 * row becomes a count for the row's municipality (or the total), in the one unit its column heads count.
 * A row that is not a municipality or a total ends the table; heads naming money, shares or several
 * units give no figures, since which column is which is no longer known.
 */
import { matchMunicipalities, type Register } from "./municipalities.ts";
import { readNumber, unitOfHeads } from "./numbers.ts";
import { squash, type Seed } from "./seed.ts";
import type { OutcomeStatement } from "./types.ts";

const HEAD = /^\s*(?:kommuner?|kommunenavn)\s+(\S.*)$/iu;
const ROW = /^\s*(\p{Lu}[\p{L}@0./-]*(?:\s+\p{L}[\p{L}@0./-]*){0,2})((?:\s+\d{1,3}(?:\.\d{3})+|\s+\d+)+)\s*$/u;
const TOTAL = /^(?:i\s+alt|total|samlet|alle)$/iu;

export function flatTableFigures(seed: Seed, register: Register): OutcomeStatement[] {
  const out: OutcomeStatement[] = [];
  seed.lines.forEach((line, i) => {
    const head = HEAD.exec(line);
    if (!head) return;
    const unit = unitOfHeads(head[1]);
    if (!unit) return;
    const rows: OutcomeStatement[] = [];
    let named = 0;
    for (let n = i + 1; n < seed.lines.length; n++) {
      const row = ROW.exec(seed.lines[n]);
      if (!row) break;
      const name = row[1].trim();
      const total = TOTAL.test(name);
      if (!total && !matchMunicipalities(name, register)) break;
      if (!total) named++;
      for (const literal of row[2].trim().split(/\s+/)) {
        const value = readNumber(literal);
        if (typeof value !== "number") continue;
        rows.push({
          title_as_written: null,
          municipality_as_written: total ? null : name,
          metric: squash(head[1]),
          value,
          unit,
          qualifier: "exact",
          approximate: false,
          kind: "quantitative",
          themes: [],
          source_line: n + 1,
          source_line_end: n + 1,
          quote: squash(seed.lines[n]),
        });
      }
    }
    // Two municipalities' rows at least: one line of a name and figures is no table.
    if (named >= 2) out.push(...rows);
  });
  return out;
}
