/** From decoded seeds and reference data to the published tables: genre dispatch, resolution, coverage. */
import { DECISION_LETTER_FEATURES, DECISIONS_TABLE, parseDecisionLetter } from "./decisionLetter.ts";
import { EVALUATION_FORM_FEATURES, parseEvaluationForm } from "./evaluationForm.ts";
import { EVALUATION_SUMMARY_FEATURES, parseEvaluationSummary, SUMMARY_TABLE } from "./evaluationSummary.ts";
import { readGeneral } from "./general.ts";
import { datesAgree } from "./dates.ts";
import { applySourceMeta } from "./documentMeta.ts";
import { matchMunicipality } from "./municipalities.ts";
import { OVERVIEW_FEATURES, parseOverview } from "./overview.ts";
import { personalData, personalDataWarning } from "./privacy.ts";
import { curatedFile, foldTitle, networkByWords, proposeTrialId, shortNamed, type Reference } from "./reference.ts";
import { TABLE_NAMES, type TableName } from "./schema.ts";
import { SeedError, type Seed } from "./seed.ts";
import type { DocumentExtract, Kind, Programme, TrialStatement } from "./types.ts";
import { WEBINAR_FEATURES, parseWebinar } from "./webinar.ts";

export type Row = Record<string, unknown>;
export type Tables = Record<TableName, Row[]>;

interface Genre {
  kind: Kind;
  /** Features of the genre's layout and wording; a document is of the genre that shows most of them. */
  features: RegExp[];
  parse: (seed: Seed, ref: Reference) => DocumentExtract;
}

const GENRES: Genre[] = [
  { kind: "overview", features: OVERVIEW_FEATURES, parse: (s) => parseOverview(s) },
  { kind: "webinar", features: WEBINAR_FEATURES, parse: (s) => parseWebinar(s) },
  {
    kind: "evaluation_form",
    features: EVALUATION_FORM_FEATURES,
    parse: (s, ref) => parseEvaluationForm(s, (text) => isMunicipalityHeading(text, ref)),
  },
  {
    kind: "decision_letter",
    features: DECISION_LETTER_FEATURES,
    parse: (s, ref) => parseDecisionLetter(s, curatedFile(ref, s.docId, DECISIONS_TABLE)),
  },
  {
    kind: "evaluation_summary",
    features: EVALUATION_SUMMARY_FEATURES,
    parse: (s, ref) => parseEvaluationSummary(s, curatedFile(ref, s.docId, SUMMARY_TABLE)),
  },
];

/** Fewer features than this is chance: `Kære` or `Tabel 1` alone makes no genre. */
const MIN_FEATURES = 2;

/** A heading names a municipality by its name or an alias, with or without `Kommune`; OCR repair is not trusted on a lone line. */
export function isMunicipalityHeading(text: string, ref: Reference): boolean {
  const m = matchMunicipality(text, ref.register);
  return m !== null && m.how !== "ocr";
}

/** The genre whose features the document shows most (at least two), or null: none, or a tie. */
export function detectKind(seed: Seed): Kind | null {
  const text = seed.lines.join("\n");
  const scored = GENRES.map((g) => ({ kind: g.kind, score: g.features.filter((f) => f.test(text)).length })).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  return best.score >= MIN_FEATURES && best.score > second.score ? best.kind : null;
}

/**
 * The document read by its genre's layout parser, or by the general layer when its genre is unknown
 * or the parser does not find its layout (`why` then says so, for the build summary and `lines`).
 */
function readDocument(seed: Seed, ref: Reference, warnings: string[]): { x: DocumentExtract; readBy: string; why: string | null } {
  const kind = detectKind(seed);
  const genre = GENRES.find((g) => g.kind === kind);
  const general = (why: string) => ({ x: readGeneral(seed, kind ?? "unknown", ref), readBy: "general", why });
  if (!genre) {
    warnings.push(`${seed.file}: no known genre; read by the general layer`);
    return general("no known genre");
  }
  try {
    return { x: genre.parse(seed, ref), readBy: genre.kind, why: null };
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    warnings.push(`${seed.file}: recognised as ${genre.kind}, but the layout parser stopped: ${error.message}; read by the general layer`);
    return general(`${genre.kind} layout not found`);
  }
}

