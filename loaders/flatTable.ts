/**
 * A table whose first column is municipalities, flattened to one line per row by OCR or a PDF's text
 * (`Kommune  Sager i alt  Heraf fritaget`, then `Aalborg 118 94`, …, `I alt 189 150`): each figure of a
 * row becomes a count for the row's municipality (or the total), in the one unit its column heads count.
 * A row that is not a municipality or a total ends the table; heads naming money, shares or several
 * units give no figures, since which column is which is no longer known.
 */
import { matchMunicipalities, type Register } from "./municipalities.ts";
import { readNumber, unitOfHeads, type Unit } from "./numbers.ts";
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
        rows.push(tableFigure(seed, n, { metric: squash(head[1]), value, unit, municipality: total ? null : name }));
      }
    }
    // Two municipalities' rows at least: one line of a name and figures is no table.
    if (named >= 2) out.push(...rows);
  });
  return out;
}

/** A table's head of years alone (`2021   2022`): two or more, each after the one before. */
function yearsOf(line: string): number[] | null {
  const cells = line.trim().split(/\s+/);
  if (cells.length < 2 || !cells.every((c) => /^(?:19|20)\d{2}$/.test(c))) return null;
  const years = cells.map(Number);
  return years.every((y, i) => !i || y > years[i - 1]) ? years : null;
}

const FIGURE = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
/** A row's label naming money: `Udgift til lægeattester (kr.)`, `Besparelse i kroner`. */
const MONEY = /(?<!\p{L})(?:kr\.?|kroner|DKK|udgift\p{L}*|besparelse\p{L}*|beløb\p{L}*)(?!\p{L})/iu;

/**
 * A table of figures whose columns are years, printed with spaces (`                 2021    2022`, then
 * `Samtaler holdt over telefon   1.418   1.562`): each figure of a row whose label names one unit (a
 * count's noun, or money) becomes a figure of that unit for the column's year. A row without a figure
 * per year, or whose label names no one unit, is not read (its line stays unparsed); the first line that
 * is not a row ends the table. The heads' years are no dates.
 */
export function yearColumnFigures(seed: Seed): OutcomeStatement[] {
  const out: OutcomeStatement[] = [];
  seed.lines.forEach((line, i) => {
    const years = yearsOf(line);
    if (!years) return;
    for (let n = i + 1; n < seed.lines.length; n++) {
      const cells = seed.lines[n].trim().split(/\s{2,}/);
      const figures = cells.slice(1);
      if (cells.length !== years.length + 1 || !figures.every((f) => FIGURE.test(f)) || !/\p{L}/u.test(cells[0])) break;
      const label = cells[0];
      const unit: Unit | null = MONEY.test(label) ? "DKK" : unitOfHeads(label);
      if (!unit) continue;
      figures.forEach((literal, k) => {
        const value = readNumber(literal);
        if (typeof value !== "number") return;
        out.push(tableFigure(seed, n, { metric: `${squash(label)} ${years[k]}`, value, unit, municipality: null }));
      });
    }
  });
  return out;
}

/** A figure read from a table's row on line `n + 1` (0-based `n`): exact, for no named trial, the row its quote. */
function tableFigure(
  seed: Seed,
  n: number,
  { metric, value, unit, municipality }: { metric: string; value: number; unit: Unit; municipality: string | null },
): OutcomeStatement {
  return {
    title_as_written: null,
    municipality_as_written: municipality,
    metric,
    value,
    unit,
    qualifier: "exact",
    approximate: false,
    kind: "quantitative",
    themes: [],
    source_line: n + 1,
    source_line_end: n + 1,
    quote: squash(seed.lines[n]),
  };
}
