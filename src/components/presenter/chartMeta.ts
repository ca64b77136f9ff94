// The words around a chart, the same on its page's image export and in its embed: title, what the
// state selects, and the source line.
import { CHARTS, pick, type ChartName, type ChartState, type Lang } from "./chartState.js";
import { recommendationLabel, statusLabel } from "../charts/trialTimeline.js";
import { corpusLabel, type CorpusVersion } from "../page/corpus.js";

export interface SourceDocument {
  doc_id: string;
  title: string;
  issuer: string | null;
}

/** Names for the codes and ids in a state, looked up by the caller in its tables. */
export interface StateNames {
  municipality?: string | null;
  trial?: string | null;
}

export function chartTitle(chart: ChartName, lang: Lang | null): string {
  return CHARTS[chart].title[lang ?? "en"];
}

/** "Frikommuneforsøg I · cancelled (annulleret) · Viborg": the filters and highlight of `state`. */
export function stateSubtitle(chart: ChartName, state: ChartState, names: StateNames = {}): string {
  const { lang } = state;
  const keys = new Set<string>(CHARTS[chart].keys);
  const provisional = state.provisional && pick(lang, "provisional rows included", "foreløbige rækker medtaget");
  if (chart === "outcomes-figures")
    return [pick(lang, "Each panel has its own scale", "Hvert panel har sin egen skala"), provisional].filter(Boolean).join(" · ");
  const municipality =
    state.municipality === "none"
      ? pick(lang, "not attributed to a municipality", "ikke knyttet til en kommune")
      : state.municipality === null
        ? null
        : (names.municipality ?? String(state.municipality));
  // A trial id the caller could not name is not drawn either.
  const trial = names.trial ?? null;
  const highlighted = chart === "participation" ? [municipality, trial].filter(Boolean).join(" × ") : trial;
  return [
    state.programme ?? pick(lang, "All programmes", "Alle programmer"),
    state.status && statusLabel(state.status, lang),
    state.recommendation && `${pick(lang, "recommended for law", "anbefalet til lov")}: ${recommendationLabel(state.recommendation, lang)}`,
    keys.has("network") && state.network,
    chart !== "participation" && municipality,
    state.q && `“${state.q}”`,
    highlighted && `${pick(lang, "highlighted", "fremhævet")}: ${highlighted}`,
    provisional,
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * "Source: Jobcenter Viborg, Oversigt over de 20 frikommuneforsøg; … · <evidence base>, corpus 5 documents · 0b19e15, <page>":
 * the documents behind the rows drawn, and the corpus version. `issuers: false` cites each document by
 * its title alone, for an embed's frame, where every line of source is a line less of chart; the page
 * it links to names the issuers.
 */
export function sourceLine(
  documents: SourceDocument[],
  docIds: Iterable<string>,
  lang: Lang | null,
  page: string,
  version: CorpusVersion,
  { issuers = true } = {},
): string {
  const used = new Set(docIds);
  const cited = documents
    .filter((d) => used.has(d.doc_id))
    .sort((a, b) => (a.doc_id < b.doc_id ? -1 : 1))
    .map((d) => (issuers && d.issuer ? `${d.issuer}, ${d.title}` : d.title));
  return `${pick(lang, "Source", "Kilde")}: ${cited.join("; ")} · ${pick(lang, "Frikommuneforsøg evidence base", "Frikommuneforsøg – evidensgrundlag")}, ${corpusLabel(version, lang)}, ${page}`;
}
