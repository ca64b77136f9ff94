// The overview page's views (src/index.md.tmpl): the trials its status chart counts, and the one-row
// queries of its headline figures, which DuckDB-WASM runs on the page and the build runs to write the
// same figures into the page's HTML. See view.ts for what a definition gives.
import type { ViewDefinition } from "./view.js";

/**
 * Each catalogued trial's programme and status (NULL where no document states one), for the bars of
 * trials by programme and status. Provisional trials (titles the catalogue does not know yet) are
 * counted apart, in the headline figures.
 */
export const trialStatuses: ViewDefinition = {
  name: "statuses",
  tables: ["trials"],
  sql: `SELECT trial_id, programme, status FROM trials WHERE NOT provisional`,
  filters: [],
  order: ["trial_id"],
};

/**
 * The headline counts, one row (counts cast to INTEGER: a BIGINT would reach the page as a BigInt). Rows
 * naming a trial or municipality the reference data does not know yet (provisional) stay out of them;
 * `provisional_trials` says how many trials that leaves out.
 */
export const headlineFigures: ViewDefinition = {
  name: "headline",
  tables: ["trials", "participation", "documents", "outcomes"],
  sql: `WITH savings AS (SELECT * FROM outcomes WHERE unit = 'DKK' AND NOT provisional)
SELECT
  (SELECT count(*) FILTER (WHERE NOT provisional) FROM trials)::INTEGER AS trials,
  (SELECT count(*) FILTER (WHERE provisional) FROM trials)::INTEGER AS provisional_trials,
  (SELECT count(DISTINCT municipality_code) FROM participation WHERE NOT provisional)::INTEGER AS municipalities,
  (SELECT count(*) FROM documents)::INTEGER AS documents,
  (SELECT sum(value) FROM savings) AS savings,
  (SELECT bool_or(approximate) FROM savings) AS savings_approximate,
  (SELECT count(*) FROM savings)::INTEGER AS savings_figures,
  (SELECT count(DISTINCT trial_id) FROM savings)::INTEGER AS savings_trials`,
  filters: [],
  order: [],
};

/** How many of the documents' non-blank lines have each status (parsed, skipped, unparsed), most first. */
export const lineCoverage: ViewDefinition = {
  name: "coverage",
  tables: ["lines"],
  sql: `SELECT status, count(*)::INTEGER AS n FROM lines WHERE status <> 'blank' GROUP BY status`,
  filters: [],
  order: ["n DESC", "status"],
};

/** Each document with how many of its lines the parsers turned into rows (status parsed), for the list of sources. */
export const documentsParsed: ViewDefinition = {
  name: "parsed",
  tables: ["documents", "lines"],
  sql: `SELECT d.doc_id, d.title, d.kind, d.issuer, d.published, d.published_precision, d.line_count,
  count(*) FILTER (WHERE l.status = 'parsed')::INTEGER AS parsed
FROM documents d JOIN lines l USING (doc_id) GROUP BY ALL`,
  filters: [],
  order: ["doc_id"],
};

/** The period the documents cover, one row: the first and last date any trial or event states, with their precision. */
export const periodCovered: ViewDefinition = {
  name: "span",
  tables: ["trials", "events"],
  sql: `WITH dates AS (
  SELECT start_date AS d, start_precision AS p FROM trials UNION ALL
  SELECT end_date, end_precision FROM trials UNION ALL
  SELECT date, date_precision FROM events)
SELECT arg_min(d, d) AS first, arg_min(p, d) AS first_precision, arg_max(d, d) AS last, arg_max(p, d) AS last_precision
FROM dates WHERE d IS NOT NULL`,
  filters: [],
  order: [],
};