/** A name the reference data does not know, kept provisionally; listed for the user to confirm. */
export interface ReviewItem {
  doc_id: string;
  file: string;
  line: number;
  what: "trial" | "municipality" | "network";
  as_written: string;
  /** The id proposed for a new trial; null for a name kept as written. */
  proposed: string | null;
}

export interface Corpus {
  tables: Tables;
  /** Things a reader of the build log must know (unknown documents, coverage). */
  warnings: string[];
  /** Every unknown trial title, municipality and network name of the corpus, in one pass. */
  review: ReviewItem[];
  /** Per document (doc_id): the layout parser that read it, or `general`. */
  readBy: Record<string, string>;
}

type Mention = TrialStatement & { doc_id: string; trial_id: string; read_by: string };

/** Titles and names to reference ids; what the reference does not know is kept provisionally and listed. */
function resolver(ref: Reference, review: ReviewItem[]) {
  const listed = new Set<string>();
  const note = (seed: Seed, line: number, what: ReviewItem["what"], as_written: string, proposed: string | null) => {
    const key = `${seed.docId}|${what}|${as_written}`;
    if (!listed.has(key)) review.push({ doc_id: seed.docId, file: seed.file, line, what, as_written, proposed });
    listed.add(key);
  };
  /** Proposed id → its title as first written, for the provisional rows of `trials`. */
  const provisionalTrials = new Map<string, string>();
  return {
    provisionalTrials,
    trial(title: string, seed: Seed, line: number): { trial_id: string; provisional: boolean } {
      const id = ref.trialTitles.get(foldTitle(title)) ?? shortNamed(title, ref.trialShortNames);
      if (id) return { trial_id: id, provisional: false };
      const proposed = proposeTrialId(title);
      note(seed, line, "trial", title, proposed);
      if (!provisionalTrials.has(proposed)) provisionalTrials.set(proposed, title);
      return { trial_id: proposed, provisional: true };
    },
    municipality(name: string, seed: Seed, line: number): { code: number | null; how: string } {
      const m = matchMunicipality(name, ref.register);
      if (m) return m;
      note(seed, line, "municipality", name, null);
      return { code: null, how: "unresolved" };
    },
    network(name: string, seed: Seed, line: number): string {
      const network = ref.networks.get(foldTitle(name)) ?? networkByWords(name, ref.networks);
      if (network) return network;
      note(seed, line, "network", name, null);
      return name;
    },
  };
}

