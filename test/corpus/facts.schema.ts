/**
 * What a careful human reader finds in one document of the test corpus, written down before any
 * extraction code reads it (issue 10). Every fact names its 1-based line in the document's text and a
 * verbatim quote from that line (for a fact written over several lines: from its first line), so a
 * test can check that the fact is where it says it is. For a PDF the text is the extraction committed
 * beside it (`<name>.txt`, pages marked `--- side N ---`).
 */

export const DOCUMENT_KINDS = [
  "municipality_list",
  "ministry_letter",
  "ministry_news",
  "committee_report",
  "application_form",
  "trial_description",
  "network_evaluation",
  "decision_letter",
  // the seeds' genres
  "overview",
  "webinar",
  "evaluation_form",
  "evaluation_summary",
] as const;
export const VARIANTS = ["ocr", "layout", "new_programme", "pdf", "scanned", "multi_page"] as const;
export const BASES = ["own_list", "named", "applicant", "network_member"] as const;
export const QUALIFIERS = ["exact", "approximate", "at_least", "at_most"] as const;
export const PRECISIONS = ["day", "month", "season", "year"] as const;
/** `extension`: an end a trial is extended or allowed to continue to; `extension_requested`: one only asked for. */
export const DATE_KINDS = ["start", "end", "extension", "extension_requested", "cancelled", "decision", "application", "publication", "other"] as const;
export const DECISIONS = ["approved", "partly_approved", "not_approved"] as const;

type Of<T extends readonly string[]> = T[number];

/** Where a fact stands. `line_end` when it runs over several lines (a wrapped title). */
export interface Located {
  line: number;
  line_end?: number;
  quote: string;
}

/** A catalogued trial has `trial_id` (data/trials.tsv); one the catalogue lacks has `proposed_id`. */
interface TrialRef {
  trial_id?: string;
  proposed_id?: string;
}

export interface Facts {
  /** The text the lines refer to, relative to the repository root. */
  document_file: string;
  /** The PDF the text was extracted from, if any. */
  pdf?: string;
  kind: Of<typeof DOCUMENT_KINDS>;
  variants: Array<Of<typeof VARIANTS>>;
  /** Written after the readers were tuned on the other documents and before they were changed for it: the measure of their generality. */
  held_out?: boolean;
  /** Whether the facts are the real ones (as other public documents state them) or invented. */
  basis: "real" | "invented" | "mixed";
  note: string;
  document: Located & {
    title: string;
    issuer: string;
    /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the document. */
    date: string | null;
    date_precision: Of<typeof PRECISIONS> | null;
    programme: string | null;
  };
  trials: Array<Located & TrialRef & { title_as_written: string; programme: string }>;
  /** Every place a municipality is named as such (not a town, county, region or address). */
  municipalities: Array<Located & { code: number; as_written: string }>;
  /** Who ran (or applied for) what; `list_complete`: the document claims to list all of the trial's municipalities. */
  participation: Array<Located & { municipality_code: number; trial_id: string; basis: Of<typeof BASES>; list_complete: boolean }>;
  networks: Array<Located & { network: string; municipality_code: number }>;
  /** Kroner, signed; `per` when the document says per year, case, … */
  amounts: Array<
    Located & { value: number; unit: "DKK"; qualifier: Of<typeof QUALIFIERS>; trial_id: string | null; municipality_code: number | null; per?: string }
  >;
  counts: Array<Located & { value: number; unit: string; qualifier: Of<typeof QUALIFIERS>; trial_id: string | null; municipality_code: number | null }>;
  /**
   * One date each; a period is a `start` and an `end`. `date` is as precise as the document:
   * `YYYY-MM-DD` (day), `YYYY-MM` (month), `YYYY-spring|summer|autumn|winter` (season), `YYYY` or
   * `YYYY-12-31` (year: "udgangen af 2023").
   */
  dates: Array<Located & { trial_id: string | null; kind: Of<typeof DATE_KINDS>; date: string; precision: Of<typeof PRECISIONS> }>;
  decisions: Array<Located & TrialRef & { application: string; decision: Of<typeof DECISIONS> }>;
  /** Things a careful reader does not take as facts; `warning`: to be reported (personal data), not stored. */
  traps: Array<Located & { text: string; why_not: string; expect: "no_row" | "warning" }>;
}

