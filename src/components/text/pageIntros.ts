// The participation and outcomes pages' introductions, from their views' rows, as elements with links to
// the documents they cite: made by the page, and by its page loader into the HTML in jsdom's document (the
// `document` option), so that the paragraph does not reflow when the page's script runs.
import { citedDocuments, participationSources, type CitedDocument, type CitingRow, type Statement } from "./citedDocuments.js";
import { formatCount, formatList, formatNumber } from "./locale.js";
import { sourceHref } from "../page/sources.js";

/** A piece of prose: text, a document's title linked at a line, a link, or a figure in bold (with a test id). */
type Part = string | { doc: CitedDocument; plain?: boolean } | { href: string; text: string } | { strong: string; testid?: string };

/**
 * The most documents a sentence names. The seeds cite at most eight per sentence; past this (only a
 * synthetic corpus) the rest are counted: a sentence of thousands of titles reads as nothing, and laying
 * it out again delayed every redraw of the chart beside it.
 */
export const NAMED_DOCUMENTS = 10;

function prose(document: Document, parts: Part[]): HTMLSpanElement {
  const span = document.createElement("span");
  for (const part of parts) {
    if (typeof part === "string") span.append(part);
    else if ("doc" in part) {
      const a = document.createElement("a");
      a.setAttribute("href", sourceHref(part.doc.doc_id, part.doc.first_line));
      if (part.plain) a.textContent = part.doc.title;
      else {
        const em = document.createElement("em");
        em.setAttribute("lang", "da");
        em.textContent = part.doc.title;
        a.append(em);
      }
      span.append(a);
    } else if ("href" in part) {
      const a = document.createElement("a");
      a.setAttribute("href", part.href);
      a.textContent = part.text;
      span.append(a);
    } else {
      const strong = document.createElement("strong");
      if (part.testid) strong.dataset.testid = part.testid;
      strong.textContent = part.strong;
      span.append(strong);
    }
  }
  return span;
}

/** "a; b; and c" with the separators as text between the parts. */
const listed = (items: Part[][], last = "; and "): Part[] => items.flatMap((item, i) => [...(i === 0 ? [] : [i === items.length - 1 ? last : "; "]), ...item]);

/** The documents linked, "; " between them; past `most`, the first ones and a count of the others. */
const documentList = (documents: readonly CitedDocument[], plain: boolean, most: number): Part[] => [
  ...listed(
    documents.slice(0, most).map((doc) => [{ doc, plain }]),
    "; ",
  ),
  ...(documents.length > most ? [` and ${formatNumber(documents.length - most)} more documents (all on `, { href: "./sources", text: "Sources" }, ")"] : []),
];

type ParticipationRow = Statement & { municipality_code: number };

/**
 * The participation page's first sentences: who says what (each document's own lists and the
 * municipalities it names for trials), and the totals of the view's statements, before any filter.
 */
export function participationIntro(statements: readonly ParticipationRow[], { document = globalThis.document } = {}): HTMLSpanElement {
  const contributions = participationSources(statements);
  const contribution = ({ ownLists, named }: (typeof contributions)[number]) =>
    [
      ownLists.length ? `is ${formatList(ownLists)}'s own list of ${ownLists.length === 1 ? "its" : "their"} trials` : null,
      named.municipalities
        ? `names ${formatCount(named.municipalities, "municipality", "municipalities")} for ${formatCount(named.trials, "trial", "trials")}`
        : null,
    ]
      .filter(Boolean)
      .join(" and ");
  const count = (key: (s: ParticipationRow) => unknown) => new Set(statements.map(key)).size;
  return prose(document, [
    `No single document says which municipality ran which trial; ${formatCount(contributions.length, "document says", "documents say")} part of it: `,
    ...listed(contributions.map((d) => [{ doc: d }, ` ${contribution(d)}`])),
    ". Put together, the documents make ",
    { strong: formatNumber(count((s) => `${s.trial_id}|${s.municipality_code}`)), testid: "cell-count" },
    ` municipality–trial pairs from ${formatNumber(statements.length)} statements: ${formatNumber(count((s) => s.municipality_code))} municipalities and ${formatNumber(count((s) => s.trial_id))} trials.`,
  ]);
}

/** A figure as the `figures` view gives it. */
interface Figure extends CitingRow {
  trial: string | null;
}

/**
 * The outcomes page's first sentences: how many results are figures (in which units, for how many trials,
 * in which documents) and how many are sentences. `units` names the figures' units, as the chart's panels do.
 */
export function outcomesIntro(figures: readonly Figure[], units: string[], findings: number, { document = globalThis.document } = {}): HTMLSpanElement {
  const trials = new Set(figures.filter((r) => r.trial).map((r) => r.trial)).size;
  const sources = citedDocuments(figures);
  return prose(document, [
    `The documents judge far more than they measure. Of everything they report about what the trials achieved, ${formatCount(figures.length, "result is a figure", "results are figures")}: ${formatList(units.map((u) => u.toLowerCase()))}, reported for ${formatCount(trials, "trial", "trials")}${figures.some((r) => !r.trial) ? " and for programmes as a whole" : ""}, in ${formatCount(sources.length, "document", "documents")} (`,
    ...documentList(sources, false, NAMED_DOCUMENTS),
    `). The other ${formatNumber(findings)} are sentences: what a municipality or a programme found, in its own words.`,
  ]);
}

/**
 * Documents linked at their first cited line, "; " between them: a source note. Titles in italics unless
 * `plain`; past `most` (NAMED_DOCUMENTS), the others counted.
 */
export function documentLinks(
  documents: readonly CitedDocument[],
  { plain = true, most = NAMED_DOCUMENTS, document = globalThis.document }: { plain?: boolean; most?: number; document?: Document } = {},
): HTMLSpanElement {
  return prose(document, documentList(documents, plain, most));
}

/**
 * The documents `rows` cite, each linked at its first cited line with its title in italics (titles from
 * `titles`, the documents table, where a row names none), past NAMED_DOCUMENTS counted; or "none under
 * these filters": a list in a chart page's source sentence.
 */
export function citedSources(
  rows: Iterable<CitingRow>,
  titles: Iterable<{ doc_id: string; title: string }>,
  { document = globalThis.document } = {},
): HTMLSpanElement {
  const cited = citedDocuments(rows, titles);
  return cited.length ? documentLinks(cited, { plain: false, document }) : prose(document, ["none under these filters"]);
}
