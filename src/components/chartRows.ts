// The rows behind the site's charts, computed in plain JavaScript from the tables' JSON copies: what an
// embed draws, and what a chart page draws first, before DuckDB has loaded and its SQL takes over. Each
// function follows one page query (named in its comment) column for column and in the same order;
// test/chartRows.test.ts checks the rows against the seeds, and the browser tests check that a page's
// first chart and the one its SQL draws are the same.
// No imports, so the unit tests can load it.

// Rows as the JSON loaders write them (src/data/<table>.json.ts): dates are epoch milliseconds. Each type
// names the columns read here and by the pages' first charts; loaders/schema.ts has them all.

export interface TrialRow {
  trial_id: string;
  title: string;
  programme: string;
  start_date: number | null;
  start_precision: string | null;
  end_date: number | null;
  end_precision: string | null;
  status: string | null;
  extended_until: number | null;
  recommendation: string | null;
  doc_id: string;
  source_line: number;
  quote: string;
}
export interface MentionRow {
  trial_id: string;
  number: number | null;
}
export interface ParticipationRow {
  trial_id: string;
  /** null: the name as written matched no municipality. */
  municipality_code: number | null;
  municipality_as_written: string;
  match: string;
  basis: string;
  doc_id: string;
  source_line: number;
  source_line_end: number;
  quote: string;
}
export interface MunicipalityRow {
  code: number;
  name: string;
}
export interface NetworkRow {
  network: string;
  municipality_code: number | null;
}
export interface DisagreementRow {
  trial_id: string;
  field: string;
  municipality_code: number | null;
}
export interface EventRow {
  date: number;
  date_precision: string;
  event: string;
  quote: string;
  doc_id: string;
  source_line: number;
}
export interface DocumentRow {
  doc_id: string;
  title: string;
  issuer: string | null;
  programme: string | null;
}
interface OutcomeColumns {
  trial_id: string | null;
  municipality_code: number | null;
  doc_id: string;
  metric: string;
  approximate: boolean;
  themes: string[];
  statement: string;
  source_line: number;
}
/** A figure, with its value and unit, or a finding: the sentence, without. */
export type OutcomeRow = OutcomeColumns & ({ kind: "quantitative"; value: number; unit: string } | { kind: "qualitative"; value: null; unit: null });
/** A row of a table nothing here reads column by column. */
type Row = Record<string, unknown>;

/** The tables' JSON copies, by name. */
export interface Tables {
  trials: TrialRow[];
  mentions: MentionRow[];
  participation: ParticipationRow[];
  municipalities: MunicipalityRow[];
  networks: NetworkRow[];
  disagreements: DisagreementRow[];
  events: EventRow[];
  documents: DocumentRow[];
  outcomes: OutcomeRow[];
  decisions: Row[];
  lines: Row[];
}

interface Filters {
  programme: string | null;
  status?: string | null;
  recommendation?: string | null;
  municipality?: number | "none" | null;
  network?: string | null;
  q?: string;
}

const ascending = (a: unknown, b: unknown) => (a == null ? (b == null ? 0 : 1) : b == null ? -1 : a < b ? -1 : a > b ? 1 : 0);
const DAY = 864e5;

/** A trial as the durations page's queries give it: with its length in days and its number in its document's list. */
export interface TimelineRow extends TrialRow {
  days: number | null;
  number: number | null;
}
/** A trial with a start and an end, so a length. */
type DatedRow = TimelineRow & { start_date: number; end_date: number; days: number };

