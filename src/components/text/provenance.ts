// How a row was read, in the words a page shows beside it: a reader weighs a row a genre's layout parser
// read differently from one the general layer found in prose, and a provisional row (a trial or name
// the reference data does not know yet) differently again.
import { type Lang, pick } from "../presenter/chartState.js";
import { formatCount, formatNumber } from "./locale.js";

/** A row's reading: `read_by` (a genre's layout parser, `general` or `curated`) and `provisional`. */
export interface Reading {
  read_by: string | null;
  provisional?: boolean | null;
}

/** "layout: evaluation form", "general reading", "curated file"; ", provisional" when it is. */
export function readingLabel({ read_by, provisional }: Reading): string {
  const how =
    read_by === "general" ? "general reading" : read_by === "curated" ? "curated file" : read_by ? `layout: ${read_by.replaceAll("_", " ")}` : "not recorded";
  return provisional ? `${how}, provisional` : how;
}

/** What a chart says of a provisional row, in its tip or beside its statement. */
export const PROVISIONAL_NOTE = "Provisional: names a trial or municipality not yet in the reference data";

/** What a headline count leaves out: "4 provisional not counted". */
export const provisionalNotCounted = (n: number): string => `${formatNumber(n)} provisional not counted`;

/** Said once where a page first shows readings. */
export const READING_NOTE =
  "“Layout” rows were read by the parser for their kind of document (a list, a form, a letter); “general reading” rows were found in running text by the rules every document gets, and deserve a second look; “curated” rows were placed by a file in data/curated/. A provisional row names a trial or municipality the reference data does not know yet.";

/**
 * The label of a page's switch that brings provisional rows into its charts and counts ("Include 4
 * provisional trials"), from a view's base rows; null where none is provisional, as a switch for rows
 * that do not exist would only puzzle. A page shows the switch only with a label:
 * `const include = label ? view(Inputs.toggle({label, value: initial.provisional})) : false`.
 */
export function includeProvisionalLabel(rows: readonly { provisional?: boolean | null }[], noun: [string, string]): string | null {
  const count = rows.filter((row) => row.provisional === true).length;
  return count ? `Include ${formatCount(count, `provisional ${noun[0]}`, `provisional ${noun[1]}`)}` : null;
}

/** The trial's title, after "Provisional:" where the catalogue does not know it yet: a prefix survives a label cut to fit. */
export function trialName(t: { title: string; provisional?: boolean | null }, lang: Lang | null = null): string {
  return t.provisional ? `${pick(lang, "Provisional", "Foreløbig")}: ${t.title}` : t.title;
}