export const FACT_KINDS = ["trials", "municipalities", "participation", "networks", "amounts", "counts", "dates", "decisions"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const DATE = /^\d{4}(-\d{2}(-\d{2})?|-(spring|summer|autumn|winter))?$/;

/**
 * Structural errors in a parsed facts file, each naming the field; empty when it is valid.
 * `known`: trial ids of the catalogue, so a `trial_id` must exist there and a `proposed_id` must not.
 */
export function validateFacts(value: unknown, known: Set<string>): string[] {
  const errors: string[] = [];
  const fail = (path: string, what: string) => errors.push(`${path}: ${what}`);
  if (!isObject(value)) return ["top level: not an object"];
  const f = value as Record<string, unknown>;
  str(f, "document_file", "", fail);
  if (f.pdf !== undefined) str(f, "pdf", "", fail);
  oneOf(f, "kind", DOCUMENT_KINDS, "", fail);
  if (!Array.isArray(f.variants) || f.variants.some((v) => !(VARIANTS as readonly unknown[]).includes(v)))
    fail("variants", `not a list of ${VARIANTS.join(" | ")}`);
  if (f.held_out !== undefined && typeof f.held_out !== "boolean") fail("held_out", "not a boolean");
  oneOf(f, "basis", ["real", "invented", "mixed"], "", fail);
  str(f, "note", "", fail);
  if (!isObject(f.document)) fail("document", "missing");
  else {
    const d = f.document as Record<string, unknown>;
    located(d, "document", fail);
    for (const k of ["title", "issuer"]) str(d, k, "document.", fail);
    if (d.date !== null && !(typeof d.date === "string" && DATE.test(d.date))) fail("document.date", "not null or a date");
    if (d.date_precision !== null) oneOf(d, "date_precision", PRECISIONS, "document.", fail);
    if (d.programme !== null) str(d, "programme", "document.", fail);
  }
  const trialRef = (o: Record<string, unknown>, path: string, required: boolean) => {
    if (o.trial_id !== undefined && o.trial_id !== null) {
      if (!known.has(o.trial_id as string)) fail(`${path}.trial_id`, `"${o.trial_id}" is not in data/trials.tsv`);
    } else if (o.proposed_id !== undefined) {
      if (typeof o.proposed_id !== "string" || !/^[a-z0-9]+(-[a-z0-9]+)+$/.test(o.proposed_id)) fail(`${path}.proposed_id`, "not an id like fk2-some-title");
      else if (known.has(o.proposed_id)) fail(`${path}.proposed_id`, "is in the catalogue: use trial_id");
    } else if (required) fail(path, "needs trial_id or proposed_id");
  };
  const code = (o: Record<string, unknown>, k: string, path: string, nullable = false) => {
    const v = o[k];
    if (!(nullable && v === null) && !(Number.isInteger(v) && (v as number) >= 101 && (v as number) <= 860)) fail(`${path}.${k}`, "not a municipality code");
  };
  const items = (key: string, check: (o: Record<string, unknown>, path: string) => void) => {
    if (!Array.isArray(f[key])) return fail(key, "not a list");
    for (const [i, o] of (f[key] as unknown[]).entries()) {
      const path = `${key}[${i}]`;
      if (!isObject(o)) {
        fail(path, "not an object");
        continue;
      }
      located(o as Record<string, unknown>, path, fail);
      check(o as Record<string, unknown>, path);
    }
  };
  const idOrProposed = (o: Record<string, unknown>, path: string) => {
    // participation and dates may name a trial the catalogue lacks by its proposed id
    if (o.trial_id === null) return;
    if (typeof o.trial_id !== "string") return fail(`${path}.trial_id`, "not a string or null");
    if (!known.has(o.trial_id) && !/^[a-z0-9]+(-[a-z0-9]+)+$/.test(o.trial_id)) fail(`${path}.trial_id`, "neither catalogued nor a proposed id");
  };
  items("trials", (o, p) => {
    str(o, "title_as_written", `${p}.`, fail);
    str(o, "programme", `${p}.`, fail);
    trialRef(o, p, true);
  });
  items("municipalities", (o, p) => {
    code(o, "code", p);
    str(o, "as_written", `${p}.`, fail);
  });
  items("participation", (o, p) => {
    code(o, "municipality_code", p);
    idOrProposed(o, p);
    if (o.trial_id === null) fail(`${p}.trial_id`, "missing");
    oneOf(o, "basis", BASES, `${p}.`, fail);
    if (typeof o.list_complete !== "boolean") fail(`${p}.list_complete`, "not a boolean");
  });
  items("networks", (o, p) => {
    str(o, "network", `${p}.`, fail);
    code(o, "municipality_code", p);
  });
  const figure = (o: Record<string, unknown>, p: string) => {
    if (typeof o.value !== "number" || !Number.isFinite(o.value)) fail(`${p}.value`, "not a number");
    str(o, "unit", `${p}.`, fail);
    oneOf(o, "qualifier", QUALIFIERS, `${p}.`, fail);
    idOrProposed(o, p);
    code(o, "municipality_code", p, true);
  };
  items("amounts", (o, p) => {
    figure(o, p);
    if (o.unit !== "DKK") fail(`${p}.unit`, "amounts are in DKK");
  });
  items("counts", figure);
  items("dates", (o, p) => {
    idOrProposed(o, p);
    oneOf(o, "kind", DATE_KINDS, `${p}.`, fail);
    oneOf(o, "precision", PRECISIONS, `${p}.`, fail);
    if (typeof o.date !== "string" || !DATE.test(o.date) || !realDate(o.date)) fail(`${p}.date`, `"${o.date}" is not a real date`);
    else if ((o.precision === "season") !== /spring|summer|autumn|winter/.test(o.date)) fail(`${p}.date`, "a season needs precision season and the reverse");
  });
  items("decisions", (o, p) => {
    str(o, "application", `${p}.`, fail);
    oneOf(o, "decision", DECISIONS, `${p}.`, fail);
    trialRef(o, p, true);
  });
  items("traps", (o, p) => {
    str(o, "text", `${p}.`, fail);
    str(o, "why_not", `${p}.`, fail);
    oneOf(o, "expect", ["no_row", "warning"], `${p}.`, fail);
  });
  return errors;
}

/** Facts whose quote is not on their line of the document (`lines[0]` is line 1), as messages. */
export function misplacedQuotes(facts: Facts, lines: string[]): string[] {
  const out: string[] = [];
  const check = (item: Located, path: string) => {
    const text = lines[item.line - 1];
    if (text === undefined) out.push(`${path}: line ${item.line} is past the end (${lines.length} lines)`);
    else if (!text.includes(item.quote)) out.push(`${path}: "${item.quote}" is not on line ${item.line}: "${text}"`);
    if (item.line_end !== undefined && (item.line_end < item.line || item.line_end > lines.length)) out.push(`${path}: line_end ${item.line_end} out of range`);
  };
  check(facts.document, "document");
  for (const key of [...FACT_KINDS, "traps"] as const) for (const [i, item] of (facts[key] as Located[]).entries()) check(item, `${key}[${i}]`);
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function located(o: Record<string, unknown>, path: string, fail: (p: string, w: string) => void) {
  if (!Number.isInteger(o.line) || (o.line as number) < 1) fail(`${path}.line`, "not a 1-based line number");
  if (o.line_end !== undefined && !Number.isInteger(o.line_end)) fail(`${path}.line_end`, "not a line number");
  if (typeof o.quote !== "string" || !o.quote.trim()) fail(`${path}.quote`, "missing");
}

function str(o: Record<string, unknown>, k: string, prefix: string, fail: (p: string, w: string) => void) {
  if (typeof o[k] !== "string" || !(o[k] as string).trim()) fail(`${prefix}${k}`, "not a non-empty string");
}

function oneOf(o: Record<string, unknown>, k: string, values: readonly string[], prefix: string, fail: (p: string, w: string) => void) {
  if (!values.includes(o[k] as string)) fail(`${prefix}${k}`, `"${o[k]}" is not one of ${values.join(" | ")}`);
}

/** `2021-02-31` is no date; partial dates and seasons only need a plausible year and month. */
function realDate(s: string): boolean {
  const [y, m, d] = s.split("-");
  const year = Number(y);
  if (year < 1990 || year > 2040) return false;
  if (m === undefined || !/^\d+$/.test(m)) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