/** The durations page's `SELECTED` trials: every trial the filters select, with its length in days and list number, in list order. */
export function timelineRows(tables: Tables, filters: Filters): TimelineRow[] {
  const { trials, mentions, participation } = tables;
  const { programme, status = null, recommendation = null, municipality = null, q = "" } = filters;
  const number = new Map<string, number>();
  for (const m of mentions) {
    const least = number.get(m.trial_id);
    if (m.number !== null && (least === undefined || m.number < least)) number.set(m.trial_id, m.number);
  }
  const ran = municipality === null ? null : new Set(participation.filter((p) => p.municipality_code === municipality).map((p) => p.trial_id));
  const search = q.toLowerCase();
  return trials
    .filter((t) =>
      (programme === null || t.programme === programme) &&
      (status === null || t.status === status) &&
      (recommendation === null || t.recommendation === recommendation) &&
      (ran === null || ran.has(t.trial_id)) &&
      t.title.toLowerCase().includes(search))
    .map((t) => ({
      trial_id: t.trial_id, title: t.title, programme: t.programme,
      start_date: t.start_date, start_precision: t.start_precision, end_date: t.end_date, end_precision: t.end_precision,
      status: t.status, extended_until: t.extended_until, recommendation: t.recommendation,
      doc_id: t.doc_id, source_line: t.source_line, quote: t.quote,
      days: t.start_date === null || t.end_date === null ? null : Math.round((t.end_date - t.start_date) / DAY),
      number: number.get(t.trial_id) ?? null,
    }))
    .sort(byNumber);
}

/** Programme, then the trial's number in its document, then id: the durations page's list order. */
const byNumber = (a: TimelineRow, b: TimelineRow) => ascending(a.programme, b.programme) || ascending(a.number, b.number) || ascending(a.trial_id, b.trial_id);
// A trial with both dates has its `days` (timelineRows).
const isDated = (t: TimelineRow): t is DatedRow => t.start_date !== null && t.end_date !== null;

/** The durations page's CHART_SQL order: by start (default), longest first, or by number. */
function timelineOrder(dated: DatedRow[], sort: string): DatedRow[] {
  const key = sort === "duration" ? (t: DatedRow) => -t.days : sort === "start" ? (t: DatedRow) => t.start_date : () => 0;
  return [...dated].sort((a, b) => ascending(key(a), key(b)) || byNumber(a, b));
}

/**
 * What the durations page shows for a set of filters, each part as one of its queries gives it: the
 * first `limit` periods in `sort` order (CHART_SQL), the counts (COUNTS_SQL), every period (TABLE_SQL)
 * and the trials not drawn (LISTS_SQL).
 */
export function durationsRows(tables: Tables, filters: Filters, sort: string, limit: number) {
  const selected = timelineRows(tables, filters);
  const dated = selected.filter(isDated);
  const unused = selected.filter((t) => t.status === "not_used");
  const undated = selected.filter((t) => t.status !== "not_used" && !isDated(t));
  return {
    chart: timelineOrder(dated, sort).slice(0, limit),
    counts: {
      dated: dated.length,
      cancelled: dated.filter((t) => t.status === "cancelled").length,
      extended: dated.filter((t) => t.extended_until !== null && t.extended_until > t.end_date).length,
      unused: unused.length,
      undated: undated.length,
    },
    table: dated,
    unused,
    undated,
  };
}

/**
 * The durations page's MILESTONES_SQL: dated events of the documents of the chosen programme. Past
 * `limit` of them (only a synthetic corpus), one per programme, kind and day: the others would be drawn
 * on top of it.
 */
export function milestoneRows(tables: Tables, { programme }: Filters, limit = Infinity): EventRow[] {
  const programmeOf = new Map(tables.documents.map((d) => [d.doc_id, d.programme]));
  const events = tables.events
    .filter((e) => programme === null || programmeOf.get(e.doc_id) === programme)
    .map((e) => ({ date: e.date, date_precision: e.date_precision, event: e.event, quote: e.quote, doc_id: e.doc_id, source_line: e.source_line }))
    .sort((a, b) => ascending(a.date, b.date) || ascending(a.doc_id, b.doc_id) || a.source_line - b.source_line);
  if (events.length <= limit) return events;
  const seen = new Set<string>();
  const key = (e: EventRow) => `${programmeOf.get(e.doc_id)}|${e.date}|${e.event}`;
  return events.filter((e) => !seen.has(key(e)) && !!seen.add(key(e)));
}

