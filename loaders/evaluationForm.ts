/**
 * Genre `evaluation_form`: the ministry's ten-point evaluation form filled in by the municipalities
 * of one trial (seed 002). Labelled fields give title, municipalities and period; points 6–10 hold
 * each municipality's findings under its name; the form's own guidance follows `Vejledning`.
 */
import { periodOf, readDates, type FoundDate } from "./dates.ts";
import { eventsIn } from "./events.ts";
import { findingsIn } from "./findings.ts";
import { splitNameList } from "./municipalities.ts";
import { findLine, isBlank, paragraphs, passage, sentences, spanOf } from "./prose.ts";
import { SeedError, squash, type Seed } from "./seed.ts";
import { emptyExtract, mentionAt, type DocumentExtract, type Status, type TrialStatement } from "./types.ts";

export const EVALUATION_FORM_SIGNATURE = /^\s*Evalueringsskema\b.*frikommune/im;
/** What makes a document the ministry's evaluation form: any two of its title and field labels. */
export const EVALUATION_FORM_FEATURES = [
  EVALUATION_FORM_SIGNATURE,
  /^\s*Forsøgets titel\s*$/m,
  /^\s*Kommune\/region\/institution\s*$/m,
  /^\s*Påbegyndt:/m,
  /Vejledning til evalueringsskemaet/i,
];

/** Page furniture of the parliamentary appendix the form was printed in. */
const FURNITURE = /^\s*(?:Offentligt|BEU Alm\.del - Bilag \d+|Beskæftigelsesudvalget \d{4}-\d{2}.*)\s*$/;
const POINT = /^\s*(\d{1,2})\.?(?:\s+\p{Lu}|\s*$)/u;
/** From point 6 on, the municipalities report what the trial achieved. */
const FIRST_FINDINGS_POINT = 6;

/** True when a line holding only this text names a municipality (`Hjørring`, `Hjørring Kommune`). */
export type IsMunicipality = (text: string) => boolean;

export function parseEvaluationForm(seed: Seed, isMunicipality: IsMunicipality): DocumentExtract {
  const head = findLine(seed, EVALUATION_FORM_SIGNATURE);
  const titleField = field(seed, /^\s*Forsøgets titel\s*$/);
  const municipalitiesField = field(seed, /^\s*Kommune\/region\/institution\s*$/);
  const startField = field(seed, /^\s*Påbegyndt:/);
  const endField = field(seed, /^\s*Afsluttet:/);
  const guidance = findLine(seed, /^\s*Vejledning til evalueringsskemaet\s*$/);
  const title = titleField.value;
  const municipalities = splitNameList(municipalitiesField.value);
  const furniture = seed.lines.flatMap((line, i) => (FURNITURE.test(line) ? [i + 1] : []));

  const out = emptyExtract({
    title: `Evalueringsskema frikommuner: ${title}`,
    kind: "evaluation_form",
    issuer: `${municipalities.join(", ")} Kommuner`,
    published: null,
    published_precision: null,
    programme: "Frikommuneforsøg II",
    source_line: head,
  });
  out.skipped.push(
    { from: head, to: head, reason: "document title" },
    { from: guidance, to: seed.lines.length, reason: "the form's own guidance for filling it in" },
    ...furniture.map((n) => ({ from: n, to: n, reason: "page furniture of the parliamentary appendix" })),
  );
  for (const f of [titleField, municipalitiesField, startField, endField]) out.skipped.push({ from: f.label, to: f.label, reason: "form field label" });

  // Preamble: the extension and when the form was written.
  const preamble = passage(seed, head + 1, titleField.label - 1);
  let extendedUntil: string | null = null;
  for (const s of sentences(preamble)) {
    const events = eventsIn(s, null, out.problems).map((e) => ({ ...e, title_as_written: title }));
    out.events.push(...events);
    extendedUntil ??= events.find((e) => e.event === "extended_until")?.date ?? null;
    if (!events.length) out.skipped.push({ from: s.source_line, to: s.source_line_end, reason: "preamble: what the evaluation rests on" });
  }

  const [startRead, endRead] = [readDates(startField.value), readDates(endField.value)];
  for (const [f, r] of [
    [startField, startRead],
    [endField, endRead],
  ] as const) {
    for (const p of r.problems) out.problems.push({ source_line: f.line, text: p.text, reason: p.reason });
  }
  let [start, end]: Array<FoundDate | undefined> = [startRead.dates[0], endRead.dates[0]];
  if (!start && !startRead.problems.length) throw new SeedError(seed.file, startField.line, `no start date in "${startField.value}"`);
  const order = start && end ? periodOf(start, end, `${start.text} – ${end.text}`, 0) : null;
  if (order && "reason" in order) {
    out.problems.push({ source_line: endField.line, text: order.text, reason: order.reason });
    [start, end] = [undefined, undefined];
  }
  const ongoing = /kører fortsat/i.test(endField.value);
  const status: Status | null = ongoing ? "ongoing" : end ? "completed" : null;
  const period = passage(seed, titleField.line, endField.line);
  const trial: TrialStatement = {
    title_as_written: title,
    number: null,
    section: null,
    start_date: start?.date ?? null,
    start_precision: start?.precision ?? null,
    end_date: end?.date ?? null,
    end_precision: end?.precision ?? null,
    status,
    extended_until: extendedUntil,
    recommendation: null,
    ...spanOf(period, 0, period.text.length),
  };
  out.trials.push(trial);
  for (const name of municipalities) {
    // The form names the municipalities that filled it in; others may run the same trial.
    out.participation.push({
      title_as_written: title,
      municipality_as_written: name,
      basis: "named",
      complete: false,
      ...spanOf(passage(seed, municipalitiesField.line, municipalitiesField.line), 0, municipalitiesField.value.length),
    });
  }

  readPoints(seed, endField.line + 1, guidance - 1, title, isMunicipality, new Set(furniture), out);
  return out;
}

