// The overview page's headline figures as the page shows them (da-DK), from the rows of its queries
// (views/overview.ts): used by the page and by its page loader, which writes them into the HTML, so that
// nothing reflows when DuckDB's answers arrive.
import { formatCount, formatDate, formatKr, formatNumber } from "../text/locale.js";
import type { Row } from "../views/view.js";

export function headlineTexts(headline: Row, span: Row): Record<string, string> {
  return {
    trials: formatNumber(headline.trials),
    "trials-by-programme": `${formatNumber(headline.trials_fk1)} in Frikommuneforsøg I, ${formatNumber(headline.trials_fk2)} in II`,
    municipalities: formatNumber(headline.municipalities),
    span: `${formatDate(span.first, span.first_precision)} – ${formatDate(span.last, span.last_precision)}`,
    savings: formatKr(headline.savings, headline.savings_approximate),
    "savings-basis": `${formatCount(Number(headline.savings_figures), "figure", "figures")} reported for ${formatCount(Number(headline.savings_trials), "trial", "trials")}`,
  };
}
