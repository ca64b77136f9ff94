/**
 * How well the pipeline's rows for one document agree with what a careful reader found in it (the facts
 * file): recall per kind of fact, rows that state a wrong amount, date or municipality code, wrong
 * participation rows, traps taken, unparsed lines. Pure: facts and rows in, figures out.
 *
 * A fact counts as found when a row states the same thing; figures, dates and decisions must also be
 * stated by a row whose lines cover the fact's line, so a figure read from the wrong sentence does not
 * count. A municipality counts as found when any row of the document credits its code (a heading that
 * attributes the paragraphs below it is used, but cited by no row).
 */
import type { Row, Tables } from "../../loaders/corpus.ts";
import { foldTitle, proposeTrialId } from "../../loaders/reference.ts";
import { FACT_KINDS, type FactKind, type Facts } from "./facts.schema.ts";

export interface Tally {
  expected: number;
  found: number;
}

export interface Measurement {
  recall: Record<FactKind, Tally>;
  /** Rows of the document that state an amount no fact has at that place (or with a contradicting qualifier). */
  wrongAmounts: number;
  /** Dates in the document's rows that no fact has at that place. */
  wrongDates: number;
  /** Rows crediting a municipality code the document does not name. */
  wrongCodes: number;
  wrongParticipation: number;
  participationRows: number;
  /** Traps that became rows (`no_row`), and personal data not warned about (`warning`). */
  trapsTaken: number;
  warningsMissing: number;
  unparsedLines: number;
  nonBlankLines: number;
  /** The facts not found, as `kind line: quote`. */
  missed: string[];
}

/** The rows of one document in every table. */
export function rowsOf(tables: Tables, docId: string): Tables {
  return Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, name === "municipalities" ? rows : rows.filter((r) => r.doc_id === docId)]),
  ) as Tables;
}

const covers = (row: Row, line: number) => {
  const from = row.source_line as number | null;
  return from !== null && from !== undefined && from <= line && line <= ((row.source_line_end as number | null) ?? from);
};

const SEASONS: Record<string, number[]> = { spring: [3, 4, 5], summer: [6, 7, 8], autumn: [9, 10, 11], winter: [12, 1, 2] };

/** Whether a stored date (`YYYY-MM-DD` with its precision) says what the fact's date says, at the fact's precision. */
export function sameDate(stored: string, storedPrecision: unknown, fact: string, precision: string): boolean {
  if (precision === "season") {
    const [year, season] = fact.split("-");
    const month = Number(stored.slice(5, 7));
    const y = Number(stored.slice(0, 4)) + (season === "winter" && month <= 2 ? -1 : 0);
    return storedPrecision === "season" && String(y) === year && SEASONS[season].includes(month);
  }
  if (precision === "year") return stored.slice(0, 4) === fact.slice(0, 4);
  if (precision === "month") return stored.slice(0, 7) === fact.slice(0, 7);
  return stored === fact;
}

/** Every date a document's rows state, with the row it comes from and the trial it concerns. */
function statedDates(rows: Tables): Array<{ date: string; precision: unknown; trial: unknown; row: Row; published?: boolean }> {
  const out: Array<{ date: string; precision: unknown; trial: unknown; row: Row; published?: boolean }> = [];
  for (const m of rows.mentions) {
    if (m.start_date) out.push({ date: String(m.start_date), precision: m.start_precision, trial: m.trial_id, row: m });
    if (m.end_date) out.push({ date: String(m.end_date), precision: m.end_precision, trial: m.trial_id, row: m });
    if (m.extended_until) out.push({ date: String(m.extended_until), precision: "day", trial: m.trial_id, row: m });
  }
  for (const e of rows.events) if (e.date) out.push({ date: String(e.date), precision: e.date_precision, trial: e.trial_id, row: e });
  for (const d of rows.documents)
    if (d.published) out.push({ date: String(d.published), precision: d.published_precision, trial: null, row: d, published: true });
  return out;
}

