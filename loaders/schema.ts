/**
 * The data contract: every published table, its columns, DuckDB types and meaning. Loaders write
 * Parquet with exactly these columns; the data dictionary is generated from this file.
 */

export type ColumnType = "VARCHAR" | "INTEGER" | "DOUBLE" | "DATE" | "BOOLEAN" | "VARCHAR[]";

export interface Column {
  name: string;
  type: ColumnType;
  description: string;
}

export interface TableSchema {
  description: string;
  columns: Column[];
}

const c = (name: string, type: ColumnType, description: string): Column => ({ name, type, description });

const DOC = c("doc_id", "VARCHAR", "Seed document (file name without extension), see `documents`");
const LINE = c("source_line", "INTEGER", "First line (1-based) of the statement in the seed");
const LINE_END = c("source_line_end", "INTEGER", "Last line of the statement in the seed");
const QUOTE = c("quote", "VARCHAR", "The statement verbatim, lines joined by spaces (OCR errors kept)");
const TRIAL = c("trial_id", "VARCHAR", "Trial, see `trials`");
const PRECISIONS =
  "day | month | quarter | season | half_year | year: a vague date is anchored to its first day (foråret 2020 → 2020-03-01, season), `udgangen af`/`ultimo` and a period's end to its last (udgangen af 2022 → 2022-12-31, year)";
const PRECISION = (what: string) => c(`${what}_precision`, "VARCHAR", `How exact \`${what}\` is: ${PRECISIONS}`);
const PROVISIONAL = c(
  "provisional",
  "BOOLEAN",
  "True where a trial title or municipality name is not in the reference data yet: the trial has a proposed id, the municipality no code (listed for review in the build summary)",
);
const READ_BY = c(
  "read_by",
  "VARCHAR",
  "How the statement was read: the layout parser of its genre (overview | webinar | evaluation_form | decision_letter | evaluation_summary), general (the general layer, for a document of unknown genre or whose layout was not found), or curated (placed by a file in data/curated/)",
);

