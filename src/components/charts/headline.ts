// The overview page's headline figures as the page shows them (da-DK), from the rows of its queries
// (views/overview.ts): used by the page and by its page loader, which writes them into the HTML, so that
// nothing reflows when DuckDB's answers arrive. Programmes and years come from the rows: a document that
// adds a programme or a later extension changes the texts.
import { formatCount, formatDate, formatKr, formatList, formatNumber } from "../text/locale.js";
import { provisionalNotCounted } from "../text/provenance.js";
import type { Row } from "../views/view.js";
import { collate } from "./seriation.js";

/**
 * The texts, by the name of their box on the page: `headline` and `span` are the one rows of
 * views/overview.ts's headline figures and period covered, `statuses` the rows of its trial statuses
 * (one per trial, with its programme).
 */
export function headlineTexts(headline: Row, span: Row, statuses: Row[]): Record<string, string> {
  const year = (value: unknown) => (value == null ? null : new Date(value as string | number | Date).getUTCFullYear());
  const [first, last] = [year(span.first), year(span.last)];
  const provisional = Number(headline.provisional_trials ?? 0);
  const years = first === null ? "" : first === last ? `, in ${first}` : `, from ${first} to ${last}`;
  return {
    intro: `The ${formatNumber(headline.documents)} public documents collected here tell which municipality ran which trial, for how long, what the government decided and what it achieved${years}.`,
    trials: formatNumber(headline.trials),
    documents: formatNumber(headline.documents),
    "trials-by-programme": trialsByProgramme(statuses),
    // Linked to the list of them on the durations page; never empty, as a drawn text is not.
    provisional: provisional > 0 ? provisionalNotCounted(provisional) : "no provisional trials",
    municipalities: formatNumber(headline.municipalities),
    span: `${formatDate(span.first, span.first_precision)} – ${formatDate(span.last, span.last_precision)}`,
    savings: formatKr(headline.savings, headline.savings_approximate),
    "savings-basis": `${formatCount(Number(headline.savings_figures), "figure", "figures")} reported for ${formatCount(Number(headline.savings_trials), "trial", "trials")}`,
  };
}

/** "1027 parsed · 688 skipped · 23 unparsed": the rows of views/overview.ts's line coverage, in their order. */
export function coverageText(coverage: Row[]): string {
  return coverage.map(({ status, n }) => `${formatNumber(n)} ${status}`).join(" · ");
}

/** "20 in Frikommuneforsøg I and 13 in Frikommuneforsøg II", programmes in the order of their names. */
function trialsByProgramme(statuses: Row[]): string {
  const counts = new Map<string, number>();
  for (const { programme } of statuses) {
    const name = (programme as string | null) ?? "no stated programme";
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts.keys()].sort(collate);
  return formatList(names.map((name) => `${formatNumber(counts.get(name) as number)} in ${name}`));
}
