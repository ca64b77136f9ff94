// The dates the durations page's introduction names, from its views' base rows (trials and milestones),
// written da-DK as everywhere on the site: used by the page and by its page loader, which writes them into
// the HTML (no reflow when the page's script runs).
import * as d3 from "npm:d3";
import { PROGRAMMES } from "./chartState.js";
import { formatDate } from "./locale.js";
import type { Row } from "./views/view.js";

export function durationsIntro(trials: readonly Row[], milestones: readonly Row[]): Record<"continuedTo" | "fk2Start" | "extension" | "fk2End", string> {
  const continuedTo = d3.mode(
    trials.filter((t) => t.programme === PROGRAMMES[0] && t.extended_until !== null),
    (t): number | undefined => t.extended_until,
  );
  const fk2 = trials.find((t) => t.programme === PROGRAMMES[1] && t.start_date !== null);
  const extension = milestones.find((e) => e.event === "extension");
  return {
    continuedTo: formatDate(continuedTo ?? null),
    fk2Start: formatDate(fk2?.start_date ?? null, fk2?.start_precision),
    extension: formatDate(extension?.date ?? null, extension?.date_precision),
    fk2End: formatDate(fk2?.end_date ?? null, fk2?.end_precision),
  };
}