interface Field {
  label: number;
  line: number;
  value: string;
}

/** A label line and the first non-blank line after it. */
function field(seed: Seed, label: RegExp): Field {
  const at = findLine(seed, label);
  for (let n = at + 1; n <= seed.lines.length; n++) {
    if (!isBlank(seed.lines[n - 1])) return { label: at, line: n, value: squash(seed.lines[n - 1]) };
  }
  throw new SeedError(seed.file, at, "form field has no value");
}

/**
 * Points 1–10. Points before 6 describe the trial as planned (skipped, reported). From point 6,
 * a line holding only a municipality's name starts that municipality's answer; a page break
 * (three or more blank lines) ends it, so text after one is not credited to anybody.
 */
function readPoints(seed: Seed, from: number, to: number, title: string, isMunicipality: IsMunicipality, furniture: Set<number>, out: DocumentExtract): void {
  let point = 0;
  let municipality: string | null = null;
  let blanks = 0;
  let runStart: number | null = null;
  const flush = (end: number) => {
    if (runStart === null) return;
    if (point >= FIRST_FINDINGS_POINT) {
      for (const p of paragraphs(seed, runStart, end, (line) => isBlank(line) || /^\s*-\s/.test(line))) {
        for (const s of sentences(p)) {
          out.outcomes.push(...findingsIn(s, { title_as_written: title, municipality_as_written: municipality }, out.problems));
          // A finding dated by its own words (`Siden 2020`, `Fra januar 2022`) is a dated statement too.
          out.events.push(...eventsIn(s, null, out.problems).map((e) => ({ ...e, title_as_written: title })));
          if (point === 8 && /anbefaling/.test(s.quote)) {
            out.trials.push({ ...mentionAt(title, s), recommendation: /afskaffes|permanent/.test(s.quote) ? "yes" : "no" });
          }
        }
      }
    } else {
      out.skipped.push({ from: runStart, to: end, reason: point ? `point ${point}: the trial as planned` : "form fields left empty" });
    }
    runStart = null;
  };
  for (let n = from; n <= to; n++) {
    const line = seed.lines[n - 1];
    if (isBlank(line) || furniture.has(n)) {
      blanks += isBlank(line) ? 1 : 0;
      if (blanks >= 3 && point >= FIRST_FINDINGS_POINT) {
        flush(n - 1);
        municipality = null;
      }
      continue;
    }
    blanks = 0;
    const number = line.match(POINT);
    if (number && Number(number[1]) === point + 1) {
      flush(n - 1);
      point++;
      municipality = null;
      const end = headingEnd(seed, n);
      out.skipped.push({ from: n, to: end, reason: "form point heading" });
      n = end;
    } else if (isMunicipality(squash(line))) {
      flush(n - 1);
      municipality = squash(line);
      out.skipped.push({ from: n, to: n, reason: "municipality heading" });
    } else if (/^\s*-\s/.test(line)) {
      flush(n - 1);
      const end = headingEnd(seed, n);
      out.skipped.push({ from: n, to: end, reason: "form question" });
      n = end;
    } else {
      runStart ??= n;
    }
  }
  flush(to);
}

/** A heading runs to the next blank line. */
function headingEnd(seed: Seed, from: number): number {
  let n = from;
  while (n < seed.lines.length && !isBlank(seed.lines[n])) n++;
  return n;
}
