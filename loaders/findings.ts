/** Outcome statements in running text: figures become quantitative rows, themed sentences qualitative ones. */
import { readQuantities, type Quantity, type Unit } from "./numbers.ts";
import type { Span } from "./prose.ts";
import { themesOf } from "./themes.ts";
import type { OutcomeStatement, ReadProblem } from "./types.ts";

/** Short English names for the figures the seeds report; any other figure is named by its own clause. */
const METRICS: Array<[RegExp, string]> = [
  [/forelægge sager for rehabiliteringsteamet/, "Saved by not presenting cases to the rehabilitation team"],
  [/LÆ 265/, "Saved on LÆ 265 medical certificates"],
  [/fraveget indholdet i de lovpligtige samtaler/, "Municipalities that changed the content of mandatory interviews"],
  [/udskyde første fællessamtale/, "Municipalities that postponed the first joint interview with the unemployment fund"],
  [/kadencen/, "Municipalities that changed the cadence of job interviews"],
  [/deltagere/, "Participants in micro-loans"],
];

/**
 * The units of what a trial achieved: kroner, people, municipalities, cases, certificates. A layout
 * parser knows where its genre reports results and keeps these there; counts of trials, applications
 * and shares (`de 2 understøttende forsøg`) describe the programme rather than its results.
 */
export const RESULT_UNITS: ReadonlySet<Unit> = new Set<Unit>(["DKK", "persons", "municipalities", "cases", "certificates"]);

/** The figure's own clause names it; failing that, the sentence; failing that, the clause verbatim. */
function metricOf(sentence: string, q: Quantity): string {
  const clause = sentence
    .slice(q.index + q.text.length)
    .split(/[,.;]/)[0]
    .trim();
  const named = METRICS.find(([re]) => re.test(clause)) ?? METRICS.find(([re]) => re.test(sentence));
  return named?.[1] ?? (clause || sentence);
}

export interface Subject {
  title_as_written: string | null;
  municipality_as_written: string | null;
}

/**
 * The outcome rows one evaluative sentence yields: one per figure, and the sentence itself as a finding.
 * An amount that cannot be read is added to `problems` and yields no figure. `units`: the figures kept.
 * `names`: offsets in the quote of words that name something (a trial's title: `… inden for 18 måneder`),
 * whose numbers are part of the name, not figures.
 */
export function findingsIn(
  span: Span,
  subject: Subject,
  problems: ReadProblem[],
  units: ReadonlySet<Unit> = RESULT_UNITS,
  names: ReadonlyArray<{ start: number; end: number }> = [],
): OutcomeStatement[] {
  const base = {
    ...subject,
    source_line: span.source_line,
    source_line_end: span.source_line_end,
    quote: span.quote,
    themes: themesOf(`${span.lead ?? ""} ${span.quote}`),
  };
  const read = readQuantities(span.quote);
  for (const p of read.problems) problems.push({ source_line: span.source_line, text: p.text, reason: p.reason });
  const figures = read.quantities
    .filter((q) => units.has(q.unit) && !names.some((n) => q.index < n.end && n.start < q.index + q.text.length))
    .map((q) => ({
      ...base,
      metric: metricOf(span.quote, q),
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier,
      approximate: q.approximate,
      kind: "quantitative" as const,
    }));
  return [...figures, { ...base, metric: "finding", value: null, unit: null, qualifier: "exact", approximate: false, kind: "qualitative" }];
}