export const SCHEMA = {
  documents: {
    description: "The seed documents, one row each",
    columns: [
      DOC,
      c("title", "VARCHAR", "Title, as the document gives it (or describes itself)"),
      c("kind", "VARCHAR", "Genre: overview | webinar | evaluation_form | decision_letter | evaluation_summary | unknown"),
      c("issuer", "VARCHAR", "Who wrote or sent it"),
      c("published", "DATE", "Date of publication, when the document states it"),
      PRECISION("published"),
      c("programme", "VARCHAR", "Frikommuneforsøg I | Frikommuneforsøg II; null where the general layer read the document"),
      c("line_count", "INTEGER", "Number of lines in the seed"),
      c("source_line", "INTEGER", "Line the title or genre marker stands on"),
      c("source_url", "VARCHAR", "Address the document was found at, as stated when it was added with `npm run add` (null for the five original seeds)"),
      c("licence", "VARCHAR", "Licence or terms of reuse, as stated when it was added (null for the five original seeds)"),
    ],
  },
  municipalities: {
    description: "Denmark's 98 municipalities (official register in data/municipalities.csv)",
    columns: [
      c("code", "INTEGER", "Official municipality code (kommunekode), e.g. Aalborg 851"),
      c("name", "VARCHAR", "Official short name with æ, ø, å"),
      c("region", "VARCHAR", "Region"),
    ],
  },
  trials: {
    description: "One row per distinct trial, de-duplicated across documents; each value's own source is in `mentions`",
    columns: [
      TRIAL,
      c("title", "VARCHAR", "Canonical title (data/trials.tsv)"),
      c("programme", "VARCHAR", "Frikommuneforsøg I | Frikommuneforsøg II"),
      c("start_date", "DATE", "Start of the trial period"),
      PRECISION("start"),
      c("end_date", "DATE", "End of the trial period (planned end, cancellation date, or end of an ongoing period)"),
      PRECISION("end"),
      c("status", "VARCHAR", "completed | cancelled | not_used | ongoing; null when no document says"),
      c("extended_until", "DATE", "Date the trial was continued or extended to"),
      c("recommendation", "VARCHAR", "Recommended for permanent legislation: yes | no | already_law"),
      c("mention_count", "INTEGER", "Number of places the seeds name this trial"),
      c("document_count", "INTEGER", "Number of documents naming this trial"),
      c("doc_id", "VARCHAR", "Document of the statement that gives the period (else the first mention)"),
      LINE,
      LINE_END,
      QUOTE,
      c("provisional", "BOOLEAN", "True for a trial the catalogue (data/trials.tsv) does not know: its trial_id is proposed from the title as written"),
      c("read_by", "VARCHAR", "How the defining statement was read (see `mentions.read_by`)"),
    ],
  },
  mentions: {
    description: "Every place a document names a trial, with what that place says about it",
    columns: [
      TRIAL,
      DOC,
      c("number", "INTEGER", "Position in the document's own numbered list, if any"),
      c("section", "VARCHAR", "Section of the document's list (e.g. Kopiforsøg fra 3. ansøgningsrunde)"),
      c("title_as_written", "VARCHAR", "The title exactly as the document writes it"),
      c("start_date", "DATE", "Start this place states"),
      PRECISION("start"),
      c("end_date", "DATE", "End this place states"),
      PRECISION("end"),
      c("status", "VARCHAR", "Status this place states"),
      c("extended_until", "DATE", "Extension this place states"),
      c("recommendation", "VARCHAR", "Recommendation this place states"),
      LINE,
      LINE_END,
      QUOTE,
      PROVISIONAL,
      READ_BY,
    ],
  },
  participation: {
    description: "Who ran what: one row per municipality per trial per document that says so",
    columns: [
      TRIAL,
      c("municipality_code", "INTEGER", "Official municipality code"),
      c("municipality_as_written", "VARCHAR", "The name as the document writes it (OCR errors kept)"),
      c("match", "VARCHAR", "How the name was matched to the register: exact | alias | ocr | unresolved (no code)"),
      c(
        "basis",
        "VARCHAR",
        "Why the document credits the municipality: own_list (the municipality's own list of its trials) | named (the document names it for the trial) | applicant (it applied for the trial) | network_member (it belongs to the network running the trial)",
      ),
      c(
        "complete",
        "BOOLEAN",
        "True when the document's list claims to be complete (an own list, the summary's table of each trial's municipalities); only a complete list can contradict another document",
      ),
      DOC,
      LINE,
      LINE_END,
      QUOTE,
      PROVISIONAL,
      READ_BY,
    ],
  },
  outcomes: {
    description: "What the trials achieved, as the documents report it: figures and verbatim findings",
    columns: [
      c("outcome_id", "VARCHAR", "Stable id: doc_id:line:n"),
      c("trial_id", "VARCHAR", "Trial, or null for a programme-wide statement"),
      c("municipality_code", "INTEGER", "Municipality the statement speaks for, or null"),
      DOC,
      c("metric", "VARCHAR", "What is measured (English label for known figures; `finding` for a qualitative statement)"),
      c("value", "DOUBLE", "The figure, e.g. 2500000; null for qualitative rows"),
      c(
        "unit",
        "VARCHAR",
        "DKK | persons | municipalities | cases | certificates | trials | applications | percent | percentage_points | hours | days | weeks | months | conversations (samtaler) | courses (forløb) | responses (høringssvar) | null (a document of no known genre keeps every count; a genre's parser only its results)",
      ),
      c(
        "qualifier",
        "VARCHAR",
        "How the document qualifies the figure: exact | approximate (ca., omkring) | at_least (over, mere end, godt og vel) | at_most (knap, under, op til, op mod); exact for qualitative rows",
      ),
      c("approximate", "BOOLEAN", "True where qualifier is approximate (the document says ca.)"),
      c("kind", "VARCHAR", "quantitative | qualitative"),
      c("themes", "VARCHAR[]", "administrative_relief, citizen_experience, employment_effect, economy, staff (keyword rules in loaders/themes.ts)"),
      c("statement", "VARCHAR", "The sentence verbatim"),
      LINE,
      LINE_END,
      PROVISIONAL,
      READ_BY,
    ],
  },
  decisions: {
    description: "The government's answers to a network's applications",
    columns: [
      c("application", "VARCHAR", "The application (trial applied for)"),
      c("decision", "VARCHAR", "approved | partly_approved | not_approved"),
      c("content", "VARCHAR", "What was applied for (Indhold)"),
      c("legal_basis", "VARCHAR", "Hjemmel"),
      c("reservations", "VARCHAR", "Forbehold"),
      c("remarks", "VARCHAR", "Bemærkninger"),
      DOC,
      LINE,
      LINE_END,
      QUOTE,
    ],
  },
  events: {
    description: "Dated milestones: applications received, hearings, entry into force, extensions, webinars, deadlines",
    columns: [
      c("date", "DATE", "When"),
      c("date_precision", "VARCHAR", PRECISIONS),
      c("year_inferred", "BOOLEAN", "True when the document omits the year and it was read from the document's context"),
      c(
        "event",
        "VARCHAR",
        "application (dated, submitted or a round, also a request for an extension) | application_received | hearing | entry_into_force | extension (the date an extension is decided or stated) | extended_until (an extension's new end, granted or decided: `forlænges til`, `kan fortsætte til`, `videreføres til`) | extension_requested (the end an extension asks for: `har ansøgt om at forlænge … til`, `ønsker forsøget forlænget til`; it does not move the trial's end) | extension_refused (an extension refused or stated not to be given, at the end it would have had or the refusal's date: `afslag på forlængelse`, `ikke forlænget til`) | planned_end (where a period is to end: `løber indtil`, `frem til`, `udløber`, a period's end after its start; read from running text) | cancellation (a trial cancelled, given up, stopped or not used: `annulleret`, `opgivet`, `stoppet`, `ikke anvendt`; read from running text) | deadline | meeting | webinar | correspondence | trial_start | year_end | dated_statement",
      ),
      c("trial_id", "VARCHAR", "Trial concerned, or null"),
      DOC,
      LINE,
      LINE_END,
      QUOTE,
    ],
  },
  networks: {
    description: "Free-municipality networks and their member municipalities",
    columns: [
      c("network", "VARCHAR", "Network name (data/networks.tsv)"),
      c("municipality_code", "INTEGER", "Member municipality"),
      c("municipality_as_written", "VARCHAR", "The name as the document writes it"),
      c("match", "VARCHAR", "exact | alias | ocr | unresolved (no code)"),
      DOC,
      LINE,
      LINE_END,
      QUOTE,
    ],
  },
  disagreements: {
    description: "Places where documents disagree: kept side by side, never resolved silently",
    columns: [
      TRIAL,
      c("field", "VARCHAR", "participation, or the trial attribute that differs"),
      c("municipality_code", "INTEGER", "For participation: the municipality in question"),
      c("says", "VARCHAR", "What the first document says"),
      c("doc_id", "VARCHAR", "First document"),
      c("source_line", "INTEGER", "Its line"),
      c("other_says", "VARCHAR", "What the other document says"),
      c("other_doc_id", "VARCHAR", "Other document"),
      c("other_source_line", "INTEGER", "Its line, when it has one"),
    ],
  },
  lines: {
    description: "Every line of every seed and what became of it (coverage report)",
    columns: [
      DOC,
      c("line", "INTEGER", "Line number (1-based)"),
      c(
        "page",
        "INTEGER",
        "Page of the PDF the line is on, from the `--- side N ---` marker lines a document read from a PDF carries; null for a text document",
      ),
      c("text", "VARCHAR", "The line verbatim"),
      c("status", "VARCHAR", "parsed (fed a row) | skipped (read on purpose, see reason) | unparsed (fed nothing) | blank"),
      c("reason", "VARCHAR", "For skipped lines: why; for parsed lines: the tables fed"),
    ],
  },
} satisfies Record<string, TableSchema>;

export type TableName = keyof typeof SCHEMA;
export const TABLE_NAMES = Object.keys(SCHEMA) as TableName[];