export function buildTables(seeds: Seed[], ref: Reference): Corpus {
  const warnings: string[] = [];
  const review: ReviewItem[] = [];
  const resolve = resolver(ref, review);
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Row[]])) as Tables;
  tables.municipalities = ref.register.municipalities.map((m) => ({ ...m }));
  const fed = new Map<string, Map<number, Set<string>>>();
  const feed = (seed: Seed, table: string, from: number, to: number) => {
    const lines = fed.get(seed.docId) ?? fed.set(seed.docId, new Map()).get(seed.docId)!;
    for (let n = from; n <= to; n++) (lines.get(n) ?? lines.set(n, new Set()).get(n)!).add(table);
  };
  const skipped = new Map<string, Map<number, string>>();
  const mentionsByTrial = new Map<string, Mention[]>();

  const notes = new Map<string, string>();
  const readers: Record<string, string> = {};
  for (const seed of seeds) {
    const { x, readBy, why } = readDocument(seed, ref, warnings);
    readers[seed.docId] = readBy;
    if (why) notes.set(seed.docId, `general layer (${why})`);
    const doc_id = seed.docId;
    const at = (row: { source_line: number; source_line_end: number }) => ({ doc_id, source_line: row.source_line, source_line_end: row.source_line_end });
    const read_by = (row: { curated?: boolean }) => (row.curated ? "curated" : readBy);
    const trialOf = (title: string, line: number) => resolve.trial(title, seed, line);
    const municipalityOf = (name: string, line: number) => resolve.municipality(name, seed, line);

    tables.documents.push({ doc_id, ...x.document, line_count: seed.lines.length });
    if (x.document.source_line !== null) feed(seed, "documents", x.document.source_line, x.document.source_line);

    for (const t of x.trials) {
      const { trial_id, provisional } = trialOf(t.title_as_written, t.source_line);
      const { title_as_written, number, section, start_date, start_precision, end_date, end_precision, status, extended_until, recommendation, quote } = t;
      tables.mentions.push({
        trial_id,
        ...at(t),
        number,
        section,
        title_as_written,
        start_date,
        start_precision,
        end_date,
        end_precision,
        status,
        extended_until,
        recommendation,
        quote,
        provisional,
        read_by: read_by(t),
      });
      (mentionsByTrial.get(trial_id) ?? mentionsByTrial.set(trial_id, []).get(trial_id)!).push({ ...t, doc_id, trial_id, read_by: read_by(t) });
      feed(seed, "mentions", t.source_line, t.source_line_end);
    }
    for (const p of x.participation) {
      const m = municipalityOf(p.municipality_as_written, p.source_line);
      const trial = trialOf(p.title_as_written, p.source_line);
      tables.participation.push({
        trial_id: trial.trial_id,
        municipality_code: m.code,
        municipality_as_written: p.municipality_as_written,
        match: m.how,
        basis: p.basis,
        complete: p.complete,
        ...at(p),
        quote: p.quote,
        provisional: trial.provisional || m.code === null,
        read_by: read_by(p),
      });
      feed(seed, "participation", p.source_line, p.source_line_end);
    }
    const perLine = new Map<number, number>();
    for (const o of x.outcomes) {
      const n = (perLine.get(o.source_line) ?? 0) + 1;
      perLine.set(o.source_line, n);
      const trial = o.title_as_written === null ? null : trialOf(o.title_as_written, o.source_line);
      const municipality = o.municipality_as_written === null ? null : municipalityOf(o.municipality_as_written, o.source_line);
      tables.outcomes.push({
        outcome_id: `${doc_id}:${o.source_line}:${n}`,
        trial_id: trial?.trial_id ?? null,
        municipality_code: municipality?.code ?? null,
        doc_id,
        metric: o.metric,
        value: o.value,
        unit: o.unit,
        qualifier: o.qualifier,
        approximate: o.approximate,
        kind: o.kind,
        themes: o.themes,
        statement: o.quote,
        source_line: o.source_line,
        source_line_end: o.source_line_end,
        provisional: Boolean(trial?.provisional) || municipality?.code === null,
        read_by: read_by(o),
      });
      feed(seed, "outcomes", o.source_line, o.source_line_end);
    }
    for (const d of x.decisions) {
      tables.decisions.push({
        application: d.application,
        decision: d.decision,
        content: d.content,
        legal_basis: d.legal_basis,
        reservations: d.reservations,
        remarks: d.remarks,
        ...at(d),
        quote: d.quote,
      });
      feed(seed, "decisions", d.source_line, d.source_line_end);
    }
    for (const e of x.events) {
      tables.events.push({
        date: e.date,
        date_precision: e.date_precision,
        year_inferred: e.year_inferred,
        event: e.event,
        trial_id: e.title_as_written === null ? null : trialOf(e.title_as_written, e.source_line).trial_id,
        ...at(e),
        quote: e.quote,
      });
      feed(seed, "events", e.source_line, e.source_line_end);
    }
    for (const n of x.networks) {
      const network = resolve.network(n.network_as_written, seed, n.source_line);
      const m = municipalityOf(n.municipality_as_written, n.source_line);
      tables.networks.push({ network, municipality_code: m.code, municipality_as_written: n.municipality_as_written, match: m.how, ...at(n), quote: n.quote });
      feed(seed, "networks", n.source_line, n.source_line_end);
    }
    for (const f of personalData(seed.lines)) warnings.push(personalDataWarning(seed.file, f));
    // What a reader could not read is not stored; the log names each place once.
    for (const p of new Set(x.problems.map((p) => `${seed.file}:${p.source_line}: ${p.reason}: "${p.text}" (not stored)`))) warnings.push(p);
    const reasons = new Map<number, string>();
    for (const s of x.skipped) for (let n = s.from; n <= s.to; n++) if (!reasons.has(n)) reasons.set(n, s.reason);
    skipped.set(doc_id, reasons);
  }

  const programmeOf = new Map(tables.documents.map((d) => [d.doc_id as string, d.programme as Programme | null]));
  const provisional = [...resolve.provisionalTrials].map(([trial_id, title]) => ({
    trial_id,
    title,
    programme: programmeOf.get(mentionsByTrial.get(trial_id)![0].doc_id) ?? null,
  }));
  tables.trials = consolidateTrials(
    [...ref.trials, ...provisional],
    new Set(resolve.provisionalTrials.keys()),
    mentionsByTrial,
    tables.disagreements,
    warnings,
  );
  tables.disagreements.push(...participationDisagreements(tables.participation, tables.trials));
  tables.lines = coverage(seeds, fed, skipped, notes);
  applySourceMeta(tables, seeds);
  return { tables, warnings, review, readBy: readers };
}

