/** From decoded seeds and reference data to the published tables: genre dispatch, resolution, coverage. */
import { DECISION_LETTER_SIGNATURE, parseDecisionLetter } from "./decisionLetter.ts";
import { EVALUATION_FORM_SIGNATURE, parseEvaluationForm } from "./evaluationForm.ts";
import { EVALUATION_SUMMARY_SIGNATURE, parseEvaluationSummary, type NetworkStatement } from "./evaluationSummary.ts";
import { applySourceMeta } from "./documentMeta.ts";
import { matchMunicipality } from "./municipalities.ts";
import { OVERVIEW_SIGNATURE, parseOverview } from "./overview.ts";
import { foldTitle, type Reference } from "./reference.ts";
import { TABLE_NAMES, type TableName } from "./schema.ts";
import { SeedError, squash, UnknownNameError, type Seed } from "./seed.ts";
import type { DocumentExtract, Kind, TrialStatement } from "./types.ts";
import { WEBINAR_SIGNATURE, parseWebinar } from "./webinar.ts";

export type Row = Record<string, unknown>;
export type Tables = Record<TableName, Row[]>;

type Extract = DocumentExtract & { networks?: NetworkStatement[] };

interface Genre {
  kind: Kind;
  signature: RegExp;
  parse: (seed: Seed, ref: Reference) => Extract;
}

const GENRES: Genre[] = [
  { kind: "overview", signature: OVERVIEW_SIGNATURE, parse: (s) => parseOverview(s) },
  { kind: "webinar", signature: WEBINAR_SIGNATURE, parse: (s) => parseWebinar(s) },
  {
    kind: "evaluation_form", signature: EVALUATION_FORM_SIGNATURE,
    parse: (s, ref) => parseEvaluationForm(s, new Set(ref.register.municipalities.map((m) => m.name))),
  },
  { kind: "decision_letter", signature: DECISION_LETTER_SIGNATURE, parse: (s, ref) => parseDecisionLetter(s, ref.decisionsTsv) },
  { kind: "evaluation_summary", signature: EVALUATION_SUMMARY_SIGNATURE, parse: (s, ref) => parseEvaluationSummary(s, ref.summaryTsv) },
];

/** The genre whose marker the document carries, or null for a document of no known genre. */
export function detectKind(seed: Seed): Kind | null {
  const text = seed.lines.join("\n");
  const kinds = GENRES.filter((g) => g.signature.test(text)).map((g) => g.kind);
  if (kinds.length > 1) throw new SeedError(seed.file, null, `the document carries the markers of several genres: ${kinds.join(", ")}`);
  return kinds[0] ?? null;
}

export interface Corpus {
  tables: Tables;
  /** Things a reader of the build log must know (unknown documents, coverage). */
  warnings: string[];
}

