/** The curated reference data in `data/`, parsed; the only module here that reads files. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseTsv } from "./curated.ts";
import { parseMeta } from "./documentMeta.ts";
import { parseRegister, type Register } from "./municipalities.ts";
import { decodeSeed, SeedError, type Seed } from "./seed.ts";
import type { Programme } from "./types.ts";

export interface TrialDefinition {
  trial_id: string;
  programme: Programme;
  title: string;
}

export interface Reference {
  register: Register;
  trials: TrialDefinition[];
  /** Folded title as written → trial_id: the catalogue's own titles and the forms of `data/trial_titles.tsv`. */
  trialTitles: Map<string, string>;
  /** Words that begin or end one catalogue title and stand in no other title, folded → trial_id (`shortNameAt`). */
  trialShortNames: Map<string, string>;
  /** Folded network name as written → network name: each network's own name and the forms of `data/networks.tsv`. */
  networks: Map<string, string>;
  /** Curated tables by path, `data/curated/<doc_id>/<table>.tsv` → text: each belongs to one document. */
  curated: Map<string, string>;
}

/** A curated table of one document, with the path its errors name. */
export interface CuratedFile {
  file: string;
  text: string;
}

/** The document's curated table of that name, or null where none has been written yet. */
export function curatedFile(ref: Reference, docId: string, name: string): CuratedFile | null {
  const file = `data/curated/${docId}/${name}.tsv`;
  const text = ref.curated.get(file);
  return text === undefined ? null : { file, text };
}

/**
 * Titles and names compare without case, punctuation or spacing, and with the Danish letters as OCR and
 * plain typing leave them: `æ` as `ae`, `ø` as `o`, `å` as `a`, and a `0` or `@` inside a word as the
 * `ø`/`o` it stands for (`f0rtidspensionister`, `Fleksibelt kontaktforl0b`). A `0` among digits stays a
 * digit (`10 uger`).
 */
export function foldTitle(title: string): string {
  let out = "";
  for (let i = 0; i < title.length; i++) out += foldChar(title, i);
  return out;
}

const LETTER = /\p{L}/u;

/** What the character at `i` of `text` contributes to its folded form (see foldTitle): "" for none. */
export function foldChar(text: string, i: number): string {
  const ch = text[i].toLowerCase();
  switch (ch) {
    case "æ":
    case "ä":
      return "ae";
    case "ø":
    case "ö":
      return "o";
    case "å":
      return "a";
    case "0":
    case "@":
      // Inside a word (a letter next to it) OCR's ø; elsewhere a digit (or an address's @, dropped).
      return LETTER.test(text[i - 1] ?? "") || LETTER.test(text[i + 1] ?? "") ? "o" : ch === "0" ? "0" : "";
  }
  return /[\p{L}\d]/u.test(ch) ? ch : "";
}

/** A stable id proposed for a trial the catalogue does not know: its title in ASCII words, hyphenated. */
export function proposeTrialId(title: string): string {
  const words = title
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    // Accents go with their letter (`Én` → `en`), not as a word break.
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ");
  let id = "";
  for (const w of words) if (!id || id.length + w.length < 60) id = id ? `${id}-${w}` : w;
  return id;
}

/** Words a short name does not begin with (`forsøget med at …`, `forsøget om de …`), folded. */
const NOT_A_NAME = new Set(["af", "at", "de", "den", "det", "en", "et", "for", "fra", "i", "med", "og", "om", "pa", "samt", "som", "til", "uden", "ved"]);
/** Longest short name, in words. */
const SHORT_WORDS = 6;
const wordsOf = (title: string) => title.split(/\s+/).map(foldTitle).filter(Boolean);
/** A folded word without its inflection (`rehabiliteringsteamet`, `…teams` → `…team`), so another trial's word in another form counts as the same. */
const stem = (word: string) => word.replace(/(?:erne|ene|ens|ets|er|en|et|es|e|s|r)$/, (end) => (word.length - end.length >= 4 ? "" : end));