const FIELDS = ["start_date", "end_date", "status", "extended_until", "recommendation"] as const;

/** Two statements of a field agree when equal; dates also when one is vaguer and its span holds the other. */
function agree(field: (typeof FIELDS)[number], a: TrialStatement, b: TrialStatement): boolean {
  if (a[field] === b[field]) return true;
  const precision = (m: TrialStatement) => (field === "start_date" ? m.start_precision : field === "end_date" ? m.end_precision : "day") ?? "day";
  const isDate = field === "start_date" || field === "end_date" || field === "extended_until";
  return isDate && datesAgree({ date: a[field]!, precision: precision(a) }, { date: b[field]!, precision: precision(b) });
}

/**
 * One row per trial. The statement that gives the period defines start, end and status; every other
 * field takes the first value any mention states. Every statement that differs from it — in another
 * document, or in the same one listing the trial again — is recorded as a disagreement, not dropped.
 */
function consolidateTrials(
  definitions: Array<{ trial_id: string; title: string; programme: Programme | null }>,
  provisional: Set<string>,
  mentionsByTrial: Map<string, Mention[]>,
  disagreements: Row[],
  warnings: string[],
): Row[] {
  const rows: Row[] = [];
  for (const def of definitions) {
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
        if (base && other !== base && !agree(field, base, other)) {
          disagreements.push({
            trial_id: def.trial_id,
            field,
            municipality_code: null,
            says: String(base[field]),
            doc_id: base.doc_id,
            source_line: base.source_line,
            other_says: String(other[field]),
            other_doc_id: other.doc_id,
            other_source_line: other.source_line,
          });
        }
      }
    }
    rows.push({
      trial_id: def.trial_id,
      title: def.title,
      programme: def.programme,
      start_date: first("start_date"),
      start_precision: defining.start_precision ?? mentions.find((m) => m.start_date)?.start_precision ?? null,
      end_date: first("end_date"),
      end_precision: defining.end_precision ?? mentions.find((m) => m.end_date)?.end_precision ?? null,
      status: first("status"),
      extended_until: first("extended_until"),
      recommendation: first("recommendation"),
      mention_count: mentions.length,
      document_count: new Set(mentions.map((m) => m.doc_id)).size,
      doc_id: defining.doc_id,
      source_line: defining.source_line,
      source_line_end: defining.source_line_end,
      quote: defining.quote,
      provisional: provisional.has(def.trial_id),
      read_by: defining.read_by,
    });
  }
  return rows;
}

