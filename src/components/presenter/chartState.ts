// What a chart shows, as URL parameters: the filters, the highlighted municipality or trial, and how
// to show it (theme, language, presentation mode). Chart pages and embeds read and write the same
// parameters, so an embed snippet taken from a page reproduces the view on it. No imports, so the unit
// tests load this file directly.

export type ChartName = "timeline" | "participation" | "outcomes-figures" | "outcomes-themes";
export type Lang = "da" | "en";

export interface ChartState {
  /** Filter: one programme, or null for both. */
  programme: string | null;
  /** Timeline filter: a trial status key. */
  status: string | null;
  /** Timeline filter: recommended for law (yes, no, already_law). */
  recommendation: string | null;
  /** Timeline and findings: filter by municipality code; participation: highlight its cells.
   *  "none" (findings only): the findings attributed to no municipality. */
  municipality: number | "none" | null;
  /** Highlighted trial (participation: with `municipality`, one cell). */
  trial: string | null;
  /** Participation filter: a row group (network) name. */
  network: string | null;
  /** Text search in trial titles (timeline) or findings (outcomes-themes). */
  q: string;
  sort: string;
  rows: string;
  columns: string;
  /** Include the rows naming a trial or municipality the reference data does not know yet (left out by default). */
  provisional: boolean;
  /** null follows the reader's system setting. */
  theme: "light" | "dark" | null;
  /** null: the site's English with Danish in parentheses. */
  lang: Lang | null;
  present: boolean;
}

/** The programmes' names as the documents spell them; an address may name another programme a researcher's documents add. */
export const PROGRAMMES = ["Frikommuneforsøg I", "Frikommuneforsøg II"];
const STATUSES = ["completed", "ongoing", "cancelled", "not_used"];
const RECOMMENDATIONS = ["yes", "no", "already_law"];
const SORTS = ["start", "duration", "number"];
export const ORDERS = ["similarity", "count", "alphabetical"];

type FilterKey = "programme" | "status" | "recommendation" | "municipality" | "trial" | "network" | "q" | "sort" | "rows" | "columns" | "provisional";

interface ChartSpec {
  /** The site page the chart comes from. */
  page: string;
  /** Its name among the exports of /embed/charts.js. */
  exportName: string;
  title: Record<Lang, string>;
  keys: FilterKey[];
}

export const CHARTS: Record<ChartName, ChartSpec> = {
  timeline: {
    page: "/durations",
    exportName: "timeline",
    title: { en: "Trial periods and milestones", da: "Forsøgsperioder og milepæle" },
    keys: ["programme", "status", "recommendation", "municipality", "q", "sort", "trial", "provisional"],
  },
  participation: {
    page: "/participation",
    exportName: "participation",
    title: { en: "Which municipality ran which trial", da: "Hvilke kommuner prøvede hvilke forsøg" },
    keys: ["programme", "network", "rows", "columns", "municipality", "trial", "provisional"],
  },
  "outcomes-figures": {
    page: "/outcomes",
    exportName: "outcomeFigures",
    title: { en: "Figures the documents report", da: "Tal, dokumenterne rapporterer" },
    keys: ["provisional"],
  },
  "outcomes-themes": {
    page: "/outcomes",
    exportName: "outcomeThemes",
    title: { en: "Findings by trial and theme", da: "Udsagn efter forsøg og tema" },
    keys: ["programme", "municipality", "q", "trial", "provisional"],
  },
};

export const CHART_NAMES = Object.keys(CHARTS) as ChartName[];

const DEFAULTS: ChartState = {
  programme: null,
  status: null,
  recommendation: null,
  municipality: null,
  trial: null,
  network: null,
  q: "",
  sort: "start",
  rows: "similarity",
  columns: "count",
  provisional: false,
  theme: null,
  lang: null,
  present: false,
};

/**
 * The label in the chosen language; without one, the site's "English (dansk)". The Danish is written as it
 * reads in parentheses; standing alone it takes the English's capital ("Milestones (milepæle)", "Milepæle").
 */
export function say(lang: Lang | null | undefined, en: string, da: string): string {
  if (lang === "en") return en;
  if (lang !== "da") return `${en} (${da})`;
  return en[0] !== en[0].toLowerCase() ? da[0].toUpperCase() + da.slice(1) : da;
}

/** For labels the site shows in English only: Danish when asked for. */
export function pick(lang: Lang | null | undefined, en: string, da: string): string {
  return lang === "da" ? da : en;
}

// Text from a URL: Unicode-normalised (ø may arrive decomposed), control characters dropped, trimmed, bounded.
function text(value: string | null, max: number): string | null {
  if (value === null) return null;
  const clean = value
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters from URL input is the point
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim();
  return clean && clean.length <= max ? clean : null;
}

function oneOf(value: string | null, options: string[]): string | null {
  const clean = text(value, 40)?.toLowerCase();
  return options.find((o) => o.toLowerCase() === clean) ?? null;
}

/**
 * The state of `chart` from URL parameters (a query string, with or without "?", URLSearchParams, or a
 * plain object for the module API). Anything unknown, malformed or not used by the chart falls back to
 * the default, so a mangled link still shows a chart.
 */
