// The rows behind the site's charts, computed in plain JavaScript from the tables' JSON copies: what an
// embed draws, and what a chart page draws first, before DuckDB has loaded and its SQL takes over. Each
// function follows one page query (named in its comment) column for column and in the same order;
// test/chartRows.test.ts checks the rows against the seeds, and the browser tests check that a page's
// first chart and the one its SQL draws are the same.
// No imports, so the unit tests can load it.

type Row = Record<string, any>;
/** Tables as the JSON loaders write them (src/data/<table>.json.ts): dates are epoch milliseconds. */
export type Tables = Record<string, Row[]>;

interface Filters {
  programme: string | null;
  network?: string | null;
}

const ascending = (a: unknown, b: unknown) => (a == null ? (b == null ? 0 : 1) : b == null ? -1 : a < b ? -1 : a > b ? 1 : 0);

/**
 * The participation page's `municipality_groups` view: a municipality's network, or, for one in no
 * network, the programme(s) it ran trials in and its name.
 */
export function municipalityGroups(tables: Tables): Map<number, string> {
  const { participation, trials, municipalities, networks } = tables;
  const programmeOf = new Map(trials.map((t) => [t.trial_id, t.programme]));
  const networkOf = new Map(networks.map((n) => [n.municipality_code, n.network]));
  const nameOf = new Map(municipalities.map((m) => [m.code, m.name]));
  const programmes = new Map<number, Set<string>>();
  for (const p of participation) {
    if (!programmes.has(p.municipality_code)) programmes.set(p.municipality_code, new Set());
    programmes.get(p.municipality_code)!.add(programmeOf.get(p.trial_id));
  }
  return new Map(Array.from(programmes, ([code, names]) => [code, networkOf.get(code) ?? `${[...names].sort().join(" + ")}: ${nameOf.get(code)}`]));
}

/** The participation page's `statements`: one row per document statement, filtered by programme and network. */
export function participationRows(tables: Tables, { programme, network = null }: Filters): Row[] {
  const { participation, trials, municipalities, documents, disagreements } = tables;
  const trialOf = new Map(trials.map((t) => [t.trial_id, t]));
  const nameOf = new Map(municipalities.map((m) => [m.code, m.name]));
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

/** The distinct values, sorted: a filter's options, as `SELECT DISTINCT … ORDER BY` gives them. */
export function distinctSorted<T>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort(ascending);
}
