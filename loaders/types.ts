/** What genre parsers extract from one document: statements with provenance, names still as written. */
import type { DatePrecision } from "./dates.ts";
import type { Qualifier, Unit } from "./numbers.ts";

export type Programme = "Frikommuneforsøg I" | "Frikommuneforsøg II";
export type Kind = "overview" | "webinar" | "evaluation_form" | "decision_letter" | "evaluation_summary";
export type Status = "completed" | "cancelled" | "not_used" | "ongoing";
export type Recommendation = "yes" | "no" | "already_law";
export type Decision = "approved" | "partly_approved" | "not_approved";
export type Theme = "administrative_relief" | "citizen_experience" | "employment_effect" | "economy" | "staff";

/** Where a statement stands: first and last line (1-based) and the verbatim text. */
export interface Source {
  source_line: number;
  source_line_end: number;
  quote: string;
  /** True where a curated file in `data/curated/` placed the statement, not the parser. */
  curated?: boolean;
}

/** Null fields: the general layer read the document and its layout did not say. */
export interface DocumentMeta {
  title: string;
  kind: Kind | "unknown";
  issuer: string | null;
  published: string | null;
  published_precision: DatePrecision | null;
  programme: Programme | null;
  source_line: number | null;
}

export interface TrialStatement extends Source {
  title_as_written: string;
  /** Position in the document's own numbered list. */
  number: number | null;
  section: string | null;
  start_date: string | null;
  start_precision: DatePrecision | null;
  end_date: string | null;
  end_precision: DatePrecision | null;
  status: Status | null;
  extended_until: string | null;
  recommendation: Recommendation | null;
}

/**
 * Why a document credits a municipality with a trial: its own list of its trials, a document naming it
 * for the trial, an application it made, or membership of the network running the trial.
 */
export type Basis = "own_list" | "named" | "applicant" | "network_member";

export interface ParticipationStatement extends Source {
  title_as_written: string;
  municipality_as_written: string;
  basis: Basis;
  /** True when the document's list claims to be complete, so a municipality it leaves out did not take part. */
  complete: boolean;
}

export interface OutcomeStatement extends Source {
  /** null: the statement is about the whole programme. */
  title_as_written: string | null;
  municipality_as_written: string | null;
  metric: string;
  value: number | null;
  unit: Unit | null;
  /** exact | approximate (`ca.`) | at_least (`over`) | at_most (`knap`); exact for qualitative rows. */
  qualifier: Qualifier;
  /** `qualifier === "approximate"`. */
  approximate: boolean;
  kind: "quantitative" | "qualitative";
  themes: Theme[];
}

export interface DecisionStatement extends Source {
  application: string;
  decision: Decision;
  content: string;
  legal_basis: string | null;
  reservations: string | null;
  remarks: string | null;
}

export interface EventStatement extends Source {
  date: string;
  date_precision: DatePrecision;
  /** True when the year is not written and was taken from the document's context. */
  year_inferred: boolean;
  event: string;
  title_as_written: string | null;
}

/** A network as a document names it, with one member municipality as written. */
export interface NetworkStatement {
  network_as_written: string;
  municipality_as_written: string;
  source_line: number;
  source_line_end: number;
  quote: string;
}

/** Lines a parser read on purpose without making a row of them (headings, page furniture, form guidance). */
export interface SkippedLines {
  from: number;
  to: number;
  reason: string;
}

/** Something in a text that a reader could not read: where it starts, the words, and why. */
export interface Unreadable {
  index: number;
  text: string;
  reason: string;
}

/** A place a reader could not read (an impossible date, an ambiguous amount): not stored, reported. */
export interface ReadProblem {
  source_line: number;
  text: string;
  reason: string;
}

export interface DocumentExtract {
  document: DocumentMeta;
  trials: TrialStatement[];
  participation: ParticipationStatement[];
  outcomes: OutcomeStatement[];
  decisions: DecisionStatement[];
  events: EventStatement[];
  networks: NetworkStatement[];
  skipped: SkippedLines[];
  problems: ReadProblem[];
}

/** A place that names a trial and states nothing else about it. */
export function mentionAt(title_as_written: string, { source_line, source_line_end, quote }: Source): TrialStatement {
  return {
    title_as_written,
    number: null,
    section: null,
    start_date: null,
    start_precision: null,
    end_date: null,
    end_precision: null,
    status: null,
    extended_until: null,
    recommendation: null,
    source_line,
    source_line_end,
    quote,
  };
}

export function emptyExtract(document: DocumentMeta): DocumentExtract {
  return { document, trials: [], participation: [], outcomes: [], decisions: [], events: [], networks: [], skipped: [], problems: [] };
}
