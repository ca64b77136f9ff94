// The durations page's views (src/durations.md, and the timeline embed): the trials the filters select,
// the periods the timeline draws, and the milestones above them. See view.ts for what a definition gives.
import { PROVISIONAL_FILTER, type Row, type ViewDefinition } from "./view.js";

/**
 * The most trial periods one timeline draws. The documents give 17; only a synthetic corpus goes past
 * this, and then thousands of rows would be unreadable and slow to redraw: pages draw the first ones in
 * their order and say how many are left out.
 */
export const TIMELINE_LIMIT = 200;

/**
 * Every trial, with its length in days, its number in its document's list, the municipalities that ran
 * it, and its place in the list order (programme, number, id) as one integer to sort by.
 */
const TRIALS_SQL = `WITH numbered AS (
  SELECT t.*,
    date_diff('day', t.start_date, t.end_date)::INTEGER AS days,
    (SELECT min(m.number) FROM mentions m WHERE m.trial_id = t.trial_id) AS number
  FROM trials t
)
SELECT trial_id, title, programme, start_date, start_precision, end_date, end_precision,
  status, extended_until, recommendation, doc_id, source_line, quote, days, number, read_by, provisional,
  start_date IS NOT NULL AND end_date IS NOT NULL AS dated,
  coalesce((SELECT list(DISTINCT p.municipality_code ORDER BY p.municipality_code) FROM participation p
    WHERE p.trial_id = n.trial_id AND p.municipality_code IS NOT NULL), []) AS municipalities,
  row_number() OVER (ORDER BY programme, number NULLS LAST, trial_id)::INTEGER AS list_order
FROM numbered n`;

/** The trials the filters select, dated or not, in list order: the durations page's counts, table and lists. */
export const selectedTrials: ViewDefinition = {
  name: "trials",
  tables: ["trials", "mentions", "participation", "municipalities"],
  sql: TRIALS_SQL,
  filters: [
    { param: "programme", column: "programme", kind: "equals" },
    { param: "status", column: "status", kind: "equals" },
    { param: "recommendation", column: "recommendation", kind: "equals" },
    {
      param: "municipality",
      column: "municipalities",
      kind: "member",
      options: `SELECT DISTINCT m.code AS value, m.name AS label
FROM participation p JOIN municipalities m ON m.code = p.municipality_code
ORDER BY label`,
    },
    { param: "q", column: "title", kind: "contains" },
    PROVISIONAL_FILTER,
  ],
  order: ["list_order"],
};

/** The periods the timeline draws: the selected trials with a stated start and end, in the chosen order, the first TIMELINE_LIMIT. */
export const periods: ViewDefinition = {
  ...selectedTrials,
  filters: [...selectedTrials.filters, { column: "dated", kind: "equals", value: true }],
  order: {
    param: "sort",
    options: {
      start: ["start_date", "list_order"],
      duration: ["days DESC", "list_order"],
      number: ["list_order"],
    },
  },
  limit: TIMELINE_LIMIT,
};

/**
 * The dated events, each with its document's programme, in date order. Past TIMELINE_LIMIT of them (only
 * a synthetic corpus), one per programme, kind and day: the others would be drawn on top of it.
 */
export const milestones: ViewDefinition = {
  name: "milestones",
  tables: ["events", "documents"],
  sql: `SELECT e.date, e.date_precision, e.event, e.quote, e.doc_id, e.source_line, d.programme,
  row_number() OVER (PARTITION BY d.programme, e.date, e.event ORDER BY e.doc_id, e.source_line, e.quote) = 1 AS first_of_day
FROM events e JOIN documents d USING (doc_id)`,
  filters: [{ param: "programme", column: "programme", kind: "equals" }],
  order: ["date", "doc_id", "source_line", "event", "quote"],
  thin: { above: TIMELINE_LIMIT, keep: "first_of_day" },
};

/**
 * What the durations page shows beside the timeline, from the selected trials (in list order): the
 * periods (its table), the trials never used and those without a stated period (its lists), and their
 * counts (its cards; an embed's summary). `leftOut`: the provisional trials the view left out
 * (provisionalLeftOut()), listed apart and counted as such; once the reader includes them, they are
 * among the selected and counted with them.
 */
export function trialSummary(selected: Row[], leftOut: Row[] = []) {
  const dated = selected.filter((t) => t.dated);
  const unused = selected.filter((t) => t.status === "not_used");
  const undated = selected.filter((t) => t.status !== "not_used" && !t.dated);
  return {
    dated,
    unused,
    undated,
    provisional: leftOut,
    counts: {
      dated: dated.length,
      cancelled: dated.filter((t) => t.status === "cancelled").length,
      extended: dated.filter((t) => t.extended_until !== null && t.extended_until > t.end_date).length,
      unused: unused.length,
      undated: undated.length,
      provisional: leftOut.length,
    },
  };
}
