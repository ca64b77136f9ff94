// The durations page's lists of trials not on its time axis (never used, period not stated, provisional),
// each trial linked to its line: made by the page, and by its page loader into the HTML in jsdom's
// `document`, so that a reader whose browser runs no scripts gets the lists too.
import { sourceHref } from "../page/sources.js";
import { formatNumber } from "./locale.js";
import { trialName } from "./provenance.js";

/** Past this many (only a synthetic corpus has so many), a list stops and says how many more the table holds. */
export const LISTED_TRIALS = 100;

export interface ListedTrial {
  title: string;
  doc_id: string;
  source_line: number;
  provisional?: boolean | null;
}

/** The trials as a list of links, or "None under these filters." where there are none. */
export function trialList(
  trials: readonly ListedTrial[],
  { name = trialName, document = globalThis.document }: { name?: (trial: ListedTrial) => string; document?: Document } = {},
): HTMLDivElement {
  const list = document.createElement("div");
  const muted = (...content: Array<string | Node>) => {
    const p = document.createElement("p");
    p.className = "muted";
    p.append(...content);
    return p;
  };
  if (trials.length === 0) {
    list.append(muted("None under these filters."));
    return list;
  }
  const ul = document.createElement("ul");
  for (const trial of trials.slice(0, LISTED_TRIALS)) {
    const a = document.createElement("a");
    a.setAttribute("href", sourceHref(trial.doc_id, trial.source_line));
    a.textContent = name(trial);
    const li = document.createElement("li");
    li.append(a);
    ul.append(li);
  }
  list.append(ul);
  if (trials.length > LISTED_TRIALS) {
    const code = document.createElement("code");
    code.textContent = "trials";
    const data = document.createElement("a");
    data.setAttribute("href", "./data");
    data.textContent = "Data";
    list.append(muted(`… and ${formatNumber(trials.length - LISTED_TRIALS)} more, in the table `, code, " on the ", data, " page."));
  }
  return list;
}