// An end only asked for must be stated as one (an event `extension_requested`), and an extension granted
// must not be stated as asked for or refused; other kinds of date are not told apart by the rows.
const NOT_GRANTED = new Set(["extension_requested", "extension_refused"]);
function extensionAgrees(row: Row, kind: string): boolean {
  if (kind === "extension_requested") return row.event === "extension_requested";
  if (kind === "extension") return !NOT_GRANTED.has(String(row.event));
  return true;
}

/** What the row says about how exact its figure is: a `qualifier` column if the pipeline has one, else `approximate`. */
function qualifierOf(row: Row): string {
  if (typeof row.qualifier === "string") return row.qualifier;
  return row.approximate ? "approximate" : "exact";
}

/** `at_least`/`at_most` stored as plain exact figures lose the qualifier but do not contradict it; `ca.` does. */
const qualifierAgrees = (stored: string, fact: string) => stored === fact || (stored === "exact" && (fact === "at_least" || fact === "at_most"));

export function measure(facts: Facts, rows: Tables, warnings: string[]): Measurement {
  const recall = Object.fromEntries(FACT_KINDS.map((k) => [k, { expected: 0, found: 0 }])) as Record<FactKind, Tally>;
  const missed: string[] = [];
  const tally = (kind: FactKind, found: boolean, fact: { line: number; quote: string }) => {
    recall[kind].expected++;
    if (found) recall[kind].found++;
    else missed.push(`${kind} ${fact.line}: ${fact.quote}`);
  };
  const idOf = (f: { trial_id?: string | null; proposed_id?: string }) => f.trial_id ?? f.proposed_id ?? null;
  // A trial the catalogue lacks has an id chosen by the facts' author; the pipeline proposes its own from
  // the title as written (proposeTrialId). Either names the same trial.
  const proposed = new Map(facts.trials.filter((t) => t.proposed_id).map((t) => [t.proposed_id, proposeTrialId(t.title_as_written)]));
  const sameTrial = (rowId: unknown, factId: string | null | undefined) =>
    !!factId && (rowId === factId || (proposed.has(factId) && rowId === proposed.get(factId)));
  const withCodes = [...rows.participation, ...rows.networks, ...rows.outcomes].filter(
    (r) => r.municipality_code !== null && r.municipality_code !== undefined,
  );

  for (const t of facts.trials)
    tally(
      "trials",
      rows.mentions.some((m) => sameTrial(m.trial_id, idOf(t))),
      t,
    );
  for (const m of facts.municipalities)
    tally(
      "municipalities",
      withCodes.some((r) => r.municipality_code === m.code),
      m,
    );
  for (const p of facts.participation) {
    tally(
      "participation",
      rows.participation.some((r) => r.municipality_code === p.municipality_code && sameTrial(r.trial_id, p.trial_id)),
      p,
    );
  }
  for (const n of facts.networks) {
    tally(
      "networks",
      rows.networks.some((r) => r.municipality_code === n.municipality_code && foldTitle(String(r.network)) === foldTitle(n.network)),
      n,
    );
  }
  const figures = rows.outcomes.filter((o) => typeof o.value === "number");
  for (const a of facts.amounts) {
    tally(
      "amounts",
      figures.some((o) => o.unit === "DKK" && o.value === a.value && covers(o, a.line) && qualifierAgrees(qualifierOf(o), a.qualifier)),
      a,
    );
  }
  for (const c of facts.counts)
    tally(
      "counts",
      figures.some((o) => o.unit !== "DKK" && o.value === c.value && covers(o, c.line)),
      c,
    );
  const dates = statedDates(rows);
  const dateMatches = (d: (typeof dates)[number], f: Facts["dates"][number]) =>
    sameDate(d.date, d.precision, f.date, f.precision) &&
    extensionAgrees(d.row, f.kind) &&
    (d.published ? f.kind === "publication" : covers(d.row, f.line)) &&
    (f.trial_id === null || d.trial === null || d.trial === undefined || d.trial === f.trial_id);
  for (const f of facts.dates)
    tally(
      "dates",
      dates.some((d) => dateMatches(d, f)),
      f,
    );
  for (const f of facts.decisions) {
    tally(
      "decisions",
      rows.decisions.some((d) => d.decision === f.decision && (covers(d, f.line) || foldTitle(String(d.application)) === foldTitle(f.application))),
      f,
    );
  }

  const namedCodes = new Set<number>([
    ...facts.municipalities.map((m) => m.code),
    ...facts.participation.map((p) => p.municipality_code),
    ...facts.networks.map((n) => n.municipality_code),
  ]);
  // A fact's trial by its id and, for one the catalogue lacks, by the id the pipeline proposes for it.
  const participates = new Set(
    facts.participation.flatMap((p) =>
      [p.trial_id, proposed.get(p.trial_id)].filter((id): id is string => id !== undefined).map((id) => `${p.municipality_code} ${id}`),
    ),
  );
  const lines = rows.lines;
  const named = [...rows.participation, ...rows.networks];
  // A trap is taken when a row at its place reads a municipality into it (Holland → Lolland).
  const taken = (t: Facts["traps"][number]) =>
    named.some(
      (r) =>
        covers(r, t.line) &&
        String(r.municipality_as_written ?? "") !== "" &&
        (t.text.includes(String(r.municipality_as_written)) || String(r.municipality_as_written).includes(t.text)),
    );
  return {
    recall,
    wrongAmounts: figures.filter(
      (o) => o.unit === "DKK" && !facts.amounts.some((a) => a.value === o.value && covers(o, a.line) && qualifierAgrees(qualifierOf(o), a.qualifier)),
    ).length,
    wrongDates: dates.filter((d) => !facts.dates.some((f) => dateMatches(d, f))).length,
    wrongCodes: withCodes.filter((r) => !namedCodes.has(r.municipality_code as number)).length,
    wrongParticipation: rows.participation.filter((r) => !participates.has(`${r.municipality_code} ${r.trial_id}`)).length,
    participationRows: rows.participation.length,
    trapsTaken: facts.traps.filter((t) => t.expect === "no_row" && taken(t)).length,
    warningsMissing: facts.traps.filter(
      (t) =>
        t.expect === "warning" &&
        !warnings.some((w) => w.includes(facts.document_file.replace(/^.*\//, "")) && (w.includes(`:${t.line}`) || w.includes(t.text))),
    ).length,
    unparsedLines: lines.filter((l) => l.status === "unparsed").length,
    nonBlankLines: lines.filter((l) => l.status !== "blank").length,
    missed,
  };
}

/** Sums measurements (of the documents of one kind, or all). */
export function combine(ms: Measurement[]): Measurement {
  const sum = (f: (m: Measurement) => number) => ms.reduce((n, m) => n + f(m), 0);
  return {
    recall: Object.fromEntries(FACT_KINDS.map((k) => [k, { expected: sum((m) => m.recall[k].expected), found: sum((m) => m.recall[k].found) }])) as Record<
      FactKind,
      Tally
    >,
    wrongAmounts: sum((m) => m.wrongAmounts),
    wrongDates: sum((m) => m.wrongDates),
    wrongCodes: sum((m) => m.wrongCodes),
    wrongParticipation: sum((m) => m.wrongParticipation),
    participationRows: sum((m) => m.participationRows),
    trapsTaken: sum((m) => m.trapsTaken),
    warningsMissing: sum((m) => m.warningsMissing),
    unparsedLines: sum((m) => m.unparsedLines),
    nonBlankLines: sum((m) => m.nonBlankLines),
    missed: ms.flatMap((m) => m.missed),
  };
}

/** Found over expected across all kinds of fact; null when nothing was expected. */
export function overallRecall(m: Measurement): number | null {
  const t = FACT_KINDS.reduce((a, k) => ({ expected: a.expected + m.recall[k].expected, found: a.found + m.recall[k].found }), { expected: 0, found: 0 });
  return t.expected ? t.found / t.expected : null;
}