export function buildTables(seeds: Seed[], ref: Reference): Corpus {
  const warnings: string[] = [];
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Row[]])) as Tables;
  tables.municipalities = ref.register.municipalities.map((m) => ({ ...m }));
  const fed = new Map<string, Map<number, Set<string>>>();
  const feed = (seed: Seed, table: string, from: number, to: number) => {
    const lines = fed.get(seed.docId) ?? fed.set(seed.docId, new Map()).get(seed.docId)!;
    for (let n = from; n <= to; n++) (lines.get(n) ?? lines.set(n, new Set()).get(n)!).add(table);
  };
  const skipped = new Map<string, Map<number, string>>();
  const owners = new Map<string, number>();
  const mentionsByTrial = new Map<string, Array<TrialStatement & { doc_id: string; trial_id: string }>>();

  for (const seed of seeds) {
    const kind = detectKind(seed);
    const genre = GENRES.find((g) => g.kind === kind);
    if (!genre) {
      warnings.push(`${seed.file}: no known genre; its ${seed.lines.filter((l) => l.trim()).length} non-blank lines are reported as unparsed`);
      tables.documents.push({
        doc_id: seed.docId, title: squash(seed.lines.find((l) => l.trim()) ?? ""), kind: "unknown", issuer: null,
        published: null, published_precision: null, programme: null, line_count: seed.lines.length, source_line: null,
      });
      continue;
    }
    const x = genre.parse(seed, ref);
    const doc_id = seed.docId;
    const at = (row: { source_line: number; source_line_end: number }) => ({ doc_id, source_line: row.source_line, source_line_end: row.source_line_end });
    const trialOf = (title: string, line: number) => resolveTrial(title, seed, line, ref);
    const municipalityOf = (name: string, line: number) => resolveMunicipality(name, seed, line, ref);

    tables.documents.push({ doc_id, ...x.document, line_count: seed.lines.length });
    feed(seed, "documents", x.document.source_line, x.document.source_line);

    for (const t of x.trials) {
      const trial_id = trialOf(t.title_as_written, t.source_line);
      const { title_as_written, number, section, start_date, start_precision, end_date, end_precision, status, extended_until, recommendation, quote } = t;
      tables.mentions.push({
        trial_id, ...at(t), number, section, title_as_written, start_date, start_precision, end_date, end_precision,
        status, extended_until, recommendation, quote,
      });
      (mentionsByTrial.get(trial_id) ?? mentionsByTrial.set(trial_id, []).get(trial_id)!).push({ ...t, doc_id, trial_id });
      feed(seed, "mentions", t.source_line, t.source_line_end);
    }
    const ownList = genre.kind === "overview" || genre.kind === "webinar";
    for (const p of x.participation) {
      const m = municipalityOf(p.municipality_as_written, p.source_line);
      if (ownList) owners.set(doc_id, m.code);
      tables.participation.push({
        trial_id: trialOf(p.title_as_written, p.source_line), municipality_code: m.code,
        municipality_as_written: p.municipality_as_written, match: m.how, basis: ownList ? "own_list" : "named",
        ...at(p), quote: p.quote,
      });
      feed(seed, "participation", p.source_line, p.source_line_end);
    }
    const perLine = new Map<number, number>();
    for (const o of x.outcomes) {
      const n = (perLine.get(o.source_line) ?? 0) + 1;
      perLine.set(o.source_line, n);
      tables.outcomes.push({
        outcome_id: `${doc_id}:${o.source_line}:${n}`,
        trial_id: o.title_as_written === null ? null : trialOf(o.title_as_written, o.source_line),
        municipality_code: o.municipality_as_written === null ? null : municipalityOf(o.municipality_as_written, o.source_line).code,
        doc_id, metric: o.metric, value: o.value, unit: o.unit, qualifier: o.qualifier, approximate: o.approximate, kind: o.kind,
        themes: o.themes, statement: o.quote, source_line: o.source_line, source_line_end: o.source_line_end,
      });
      feed(seed, "outcomes", o.source_line, o.source_line_end);
    }
    for (const d of x.decisions) {
      tables.decisions.push({ application: d.application, decision: d.decision, content: d.content, legal_basis: d.legal_basis, reservations: d.reservations, remarks: d.remarks, ...at(d), quote: d.quote });
      feed(seed, "decisions", d.source_line, d.source_line_end);
    }
    for (const e of x.events) {
      tables.events.push({
        date: e.date, date_precision: e.date_precision, year_inferred: e.year_inferred, event: e.event,
        trial_id: e.title_as_written === null ? null : trialOf(e.title_as_written, e.source_line), ...at(e), quote: e.quote,
      });
      feed(seed, "events", e.source_line, e.source_line_end);
    }
    for (const n of x.networks ?? []) {
      const network = ref.networks.get(foldTitle(n.network_as_written));
      if (!network) throw new UnknownNameError(seed.file, n.source_line, "network", n.network_as_written, `network "${n.network_as_written}" is not in data/networks.tsv`);
      const m = municipalityOf(n.municipality_as_written, n.source_line);
      tables.networks.push({ network, municipality_code: m.code, municipality_as_written: n.municipality_as_written, match: m.how, ...at(n), quote: n.quote });
      feed(seed, "networks", n.source_line, n.source_line_end);
    }
    // What a reader could not read is not stored; the log names each place once.
    for (const p of new Set(x.problems.map((p) => `${seed.file}:${p.source_line}: ${p.reason}: "${p.text}" (not stored)`))) warnings.push(p);
    const reasons = new Map<number, string>();
    for (const s of x.skipped) for (let n = s.from; n <= s.to; n++) if (!reasons.has(n)) reasons.set(n, s.reason);
    skipped.set(doc_id, reasons);
  }

  tables.trials = consolidateTrials(ref, mentionsByTrial, tables.disagreements, warnings);
  tables.disagreements.push(...participationDisagreements(tables.participation, tables.documents, owners));
  tables.lines = coverage(seeds, fed, skipped);
  applySourceMeta(tables, seeds);
  const unparsed = new Map<unknown, number>();
  for (const l of tables.lines) if (l.status === "unparsed") unparsed.set(l.doc_id, (unparsed.get(l.doc_id) ?? 0) + 1);
  for (const seed of seeds) {
    const count = unparsed.get(seed.docId) ?? 0;
    if (count) warnings.push(`${seed.file}: ${count} non-blank lines fed no row and were not skipped on purpose (see table \`lines\`, status unparsed)`);
  }
  return { tables, warnings };
}

function resolveTrial(title: string, seed: Seed, line: number, ref: Reference): string {
  const id = ref.trialTitles.get(foldTitle(title));
  if (!id) throw new UnknownNameError(seed.file, line, "trial", title, `trial "${title}" is not in data/trial_titles.tsv; add the title as written with its trial_id`);
  return id;
}

function resolveMunicipality(name: string, seed: Seed, line: number, ref: Reference) {
  const m = matchMunicipality(name, ref.register);
  if (!m) throw new UnknownNameError(seed.file, line, "municipality", name, `"${name}" matches no municipality in data/municipalities.csv closely enough; add an alias to data/municipality_aliases.csv if it is one`);
  return m;
}

