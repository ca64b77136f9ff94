// The participation page's view (src/participation.md, and the participation embed): the statements
// behind the matrix's cells. See view.ts for what a definition gives. The matrix's orders (similarity,
// count, Danish alphabetical) are its own, in JavaScript after this view (participationMatrix.ts).
import { PROVISIONAL_FILTER, type ViewDefinition } from "./view.js";

/**
 * One row per document statement that a municipality ran a trial, with the trial's title and programme
 * (a trial the catalogue lacks has none: its document's, else "Programme not stated"),
 * the municipality's official name and row group (its network or, for one in no network, the
 * programme(s) it ran trials in and its name), the document, and whether documents disagree about the cell.
 */
export const statements: ViewDefinition = {
  name: "statements",
  tables: ["participation", "trials", "municipalities", "networks", "disagreements", "documents"],
  sql: `WITH stated AS (
  SELECT p.*, t.title AS trial, coalesce(t.programme, d.programme, 'Programme not stated') AS programme, d.title AS document
  FROM participation p
  JOIN trials t USING (trial_id)
  JOIN documents d ON d.doc_id = p.doc_id
),
groups AS (
  SELECT m.code AS municipality_code, m.name AS municipality,
    coalesce(min(n.network), string_agg(DISTINCT s.programme, ' + ' ORDER BY s.programme) || ': ' || m.name) AS "group"
  FROM stated s
  JOIN municipalities m ON m.code = s.municipality_code
  LEFT JOIN networks n ON n.municipality_code = m.code
  GROUP BY m.code, m.name
)
SELECT p.trial_id, p.trial, p.programme,
  p.municipality_code, g.municipality, g."group",
  p.municipality_as_written, p.match, p.basis,
  p.doc_id, p.document, p.source_line, p.source_line_end, p.quote, p.complete, p.read_by, p.provisional,
  EXISTS (
    SELECT 1 FROM disagreements x
    WHERE x.field = 'participation' AND x.trial_id = p.trial_id AND x.municipality_code = p.municipality_code
  ) AS disputed
FROM stated p
JOIN groups g USING (municipality_code)`,
  filters: [{ param: "programme", column: "programme", kind: "equals" }, { param: "network", column: "group", kind: "equals" }, PROVISIONAL_FILTER],
  order: ["doc_id", "source_line", "municipality", "trial_id"],
};