/**
 * A trial's short names (`opfølgningssamtaler` of `Fleksibilitet i tilrettelæggelsen af
 * opfølgningssamtaler`, `LÆ 265` of `… af lægeattest (LÆ 265)`): up to six words that end its catalogue
 * title, twelve letters or more folded (six with a digit: a plain word as short as `aktivering` or
 * `foreninger` is no name), and that no other trial's title or written form holds as words
 * in any inflection (`løntilskud` stands in three titles; `rehabiliteringsteamet`, the end of one, begins
 * another as `Rehabiliteringsteams`).
 */
function shortNames(trials: TrialDefinition[], forms: Array<[string, string]>): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const [title, id] of [...trials.map((t) => [t.title, t.trial_id] as [string, string]), ...forms]) {
    const w = wordsOf(title).map(stem);
    for (let i = 0; i < w.length; i++) {
      for (let n = 1; n <= SHORT_WORDS && i + n <= w.length; n++) {
        const key = w.slice(i, i + n).join("");
        (owners.get(key) ?? owners.set(key, new Set()).get(key)!).add(id);
      }
    }
  }
  const names = new Map<string, string>();
  for (const t of trials) {
    const w = wordsOf(t.title);
    for (let n = 1; n <= Math.min(SHORT_WORDS, w.length - 1); n++) {
      const part = w.slice(-n);
      const key = part.join("");
      const long = key.length >= 12 || (key.length >= 6 && /\d/.test(key));
      if (!NOT_A_NAME.has(part[0]) && long && /^\p{L}/u.test(key) && owners.get(part.map(stem).join(""))?.size === 1) names.set(key, t.trial_id);
    }
  }
  return names;
}

/** Words that introduce a trial by its short name: `forsøget med`, `frikommuneforsøget om`, `forsøg vedrørende`. */
export const SHORT_NAME_AFTER = String.raw`(?<!\p{L})(?:frikommune)?fors[øo@0g]g(?:et)?\s+(?:med|om|vedr\.|vedrørende)\s+`;

/**
 * The trial the words at `from` name by a short name (`trialShortNames`), the longest that fits before
 * a punctuation mark, and the offset where its words end; null where they name none.
 */
export function shortNameAt(text: string, from: number, names: Map<string, string>): { id: string; end: number } | null {
  return longestNameAt(text, from, SHORT_WORDS, 1, (words) => names.get(words.map(foldTitle).join("")) ?? null);
}

/**
 * The longest run of words at `from` that `name` names, of `least` to `most` words and before a
 * punctuation mark: what it names and the offset where its words end; null where no run names anything.
 */
