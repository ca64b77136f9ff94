// The outcomes page's views (src/outcomes.md, and the outcomes-figures and outcomes-themes embeds): the
// figures the documents report, and their findings. See view.ts for what a definition gives.
import type { Lang } from "../presenter/chartState.js";
import { PROVISIONAL_FILTER, type ViewDefinition } from "./view.js";

/** The figures the documents report, by unit, largest first, with the trial and document they come from. */
export const figures: ViewDefinition = {
  name: "figures",
  tables: ["outcomes", "trials", "documents"],
  sql: `SELECT o.outcome_id, o.metric, o.value, o.unit, o.approximate,
  t.title AS trial, o.statement, d.title AS document, o.doc_id, o.source_line, o.read_by, o.provisional
FROM outcomes o
LEFT JOIN trials t ON t.trial_id = o.trial_id
JOIN documents d ON d.doc_id = o.doc_id
WHERE o.kind = 'quantitative'`,
  filters: [PROVISIONAL_FILTER],
  order: ["unit", "value DESC", "outcome_id"],
};

/**
 * The findings (sentences reporting a result without a figure), each under its trial's title or its
 * programme's programme-wide row, with the municipality it speaks for and its themes; `position` is the
 * matrix's order: programme by programme, the programme-wide row first, then trials by title, findings
 * in document order.
 */
export const findings: ViewDefinition = {
  name: "findings",
  tables: ["outcomes", "trials", "documents", "municipalities"],
  sql: `SELECT o.outcome_id, o.trial_id,
  coalesce(t.programme, d.programme) AS programme,
  coalesce(t.title, 'Programme-wide · ' || d.programme) AS row_label,
  o.municipality_code, coalesce(m.name, 'not attributed') AS municipality,
  o.themes, o.statement, d.title AS document, o.doc_id, o.source_line, o.read_by, o.provisional,
  row_number() OVER (ORDER BY coalesce(t.programme, d.programme), o.trial_id IS NOT NULL, t.title,
    o.doc_id, o.source_line, o.outcome_id)::INTEGER AS position
FROM outcomes o
LEFT JOIN trials t ON t.trial_id = o.trial_id
JOIN documents d ON d.doc_id = o.doc_id
LEFT JOIN municipalities m ON m.code = o.municipality_code
WHERE o.kind = 'qualitative'`,
  filters: [
    { param: "programme", column: "programme", kind: "equals" },
    {
      param: "municipality",
      column: "municipality_code",
      kind: "equals",
      none: "none",
      options: `SELECT DISTINCT municipality_code AS value, municipality AS label FROM base
WHERE municipality_code IS NOT NULL ORDER BY label`,
    },
    { param: "q", column: "statement", kind: "contains" },
    PROVISIONAL_FILTER,
  ],
  order: ["position"],
};

/** A finding as the `findings` view gives it. */
export interface Finding {
  trial_id: string | null;
  programme: string;
  row_label: string;
  themes: string[];
  statement: string;
  document: string;
  doc_id: string;
  source_line: number;
  provisional?: boolean;
}

/**
 * The theme matrix's rows (themeMatrix.ts): one per finding and theme, in the findings' order (a finding
 * under no theme is in none). A programme-wide row is named in the chart's language; the SQL names it in
 * English.
 */
export function themeStatements(findings: Iterable<Finding>, lang: Lang | null = null) {
  // Indexed loops, not flatMap or for…of: run once per filter change over every drawn finding, this code
  // stays in the browser's unoptimised tiers, where each iterator or callback step costs (README, figures).
  const statements = [];
  const list = Array.isArray(findings) ? (findings as readonly Finding[]) : Array.from(findings);
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    const row_label = f.trial_id === null && lang === "da" ? `Hele programmet · ${f.programme}` : f.row_label;
    for (let j = 0; j < f.themes.length; j++) {
      statements.push({
        row_label,
        theme: f.themes[j],
        statement: f.statement,
        document: f.document,
        doc_id: f.doc_id,
        source_line: f.source_line,
        provisional: f.provisional === true,
      });
    }
  }
  return statements;
}