/**
 * Only a list that claims to be complete can leave a municipality out: a document listing a trial's
 * municipalities in full contradicts another that names one it omits, and a municipality's own list
 * of its trials contradicts a document crediting it with a trial the list omits, of a programme the
 * list covers (one of its trials is of that programme: a list of Frikommuneforsøg II trials says
 * nothing about Frikommuneforsøg I, whatever the document says of its own programme).
 * Indexed by trial and by owner, so the check grows with the rows, not with rows × documents.
 */
function participationDisagreements(participation: Row[], trials: Row[]): Row[] {
  const out: Row[] = [];
  const programmeOf = new Map(trials.map((t) => [t.trial_id, t.programme]));
  // own list (document and municipality) → the programmes of its trials
  const covered = new Map<string, Set<unknown>>();
  // trial → document → its rows for that trial, from complete lists of a trial's municipalities
  const fullLists = new Map<unknown, Map<string, Row[]>>();
  // trial → documents naming it at all; municipality → documents that are its own complete list
  const naming = new Map<unknown, Set<unknown>>();
  const ownListsOf = new Map<unknown, Set<string>>();
  for (const p of participation) {
    (naming.get(p.trial_id) ?? naming.set(p.trial_id, new Set()).get(p.trial_id)!).add(p.doc_id);
    if (!p.complete || p.municipality_code === null) continue;
    if (p.basis === "own_list") {
      (ownListsOf.get(p.municipality_code) ?? ownListsOf.set(p.municipality_code, new Set()).get(p.municipality_code)!).add(p.doc_id as string);
      const list = `${p.doc_id}|${p.municipality_code}`;
      (covered.get(list) ?? covered.set(list, new Set()).get(list)!).add(programmeOf.get(p.trial_id));
      continue;
    }
    const docs = fullLists.get(p.trial_id) ?? fullLists.set(p.trial_id, new Map()).get(p.trial_id)!;
    (docs.get(p.doc_id as string) ?? docs.set(p.doc_id as string, []).get(p.doc_id as string)!).push(p);
  }
  const disagree = (p: Row, doc: string, other_says: string, other_source_line: unknown) =>
    out.push({
      trial_id: p.trial_id,
      field: "participation",
      municipality_code: p.municipality_code,
      says: "participates",
      doc_id: p.doc_id,
      source_line: p.source_line,
      other_says,
      other_doc_id: doc,
      other_source_line,
    });
  for (const p of participation) {
    if (p.municipality_code === null) continue;
    for (const [doc, rows] of fullLists.get(p.trial_id) ?? []) {
      if (doc !== p.doc_id && !rows.some((r) => r.municipality_code === p.municipality_code)) {
        disagree(p, doc, "not among the municipalities listed", rows[0].source_line);
      }
    }
    for (const doc of ownListsOf.get(p.municipality_code) ?? []) {
      if (doc !== p.doc_id && !naming.get(p.trial_id)!.has(doc) && covered.get(`${doc}|${p.municipality_code}`)!.has(programmeOf.get(p.trial_id))) {
        disagree(p, doc, "not in the municipality's own list", null);
      }
    }
  }
  return out;
}

/** `notes`: per document, why its unparsed lines are so (the general layer read it). */
function coverage(seeds: Seed[], fed: Map<string, Map<number, Set<string>>>, skipped: Map<string, Map<number, string>>, notes: Map<string, string>): Row[] {
  return seeds.flatMap((seed) =>
    seed.lines.map((text, i) => {
      const line = i + 1;
      const tables = fed.get(seed.docId)?.get(line);
      const reason = skipped.get(seed.docId)?.get(line);
      const status = !text.trim() ? "blank" : tables ? "parsed" : reason ? "skipped" : "unparsed";
      const why = status === "unparsed" ? (notes.get(seed.docId) ?? null) : (reason ?? null);
      return { doc_id: seed.docId, line, text, status, reason: tables ? [...tables].sort().join(", ") : why };
    }),
  );
}