export function parseState(chart: ChartName, input: string | URLSearchParams | Record<string, unknown> = ""): ChartState {
  const params = toParams(input);
  const keys = new Set<string>(CHARTS[chart].keys);
  const get = (key: FilterKey) => (keys.has(key) ? params.get(key) : null);
  const state = { ...DEFAULTS };
  // A known programme in its own spelling; another (from added documents) as written. A page or embed
  // filters by it only when its rows have that programme, as its control would offer it; else it shows all.
  state.programme = oneOf(get("programme"), PROGRAMMES) ?? text(get("programme"), 120);
  state.status = oneOf(get("status"), STATUSES);
  state.recommendation = oneOf(get("recommendation"), RECOMMENDATIONS);
  const municipality = text(get("municipality"), 4);
  // Danish municipality codes have three digits (101 København … 860 Hjørring).
  if (municipality && /^[1-9]\d\d$/.test(municipality)) state.municipality = Number(municipality);
  else if (municipality === "none" && chart === "outcomes-themes") state.municipality = "none";
  const trial = text(get("trial"), 80);
  state.trial = trial && /^[a-z0-9][a-z0-9-]*$/.test(trial) ? trial : null;
  state.network = text(get("network"), 120);
  state.q = text(get("q"), 100) ?? "";
  state.sort = oneOf(get("sort"), SORTS) ?? DEFAULTS.sort;
  state.rows = oneOf(get("rows"), ORDERS) ?? DEFAULTS.rows;
  state.columns = oneOf(get("columns"), ORDERS) ?? DEFAULTS.columns;
  state.theme = oneOf(params.get("theme"), ["light", "dark"]) as ChartState["theme"];
  state.lang = oneOf(params.get("lang"), ["da", "en"]) as Lang | null;
  state.provisional = switchedOn(get("provisional"));
  state.present = switchedOn(params.get("present"));
  return state;
}

/** A bare "?present" switches it on; "present=0" or "=false" leaves it off. */
const switchedOn = (value: string | null) => value !== null && !/^(0|false|no|off)$/i.test(value.trim());

function toParams(input: string | URLSearchParams | Record<string, unknown>): URLSearchParams {
  if (typeof input === "string") return new URLSearchParams(input.replace(/^\?/, ""));
  if (input instanceof URLSearchParams) return input;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    params.set(key, value === true ? "" : String(value));
  }
  return params;
}

/** The query string (without "?") for `state`: only the chart's own keys, only values off their default. */
export function serialiseState(chart: ChartName, state: Partial<ChartState>): string {
  const full = parseState(chart, state as Record<string, unknown>);
  const pairs: string[] = [];
  for (const key of [...CHARTS[chart].keys, "theme", "lang"] as const) {
    const value = full[key];
    if (value === true) pairs.push(key);
    else if (value !== DEFAULTS[key]) pairs.push(`${key}=${encodeURIComponent(String(value))}`);
  }
  if (full.present) pairs.push("present");
  return pairs.join("&");
}

/** The embed page's URL for a chart in a state, on the site at `origin` (its root, no trailing slash). */
export function embedUrl(origin: string, chart: ChartName, state: Partial<ChartState>): string {
  const query = serialiseState(chart, state);
  return `${origin}/embed/${chart}${query ? `?${query}` : ""}`;
}

/** The chart's page in the same state (out of presentation mode): the link a source line cites. */
export function pageUrl(origin: string, chart: ChartName, state: Partial<ChartState>): string {
  const query = serialiseState(chart, { ...state, present: false });
  return `${origin}${CHARTS[chart].page}${query ? `?${query}` : ""}`;
}

const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An iframe that shows the chart in `state`, 16:9 at the width of its container. */
export function iframeSnippet(origin: string, chart: ChartName, state: Partial<ChartState>, title: string): string {
  return `<iframe src="${attribute(embedUrl(origin, chart, state))}" title="${attribute(title)}" width="800" height="450" style="border: 0; width: 100%; height: auto; aspect-ratio: 16 / 9;" loading="lazy"></iframe>`;
}

/** The same chart drawn into another site's page by the exported module (its host must allow the import: CORS). */
export function moduleSnippet(origin: string, chart: ChartName, state: Partial<ChartState>): string {
  const id = `frikommune-${chart}`;
  const query = serialiseState(chart, state);
  return [
    // The module and its data are fetched across origins: without this header the browser refuses them.
    `<!-- ${origin} must send Access-Control-Allow-Origin (CORS) for this page's origin, and this page's Content-Security-Policy must allow ${origin} in script-src and connect-src. -->`,
    `<div id="${id}" style="aspect-ratio: 16 / 9;"></div>`,
    `<script type="module">`,
    `  import {${CHARTS[chart].exportName}} from "${origin}/embed/charts.js";`,
    `  ${CHARTS[chart].exportName}(document.getElementById("${id}")${query ? `, ${JSON.stringify(query)}` : ""});`,
    `</script>`,
  ].join("\n");
}

// Danish letters as Danes spell them without (ø → oe), then anything else but letters and digits → "-".
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * An exported image's file name: the page (and chart, where a page has two) and the view's filters,
 * e.g. "durations-frikommuneforsoeg-i-cancelled.svg". `names` spells out a municipality code.
 */
export function exportFileName(chart: ChartName, state: Partial<ChartState>, extension: string, names: { municipality?: string | null } = {}): string {
  const full = parseState(chart, state as Record<string, unknown>);
  const page = CHARTS[chart].page.slice(1);
  const parts = [chart.startsWith(page) ? chart : page];
  for (const key of CHARTS[chart].keys) {
    const value = full[key];
    if (value === DEFAULTS[key]) continue;
    parts.push(key === "municipality" && names.municipality ? names.municipality : key === "q" ? `q-${value}` : value === true ? key : String(value));
  }
  // A long search must not make a name the file system refuses.
  return `${slug(parts.join(" ")).slice(0, 120).replace(/-$/, "")}.${extension}`;
}