export function longestNameAt(
  text: string,
  from: number,
  most: number,
  least: number,
  name: (words: string[]) => string | null,
): { id: string; end: number } | null {
  const rest = text.slice(from, from + 160);
  const clause = rest.slice(0, rest.search(/[,.;:!?”“"»«()]|$/u));
  const words = [...clause.matchAll(/\S+/g)].slice(0, most);
  for (let k = words.length; k >= least; k--) {
    const id = name(words.slice(0, k).map((w) => w[0]));
    if (id) return { id, end: from + words[k - 1].index! + words[k - 1][0].length };
  }
  return null;
}

const SHORT_NAMED = new RegExp(`^${SHORT_NAME_AFTER}`, "iu");

/** The trial a title as written names when it is a short name and nothing more (`forsøget med opfølgningssamtaler`). */
export function shortNamed(title: string, names: Map<string, string>): string | null {
  const m = title.trim().match(SHORT_NAMED);
  if (!m) return null;
  const found = shortNameAt(title.trim(), m[0].length, names);
  return found && found.end === title.trim().length ? found.id : null;
}

/** Words that do not tell one network's name from another's. */
const NAME_FILLER = new Set(["en", "et", "og", "i", "pa", "af", "med", "til", "for", "om", "den", "det", "de", "der", "som", "at"]);
const nameWords = (name: string) =>
  name
    .split(/[^\p{L}\d]+/u)
    .map(foldTitle)
    .filter((w) => w && !NAME_FILLER.has(w));

/**
 * The network a shortened name names (`en mere fleksibel beskæftigelsesindsats` for `En mere fleksibel og
 * effektiv beskæftigelsesindsats`): two or more words, at least half of one network's name, every one of them
 * in that name and not all in another's; null otherwise.
 */
export function networkByWords(name: string, networks: Map<string, string>): string | null {
  const words = nameWords(name);
  if (words.length < 2) return null;
  const named = [...new Set(networks.values())].filter((network) => {
    const own = new Set(nameWords(network));
    return words.length * 2 >= own.size && words.every((w) => own.has(w));
  });
  return named.length === 1 ? named[0] : null;
}

export const PROJECT_ROOT = new URL("..", import.meta.url).pathname;

export function parseReference(files: Record<string, string>): Reference {
  const trials = parseTsv(files["data/trials.tsv"], "data/trials.tsv").map((r) => ({
    trial_id: r.trial_id,
    programme: r.programme as Programme,
    title: r.title,
  }));
  const ids = new Set(trials.map((t) => t.trial_id));
  // A catalogue title is also written without its closing bracket (`… af lægeattest` for `… af lægeattest (LÆ 265)`).
  const trialTitles = new Map(
    trials.flatMap((t) => [t.title, t.title.replace(/\s*\([^)]*\)\s*$/, "")].map((title) => [foldTitle(title), t.trial_id] as const)),
  );
  const forms: Array<[string, string]> = [];
  for (const r of parseTsv(files["data/trial_titles.tsv"], "data/trial_titles.tsv")) {
    if (!ids.has(r.trial_id)) throw new SeedError("data/trial_titles.tsv", Number(r.line), `unknown trial_id "${r.trial_id}"`);
    trialTitles.set(foldTitle(r.title_as_written), r.trial_id);
    forms.push([r.title_as_written, r.trial_id]);
  }
  const networks = new Map<string, string>();
  for (const r of parseTsv(files["data/networks.tsv"], "data/networks.tsv")) {
    networks.set(foldTitle(r.network), r.network).set(foldTitle(r.network_as_written), r.network);
  }
  return {
    register: parseRegister(files["data/municipalities.csv"], files["data/municipality_aliases.csv"], files["data/places_not_municipalities.csv"]),
    trials,
    trialTitles,
    trialShortNames: shortNames(trials, forms),
    networks,
    curated: new Map(Object.entries(files).filter(([f]) => f.startsWith("data/curated/"))),
  };
}

const REFERENCE_FILES = [
  "data/municipalities.csv",
  "data/municipality_aliases.csv",
  "data/places_not_municipalities.csv",
  "data/trials.tsv",
  "data/trial_titles.tsv",
  "data/networks.tsv",
];

/** `data/curated/<doc_id>/<table>.tsv`: one folder per document whose layout defeats its parser. */
function curatedFiles(root: string): string[] {
  const dir = join(root, "data/curated");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith(".tsv"))
        .map((f) => `data/curated/${d.name}/${f}`),
    );
}

export function readReference(root = PROJECT_ROOT): Reference {
  const files = [...REFERENCE_FILES, ...curatedFiles(root)];
  return parseReference(Object.fromEntries(files.map((f) => [f, readFileSync(join(root, f), "utf8")])));
}

/** Every `*.txt` in `seeds/`, in name order, decoded strictly, with its `.meta.json` where there is one. */
export function readSeeds(root = PROJECT_ROOT): Seed[] {
  const dir = join(root, "seeds");
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  if (!names.length) throw new SeedError("seeds/", null, "no seed documents (*.txt) found");
  return names.map((name) => {
    const seed = decodeSeed(readFileSync(join(dir, name)), `seeds/${name}`);
    const meta = `${seed.docId}.meta.json`;
    return existsSync(join(dir, meta)) ? { ...seed, meta: parseMeta(readFileSync(join(dir, meta), "utf8"), `seeds/${meta}`) } : seed;
  });
}