/** The municipalities that took part, by name: the durations page's municipality filter. */
export function participatingMunicipalities(tables: Tables): Array<{ code: number; name: string }> {
  const codes = new Set(tables.participation.map((p) => p.municipality_code));
  return tables.municipalities
    .filter((m) => codes.has(m.code))
    .map((m) => ({ code: m.code, name: m.name }))
    .sort((a, b) => ascending(a.name, b.name));
}

/**
 * The participation page's `municipality_groups` view: a municipality's network, or, for one in no
 * network, the programme(s) it ran trials in and its name.
 */
export function municipalityGroups(tables: Tables): Map<number | null, string> {
  const { participation, trials, municipalities, networks } = tables;
  const programmeOf = new Map(trials.map((t) => [t.trial_id, t.programme]));
  const networkOf = new Map(networks.map((n) => [n.municipality_code, n.network]));
  const nameOf = new Map<number | null, string>(municipalities.map((m) => [m.code, m.name]));
  const programmes = new Map<number | null, Set<string>>();
  for (const p of participation) {
    if (!programmes.has(p.municipality_code)) programmes.set(p.municipality_code, new Set());
    programmes.get(p.municipality_code)!.add(programmeOf.get(p.trial_id)!);
  }
  return new Map(Array.from(programmes, ([code, names]) => [code, networkOf.get(code) ?? `${[...names].sort().join(" + ")}: ${nameOf.get(code)}`]));
}

/** The participation page's `statements`: one row per document statement, filtered by programme and network. */
export function participationRows(tables: Tables, { programme, network = null }: Filters) {
  const { participation, trials, municipalities, documents, disagreements } = tables;
  const trialOf = new Map(trials.map((t) => [t.trial_id, t]));
  const nameOf = new Map<number | null, string>(municipalities.map((m) => [m.code, m.name]));
  const documentOf = new Map(documents.map((d) => [d.doc_id, d]));
  const groupOf = municipalityGroups(tables);
  const disputed = new Set(disagreements.filter((x) => x.field === "participation").map((x) => `${x.trial_id}|${x.municipality_code}`));
  return participation
    .map((p) => {
      const t = trialOf.get(p.trial_id)!;
      return {
        trial_id: p.trial_id, trial: t.title, programme: t.programme,
        municipality_code: p.municipality_code, municipality: nameOf.get(p.municipality_code), group: groupOf.get(p.municipality_code),
        municipality_as_written: p.municipality_as_written, match: p.match, basis: p.basis,
        doc_id: p.doc_id, document: documentOf.get(p.doc_id)!.title, source_line: p.source_line, source_line_end: p.source_line_end, quote: p.quote,
        disputed: disputed.has(`${p.trial_id}|${p.municipality_code}`),
      };
    })
    .filter((s) => (programme === null || s.programme === programme) && (network === null || s.group === network))
    .sort((a, b) => ascending(a.doc_id, b.doc_id) || a.source_line - b.source_line || ascending(a.municipality, b.municipality));
}

/** The outcomes page's QUANTITATIVE_SQL: the figures the documents report, by unit, largest first. */
export function figureRows(tables: Tables) {
  const titleOf = new Map<string | null, string>(tables.trials.map((t) => [t.trial_id, t.title]));
  const documentOf = new Map(tables.documents.map((d) => [d.doc_id, d.title]));
  return tables.outcomes
    .filter((o) => o.kind === "quantitative")
    .map((o) => ({
      metric: o.metric, value: o.value, unit: o.unit, approximate: o.approximate,
      trial: titleOf.get(o.trial_id) ?? null, statement: o.statement, document: documentOf.get(o.doc_id), doc_id: o.doc_id, source_line: o.source_line,
    }))
    .sort((a, b) => ascending(a.unit, b.unit) || b.value - a.value);
}

/** The distinct values, sorted: a filter's options, as `SELECT DISTINCT … ORDER BY` gives them. */
export function distinctSorted<T>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort(ascending);
}
