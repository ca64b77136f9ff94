// What the durations page's introduction says about the periods, programme by programme, from its views'
// base rows (trials and milestones), and its note on the trials it does not draw, with dates written
// da-DK as everywhere on the site: used by the page and by its page loader, which writes it into the HTML
// (no reflow when the page's script runs). Nothing here knows the seeds: a document that adds periods,
// cancellations or extensions changes the sentence.
import * as d3 from "npm:d3";
import { PROGRAMMES } from "../presenter/chartState.js";
import { formatCount, formatDate, formatList, formatNumber } from "./locale.js";
import { provisionalNotCounted } from "./provenance.js";
import type { Row } from "../views/view.js";

/** "1. juli 2018", at the precision the row states it ("udgangen af 2022" for a year's end). */
const dateOf = (row: Row, column: "start_date" | "end_date") => formatDate(row[column], row[column.replace("_date", "_precision")] ?? "day");

/** The earliest and latest of a column, written "from A to B", or "on A" when they are the same. */
function span(rows: readonly Row[], column: "start_date" | "end_date"): string {
  const first = d3.least(rows, (r) => r[column])!;
  const last = d3.greatest(rows, (r) => r[column])!;
  const [a, b] = [dateOf(first, column), dateOf(last, column)];
  return a === b ? `on ${a}` : `between ${a} and ${b}`;
}

/** One sentence per programme with a stated period: how many, when they started and ended, how they ended. */
export function durationsIntro(trials: readonly Row[], milestones: readonly Row[]): string {
  const programmes = [...PROGRAMMES, ...new Set(trials.map((t) => t.programme).filter((p) => !PROGRAMMES.includes(p)))];
  const sentences = programmes.flatMap((programme) => {
    const dated = trials.filter((t) => t.programme === programme && t.start_date !== null && t.end_date !== null);
    if (!dated.length) return [];
    const period =
      dated.length === 1
        ? `from ${dateOf(dated[0], "start_date")} to ${dateOf(dated[0], "end_date")}`
        : `starting ${span(dated, "start_date")} and ending ${span(dated, "end_date")}`;
    const cancelled = dated.filter((t) => t.status === "cancelled").length;
    const extended = trials.filter((t) => t.programme === programme && t.extended_until !== null);
    const mostTo = d3.mode(extended, (t): number => t.extended_until);
    const endings = [
      cancelled ? `${formatCount(cancelled, "was", "were")} cancelled` : null,
      extended.length
        ? `${formatCount(extended.length, "was", "were")} continued or extended, ${extended.length === 1 ? "to" : "most to"} ${formatDate(mostTo ?? null)}`
        : null,
    ].filter((s): s is string => s !== null);
    const decisions = milestones.filter((e) => e.programme === programme && e.event === "extension");
    const decided = decisions.length
      ? `; the documents date ${formatCount(decisions.length, "extension decision", "extension decisions")}, on ${formatList([...new Set(decisions.map((e) => formatDate(e.date, e.date_precision)))])}`
      : "";
    return [
      `In ${programme}, ${formatCount(dated.length, "trial has", "trials have")} a stated period, ${period}${endings.length ? `; ${formatList(endings)}` : ""}${decided}.`,
    ];
  });
  return sentences.length ? sentences.join(" ") : "No document states a trial's period yet.";
}

/** The *Not drawn* card's count of trials without a period, with the provisional ones it leaves out: "14 without a stated period; 4 provisional not counted". */
export function undatedNote(counts: { undated: number; provisional: number }): string {
  const undated = `${formatNumber(counts.undated)} without a stated period`;
  return counts.provisional > 0 ? `${undated}; ${provisionalNotCounted(counts.provisional)}` : undated;
}