const FIELDS = ["start_date", "end_date", "status", "extended_until", "recommendation"] as const;

/**
 * One row per trial. The statement that gives the period defines start, end and status; every other
 * field takes the first value any mention states. Differing values from different documents are
 * recorded as disagreements.
 */
function consolidateTrials(
  ref: Reference,
  mentionsByTrial: Map<string, Array<TrialStatement & { doc_id: string; trial_id: string }>>,
  disagreements: Row[],
  warnings: string[],
): Row[] {
  const rows: Row[] = [];
  for (const def of ref.trials) {
    const mentions = mentionsByTrial.get(def.trial_id);
    if (!mentions) {
      warnings.push(`data/trials.tsv: trial ${def.trial_id} is named by no seed`);
      continue;
    }
    const defining = mentions.find((m) => m.start_date || m.status) ?? mentions[0];
    const first = <K extends (typeof FIELDS)[number]>(field: K) =>
      (defining[field] ?? mentions.find((m) => m[field] !== null)?.[field] ?? null) as TrialStatement[K];
    for (const field of FIELDS) {
      const stated = mentions.filter((m) => m[field] !== null);
      const base = stated.find((m) => m[field] === first(field));
      for (const other of stated) {
        if (base && other.doc_id !== base.doc_id && other[field] !== base[field]) {
          disagreements.push({
            trial_id: def.trial_id, field, municipality_code: null,
            says: String(base[field]), doc_id: base.doc_id, source_line: base.source_line,
            other_says: String(other[field]), other_doc_id: other.doc_id, other_source_line: other.source_line,
          });
        }
      }
    }
    rows.push({
      trial_id: def.trial_id, title: def.title, programme: def.programme,
      start_date: first("start_date"), start_precision: defining.start_precision ?? mentions.find((m) => m.start_date)?.start_precision ?? null,
      end_date: first("end_date"), end_precision: defining.end_precision ?? mentions.find((m) => m.end_date)?.end_precision ?? null,
      status: first("status"), extended_until: first("extended_until"), recommendation: first("recommendation"),
      mention_count: mentions.length, document_count: new Set(mentions.map((m) => m.doc_id)).size,
      doc_id: defining.doc_id, source_line: defining.source_line, source_line_end: defining.source_line_end, quote: defining.quote,
    });
  }
  return rows;
}

/**
 * A document that lists a trial's municipalities in full contradicts another that names a municipality
 * it leaves out; a municipality's own list contradicts a document crediting it with a trial it omits.
 * Indexed by trial and by owner, so the check grows with the rows, not with rows × documents.
 */
function participationDisagreements(participation: Row[], documents: Row[], owners: Map<string, number>): Row[] {
  const out: Row[] = [];
  const programmeOf = new Map(documents.map((d) => [d.doc_id, d.programme]));
  // trial → document → its rows for that trial
  const listed = new Map<unknown, Map<string, Row[]>>();
  for (const p of participation) {
    const docs = listed.get(p.trial_id) ?? listed.set(p.trial_id, new Map()).get(p.trial_id)!;
    const rows = docs.get(p.doc_id as string) ?? docs.set(p.doc_id as string, []).get(p.doc_id as string)!;
    rows.push(p);
  }
  const ownListsOf = new Map<number, string[]>();
  for (const [doc, code] of owners) (ownListsOf.get(code) ?? ownListsOf.set(code, []).get(code)!).push(doc);
  const disagree = (p: Row, doc: string, other_says: string, other_source_line: unknown) =>
    out.push({
      trial_id: p.trial_id, field: "participation", municipality_code: p.municipality_code,
      says: "participates", doc_id: p.doc_id, source_line: p.source_line,
      other_says, other_doc_id: doc, other_source_line,
    });
  for (const p of participation) {
    const docs = listed.get(p.trial_id)!;
    for (const [doc, rows] of docs) {
      if (doc === p.doc_id || owners.has(doc)) continue;
      if (!rows.some((r) => r.municipality_code === p.municipality_code)) disagree(p, doc, "not among the municipalities listed", rows[0].source_line);
    }
    for (const doc of ownListsOf.get(p.municipality_code as number) ?? []) {
      if (doc !== p.doc_id && !docs.has(doc) && programmeOf.get(doc) === programmeOf.get(p.doc_id)) disagree(p, doc, "not in the municipality's own list", null);
    }
  }
  return out;
}

function coverage(seeds: Seed[], fed: Map<string, Map<number, Set<string>>>, skipped: Map<string, Map<number, string>>): Row[] {
  return seeds.flatMap((seed) =>
    seed.lines.map((text, i) => {
      const line = i + 1;
      const tables = fed.get(seed.docId)?.get(line);
      const reason = skipped.get(seed.docId)?.get(line);
      const status = !text.trim() ? "blank" : tables ? "parsed" : reason ? "skipped" : "unparsed";
      return { doc_id: seed.docId, line, text, status, reason: tables ? [...tables].sort().join(", ") : reason ?? null };
    }),
  );
}
