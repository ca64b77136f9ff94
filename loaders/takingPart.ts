/**
 * Who took part in what, as running text says it (the general layer). A municipality is credited with a
 * trial only where the text ties the two together, never for being named nearby (an address, a
 * genitive like `Viborgs oversigt`, a county):
 * - a sentence naming both, with a verb of taking part or applying and no negation (`… som Aalborg og
 *   Rebild har kørt`, `kun prøvet i Vesthimmerland og Thisted`), or naming the municipality with
 *   `forsøget` in a document about one trial, or in the sentence after one naming a trial alone (a list
 *   item: `c) Differentiering … . Forsøget, som Morsø og Thisted har deltaget i …`);
 * - names in brackets right after a trial's title and nothing else in them (`Fleksibilitet i
 *   tilrettelæggelsen af opfølgningssamtaler (Helsingør, Fredensborg og Thisted)`);
 * - a list of names right under a trial's heading (`Kommuner` / `Aalborg, Jammerbugt og Rebild`);
 * - a municipality's own list: its name heads the document, which says the list is its trials (`alle
 *   Hjørrings forsøg`, `Kommunen deltager i følgende fire forsøg:`); the trials heading its lines are its,
 *   or in running prose (`Jobcentret deltog i to forsøg. Det første er …`) the trials named after the
 *   claim where they are exactly as many as it counts;
 * - applicants: a list headed `Ansøgende kommuner`, or a network's members where the network applied,
 *   for the document's one trial, or for each application a decision approved (in full or in part), in
 *   the catalogue or not;
 * - network members, where the document lists a network's members and says a trial ran in all of them.
 * Network membership itself comes from sentences naming a network with `består af`, `tovholder`, `med i`,
 * `v/`, `koordineres af`. A list is `complete` only where the text says so (`kun`, an own list claiming all its trials).
 */
import type { DecisionRead } from "./decisionWording.ts";
import type { Hit, Paragraph } from "./general.ts";
import { findMunicipalities, type MunicipalityMention, type Register } from "./municipalities.ts";
import { countWord } from "./numbers.ts";
import { markerPage } from "./pages.ts";
import { spanOf, type Span } from "./prose.ts";
import { quoteLines, type Seed } from "./seed.ts";
import type { Basis, NetworkStatement, ParticipationStatement, Source } from "./types.ts";

/** Whole words, case aside; OCR writes ø as `@`, `0` or `g`, so `forsøg` is written `fors[øo@0g]g`. */
const words = (re: string) => new RegExp(`(?<!\\p{L})(?:${re})(?!\\p{L})`, "iu");
const FORSOEG = "(?:frikommune)?fors[øo@0g]g";

/** A sentence that takes back what it says (not, never, refused, except) credits no one. */
const NEGATION = words("ikke|aldrig|ingen|intet|hverken|undtagen|bortset\\s+fra|afslag|afslået|afvist|uden\\s+for");
const RUNS = words(
  "deltag\\p{L}*|deltog|med\\s+i|kørt|kører|køres|prøve[rt]|afprøve[rt]?|teste[rt]|gennemfør\\p{L}*|anvende[rt]|anvendt|benytte[rt]?|igangsat|i\\s+gang|start(?:er|et|ede)|begynd(?:er|t|te)",
);
const APPLIES = words("ansøg\\p{L}*|søgt|søger");
/** `kun prøvet i Vesthimmerland og Thisted`: the names are all there are. */
const ONLY = words("kun|alene|udelukkende");
const THE_TRIAL = words(`${FORSOEG}et`);
const THE_TRIALS = words(`${FORSOEG}ene`);
/** `forsøget med` (or `forsøget ”`) right before a title: the trial `forsøget` means from then on. */
const INTRODUCED = new RegExp(`(?<!\\p{L})${FORSOEG}et\\s+(?:med\\s+)?[”"“»«]?$`, "iu");
/** `gennemført i alle netværkets kommuner`. */
const ALL_MEMBERS = words("alle\\s+netværkets\\s+(?:\\d+\\s+)?kommuner|alle\\s+(?:de\\s+)?(?:\\d+\\s+)?kommuner(?:ne)?\\s+i\\s+netværket");
/** `Netværket`, `netværkets`: the document's one network. */
const THE_NETWORK = words("(?:frikommune)?netværk(?:et|ets)");
/**
 * Words after which a network's members are named: `består af`, `medlemmerne er`, `v/` (care of its
 * lead), and its lead: `koordineres af`, `ledes af`, `tovholderen er`.
 */
const MEMBERS_AFTER =
  /(?<!\p{L})(?:består\s+af|medlem\p{L}*\s+er|medlem\p{L}*\s*:|omfatter|v\/|(?:koordineres|ledes)\s+af|(?:tovholder|koordinator)(?:en)?\s+er)(?!\p{L})/giu;
/**
 * Words before which a member names itself: `… er tovholder for`, `… er med i frikommunenetværket`,
 * `… (er med) som medlem af netværket`, `… er en af de 11 kommuner i netværket`, `… deltager sammen med de
 * øvrige nordjyske kommuner i frikommunenetværket`.
 */
const MEMBER_BEFORE =
  /(?<!\p{L})(?:(?:er|blev)\s+medlem|(?:som\s+)?medlem\s+af|tovholder|øvrige\s+(?:\p{L}+\s+)?kommuner\s+i|(?:en|én)\s+af\s+(?:de\s+)?(?:\d+|\p{L}+)\s+kommuner\s+i|(?:med|deltager|deltog|deltaget)\s+i\s+(?:det\s+)?(?:\p{L}+\s+)?(?:frikommune)?netværk|(?:deltager|deltog|deltaget)(?:\s+(?!i\s)[\p{L}-]+){1,8}\s+i\s+(?:det\s+)?(?:frikommune)?netværk)/giu;
/** A count of municipalities and a colon, the members named after it: `Elleve kommuner står sammen om netværket …: Aalborg, …`. */
const MEMBERS_COLON = /(?<!\p{L})kommuner(?!\p{L})[^:.;]*:/giu;
/** A lead naming the municipalities listed after its colon: `… to af netværkets elleve kommuner:`. */
const MEMBERS_COLON_AT_END = /(?<!\p{L})kommuner(?!\p{L})[^:.;]*:$/iu;
/** A membership statement that lists all members. */
const ALL_LISTED = words("består\\s+af|medlemmerne\\s+er|omfatter");
/** A network sending an application (`Ansøgningen indsendes af Frikommunenetværket …`, `netværkets ansøgninger`). */
const SENDS = words("ansøg\\p{L}*|indsend\\p{L}*");
/**
 * A municipality's claim that a list is its trials: `alle (de) … forsøg`, `følgende (fire) forsøg`,
 * `disse tre forsøg`, `vores forsøg`, `kommunens forsøg`, `de forsøg, vi er med i`, `Kommunen anvender fire af
 * netværkets forsøg`.
 */
const OWN_CLAIM = words(
  `(?:alle|f[øeg@0]lgende|disse|vores|kommunens)\\s+(?:de\\s+)?(?:\\p{L}+\\s+)?${FORSOEG}|(?:deltog|deltager|har\\s+deltaget|var\\s+med|er\\s+med)\\s+(?:i\\s+(?:\\d{4}|år)\\s+)?i\\s+(?:\\d+|\\p{L}+)\\s+${FORSOEG}(?!\\p{L})|med\\s+i\\s+(?:\\p{L}+\\s+)?af\\s+(?:\\p{L}+\\s+)?${FORSOEG}|${FORSOEG},?\\s+(?:som\\s+)?(?:vi|kommunen|\\p{Lu}\\p{L}+)\\s+(?:er\\s+med\\s+i|deltager\\s+i)|(?:anvender|bruger|benytter)\\s+(?:\\d+|\\p{L}+)\\s+(?:af\\s+(?:\\p{L}+\\s+)?)?${FORSOEG}(?!\\p{L})`,
);
/** `kommunen`: a municipality named before. */
const THE_MUNICIPALITY = words("kommunen");
/** The one municipality a sentence opens with as its subject (after any heading it runs on from), naming no other. */
function openerOf(p: Paragraph, s: Span): MunicipalityMention | null {
  const named = p.municipalities.filter((m) => m.index >= s.start && m.end <= s.end);
  const [m] = named;
  return named.length === 1 && m.index === p.opens(s) && !m.genitive && m.matches.length === 1 ? m : null;
}
/** The document's owner speaking of itself; `jobcentret` is its own jobcentre. */
const FIRST_PERSON = words("vi|vores|os|kommunen|jobcentret");
/** The number of trials a claim announces (`fire forsøg`). */
const ANNOUNCED = new RegExp(`(?<!\\p{L})(\\d+|\\p{L}+)\\s+(?:af\\s+(?:\\p{L}+\\s+)?)?${FORSOEG}(?!\\p{L})`, "iu");
/** What may stand between the names of a list: separators, `og`, a role in brackets. */
const LIST_GLUE = /^(?:[\s,;/&·•–-]|og|samt|\((?:tovholder|formand|koordinator|sekretariat)\))*\.?$/iu;
/** A label saying a list is of municipalities (taking part, applying). */
const LIST_LABEL = words("kommune\\p{L}*|deltag\\p{L}*|ansøg\\p{L}*");
/** A line's start before a list item: blanks, a number, a bullet, a table's bars. */
const ITEM_START = new RegExp(`^[\\s|•*–\\-\\d.)]*(?:(?:${FORSOEG}|titel|navn|projekt)\\s*:\\s*)?$`, "iu");
/** A numbered item's line (`3. Fritagelse …`, `| 2   | Ledighedsydelse …`). */
const NUMBERED = /^\s*(?:\|\s*)?\d{1,2}\s*[.)|]/;

/** One row per municipality a mention names (`Frederikshavn/Læsø` names two), as written. */
function namesOf(m: MunicipalityMention): string[] {
  return m.matches.length === 1
    ? [m.as_written]
    : m.as_written
        .replace(/\s+[Kk]ommuner?\.?$/, "")
        .split("/")
        .map((s) => s.trim());
}

/** Text of `text` outside the given spans. */
function outside(text: string, spans: Array<{ start: number; end: number }>): string {
  let out = "";
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += `${text.slice(at, Math.max(at, s.start))} `;
    at = Math.max(at, s.end);
  }
  return out + text.slice(at);
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

/** After a genitive: the municipality's trials, its application, or one of its own bodies acting for it (`Hjørrings jobcenter`, `Thisteds sagsbehandlere`). */
const TRIALS_OR_APPLICATION = new RegExp(
  `^\\s*(?:${FORSOEG}|ansøgning|jobcent\\p{L}*|forvaltning\\p{L}*|sagsbehandler\\p{L}*|medarbejder\\p{L}*|byråd\\p{L}*|kommunalbestyrelse\\p{L}*|\\p{L}*udvalg(?:et)?)(?!\\p{L})`,
  "iu",
);

/** A municipality that qualifies the word after it (`Viborgs oversigt`) names no party, unless the word is its trials, its application or its own body. */
function ownsNext(p: Paragraph, m: MunicipalityMention): boolean {
  return TRIALS_OR_APPLICATION.test(p.passage.text.slice(m.end, m.end + 20));
}

interface Credit {
  trial: Hit;
  names: string[];
  basis: Basis;
  complete: boolean;
  at: Source;
}

export interface TakingPart {
  participation: ParticipationStatement[];
  networks: NetworkStatement[];
}

export function takingPart(seed: Seed, paras: Paragraph[], decisions: DecisionRead[], register: Register): TakingPart {
  const credits: Credit[] = [];
  const networks: Array<NetworkStatement & { allListed: boolean }> = [];
  const docTrials = paras.flatMap((p) => p.trials);
  const onlyTrial = new Set(docTrials.map((t) => t.id)).size === 1 ? docTrials[0] : null;
  const docNetworks = paras.flatMap((p) => p.networks);
  const onlyNetwork = new Set(docNetworks.map((n) => n.id)).size === 1 ? docNetworks[0] : null;
  const parties = (p: Paragraph, from: number, to: number) => {
    const inSpan = p.municipalities.filter((m) => m.index >= from && m.end <= to);
    const bystanders = bystandersOf(p.passage.text, inSpan);
    return inSpan.filter((m) => (!m.genitive || ownsNext(p, m)) && !bystanders.has(m));
  };

  const owner = letterhead(seed, register);
  const own = ownList(seed, paras, owner);
  credits.push(...(own ?? []));

  // `forsøget` in a sentence naming no trial is the one the sentence before it introduced as `forsøget
  // med X`, in its paragraph or the one before (`Også forsøget med X fortsætter. … Y har sparet …, siden
  // forsøget begyndte`); a sentence naming another trial, or two, leaves it open.
  let previous: { trial: Hit; para: number } | null = null;
  paras.forEach((p, pi) => {
    // `kommunen` is the municipality the sentence before opened with as its subject (`Mariagerfjord
    // Kommune er med i netværket. … forsøget har kørt i kommunen siden …`).
    let opener: MunicipalityMention | null = null;
    for (const s of p.sentences) {
      const subject = opener;
      opener = openerOf(p, s);
      const trials = p.trials.filter((t) => t.start >= s.start && t.end <= s.end);
      const referred = previous && pi - previous.para <= 1 ? previous.trial : null;
      if (trials.length) {
        const [t] = trials;
        const introduced =
          new Set(trials.map((x) => x.id)).size === 1 && (INTRODUCED.test(p.passage.text.slice(Math.max(0, t.start - 20), t.start)) || titleOnly(s, trials));
        previous = introduced ? { trial: t, para: pi } : null;
      }
      if (NEGATION.test(s.quote)) continue;
      const named = parties(p, s.start, s.end);
      if (!named.length && subject && THE_MUNICIPALITY.test(s.quote)) named.push(subject);
      const networksNamed = p.networks.filter((n) => n.start >= s.start && n.end <= s.end);
      // One network named in the sentence, or `netværket` in a document naming one; two leave it open whose member anyone is.
      const network = networksNamed.length
        ? new Set(networksNamed.map((n) => n.id)).size === 1
          ? networksNamed[0]
          : null
        : THE_NETWORK.test(s.quote)
          ? onlyNetwork
          : null;
      // Network membership: `Netværket består af …`, `… er tovholder for netværket`, `… v/ Aalborg Kommune`.
      if (network) {
        const memberNames = named.filter((x) => !x.genitive && isMember(s, x));
        for (const m of memberNames) {
          for (const name of namesOf(m))
            networks.push({ network_as_written: network.as_written, municipality_as_written: name, ...source(s), allListed: ALL_LISTED.test(s.quote) });
        }
        // `Kommunen er en af de 11 kommuner i netværket` in a municipality's own document: the municipality itself.
        if (owner && !memberNames.length && selfMember(s))
          networks.push({ network_as_written: network.as_written, municipality_as_written: owner.as_written, ...source(s), allListed: false });
      }
      // `Fleksibilitet i tilrettelæggelsen af opfølgningssamtaler (Helsingør, Fredensborg og Thisted)`: a
      // trial's title and, in brackets right after it, nothing but the municipalities running it.
      const bracketed = trials.length === 1 ? namesInBrackets(p.passage.text, trials[0], named) : [];
      if (bracketed.length) credits.push({ trial: trials[0], names: bracketed.flatMap(namesOf), basis: "named", complete: false, at: source(s) });
      // A list item after a colon (`… deltager to af netværkets elleve kommuner:` / `• Thisted Kommune, …`)
      // says what its lead says of the item's municipality.
      const lead = s.lead !== null && !NEGATION.test(s.lead) ? s.lead : null;
      const listed = lead !== null && opener !== null && named.length === 1 && named[0] === opener;
      if (listed && onlyNetwork && THE_NETWORK.test(lead) && MEMBERS_COLON_AT_END.test(lead))
        networks.push({ network_as_written: onlyNetwork.as_written, municipality_as_written: opener!.as_written, ...source(s), allListed: false });
      const says = listed ? `${lead} ${s.quote}` : s.quote;
      if (!named.length || !(RUNS.test(says) || APPLIES.test(says))) continue;
      const basis: Basis = RUNS.test(says) ? "named" : "applicant";
      let credited: Hit[] = [];
      if (trials.length) credited = unambiguous(p.passage.text, trials);
      else if ((THE_TRIAL.test(s.quote) || listed) && (onlyTrial ?? referred)) credited = [(onlyTrial ?? referred)!];
      else if (THE_TRIALS.test(s.quote) && own) credited = own.map((c) => c.trial);
      for (const trial of credited) credits.push({ trial, names: named.flatMap(namesOf), basis, complete: ONLY.test(s.quote), at: source(s) });
    }
  });

  // A municipality's own document naming one network in a heading (`Frikommuneforsøg II · Netværket "…"`):
  // the network it writes as a member of.
  if (owner && onlyNetwork) {
    for (const p of paras.filter((x) => x.networks.length && isHeading(x) && x.municipalities.every((m) => m.matches.every((y) => y.code === owner.code))))
      networks.push({ network_as_written: p.networks[0].as_written, municipality_as_written: owner.as_written, ...whole(p), allListed: false });
  }

  // A list of names right under a trial's heading (cells or labels like `Kommuner` between them). Its
  // label is its own, else the label right above it; one name needs a label saying what it is.
  paras.forEach((p, i) => {
    const list = nameList(p);
    if (!list) return;
    let k = i - 1;
    while (k >= 0 && isLabel(paras[k])) k--;
    const heading = k >= 0 ? headingTrial(paras[k]) : null;
    const label = list.label || (isLabel(paras[i - 1]) ? paras[i - 1].passage.text : "");
    if (!heading || NEGATION.test(label)) return;
    if (list.names.length < 2 && !LIST_LABEL.test(`${label} ${heading.rest}`)) return;
    credits.push({ trial: heading.trial, names: list.names, basis: APPLIES.test(label) ? "applicant" : "named", complete: false, at: whole(p) });
  });

  credits.push(...fieldCredits(seed, paras, register));

  // Applicants: a list headed `Ansøgende kommuner`; in an application or a decision on applications, a
  // municipality's own application (`Viborgs ansøgning`) and the members of the network that applied.
  // Their trials: those a decision approved, in full or in part, else the one trial the document names.
  const lists = paras.map((p) => ({ p, list: nameList(p) })).filter((x) => x.list && APPLIES.test(x.list.label));
  const sentBy = (p: Paragraph, s: Span) => SENDS.test(s.quote) && (THE_NETWORK.test(s.quote) || p.networks.some((n) => n.start >= s.start && n.end <= s.end));
  const networkApplied = onlyNetwork !== null && paras.some((p) => p.sentences.some((s) => sentBy(p, s)));
  const aboutApplications = decisions.length > 0 || APPLIES.test(firstLine(seed));
  const members = networks.filter((n) => n.allListed);
  // An application the catalogue lacks, decided under its own heading, is credited under its title as
  // written: the build makes it a provisional trial, and these rows provisional with it.
  const applied = decisions.length
    ? decisions.flatMap((d) =>
        d.statement.decision === "not_approved"
          ? []
          : d.trial
            ? [d.trial]
            : d.heading
              ? [{ start: 0, end: 0, id: `application: ${d.heading.title}`, as_written: d.heading.title }]
              : [],
      )
    : onlyTrial
      ? [onlyTrial]
      : [];
  const ownApplicants = aboutApplications ? paras.flatMap(ownApplications) : [];
  for (const trial of applied) {
    for (const { p, list } of lists) credits.push({ trial, names: list!.names, basis: "applicant", complete: false, at: whole(p) });
    for (const { name, at } of ownApplicants) credits.push({ trial, names: [name], basis: "applicant", complete: false, at });
    if (networkApplied && aboutApplications) {
      for (const m of members) credits.push({ trial, names: [m.municipality_as_written], basis: "applicant", complete: false, at: source(m) });
    }
  }
  // The applicants a network sends are its members.
  if (networkApplied) {
    for (const { p, list } of lists)
      for (const name of list!.names)
        networks.push({ network_as_written: onlyNetwork!.as_written, municipality_as_written: name, ...whole(p), allListed: false });
  }

  // `gennemført i alle netværkets kommuner`: each member the document lists.
  for (const p of paras) {
    for (const s of p.sentences) {
      if (NEGATION.test(s.quote) || !ALL_MEMBERS.test(s.quote) || !RUNS.test(s.quote) || onlyNetwork === null) continue;
      for (const trial of new Map(p.trials.filter((t) => t.start >= s.start && t.end <= s.end).map((t) => [t.id, t])).values()) {
        credits.push({ trial, names: members.map((m) => m.municipality_as_written), basis: "network_member", complete: false, at: source(s) });
      }
    }
  }

  return { participation: participationRows(credits), networks: distinctNetworks(networks) };
}

/** A municipality's own application: `Viborgs ansøgning`, `Viborg Kommunes ansøgning`, `ansøgningen fra Viborg Kommune`. */
const ITS_APPLICATION = /^\s*ansøgning/iu;
const APPLICATION_FROM = /(?<!\p{L})ansøgning(?:en)?\s+fra\s+$/iu;

function ownApplications(p: Paragraph): Array<{ name: string; at: Source }> {
  const text = p.passage.text;
  return p.sentences.flatMap((s) =>
    p.municipalities
      .filter((m) => m.index >= s.start && m.end <= s.end && m.matches.length === 1)
      .filter(
        (m) => (m.genitive && ITS_APPLICATION.test(text.slice(m.end, m.end + 12))) || APPLICATION_FROM.test(text.slice(Math.max(0, m.index - 20), m.index)),
      )
      .map((m) => ({ name: m.as_written, at: spanOf(p.passage, s.start, s.end) })),
  );
}

/** A field's label and value on one line (`Hvem:     Rebild sammen med …`, `Kommune: Vesthimmerland`). */
const FIELD = /^(\s*)(\p{L}[\p{L}.]*(?:\s\p{L}[\p{L}.]*){0,2})\s*:\s*(\S.*)?$/u;
/** Labels naming who takes part or applies: `Hvem`, `Kommune(r)`, `Deltagende kommuner`, `Deltagere`, `Ansøger(e)`. */
const WHO_LABEL = /^\s*(?:hvem|kommuner?|deltagende\s+kommuner|deltager(?:e|kommuner)?|ansøger(?:e|kommuner)?|ansøgende\s+kommuner)\s*$/iu;
/** Labels whose value is a trial's title: `Forsøg`, `Titel`, `Forsøgets navn`. */
const TRIAL_LABEL = new RegExp(`^\\s*(?:${FORSOEG}(?:ets\\s+(?:titel|navn))?|titel|navn|projekt)\\s*$`, "iu");
/** What may stand between the names of a field's value: a list's glue, `sammen med`, `Kommune(r)`. */
const FIELD_GLUE = /^(?:[\s,;/&]|og|samt|sammen\s+med|kommuner?)*\.?$/iu;

interface Field {
  label: string;
  /** Lines of the field: its label's, and the value's continuation lines. */
  from: number;
  to: number;
  value: string;
}

/**
 * A document's label/value fields, in blocks of consecutive lines: a field runs on over the lines after it
 * that are indented past its label, or start in lower case (`og Thisted`), until a blank line or the next field.
 */
function fieldBlocks(seed: Seed): Field[][] {
  const blocks: Field[][] = [];
  let block: Field[] = [];
  let indent = 0;
  seed.lines.forEach((line, i) => {
    const m = FIELD.exec(line);
    const last = block.at(-1);
    if (m && m[3] !== undefined) {
      indent = m[1].length;
      block.push({ label: m[2], from: i + 1, to: i + 1, value: m[3] });
    } else if (last && last.to === i && line.trim() && (line.length - line.trimStart().length > indent + 1 || /^\s*\p{Ll}/u.test(line))) {
      last.to = i + 1;
      last.value += ` ${line.trim()}`;
    } else {
      if (block.length) blocks.push(block);
      block = [];
    }
  });
  if (block.length) blocks.push(block);
  return blocks;
}

/**
 * Who takes part, as a label/value layout says it: a `Hvem:`/`Kommune:`/`Deltagende kommuner:` field whose
 * value is only municipalities' names, for the trial its block names in a `Forsøg:` field, or else the
 * trial whose heading stands right above the block. A value that negates (`Ingen`, `ikke …`) credits no one.
 */
function fieldCredits(seed: Seed, paras: Paragraph[], register: Register): Credit[] {
  const hits = paras.flatMap((p) => p.trials.map((t) => ({ t, from: p.passage.lineAt(t.start), p })));
  const credits: Credit[] = [];
  for (const block of fieldBlocks(seed)) {
    const titled = block.find((f) => TRIAL_LABEL.test(f.label));
    let trial = titled ? (hits.find((h) => h.from >= titled.from && h.from <= titled.to)?.t ?? null) : null;
    if (!titled) {
      let k = -1;
      paras.forEach((p, i) => {
        if (p.passage.lineAt(p.passage.text.length - 1) < block[0].from) k = i;
      });
      while (k >= 0 && isLabel(paras[k])) k--;
      trial = k >= 0 ? (headingTrial(paras[k])?.trial ?? null) : null;
    }
    if (!trial) continue;
    for (const f of block) {
      if (!WHO_LABEL.test(f.label) || NEGATION.test(f.value)) continue;
      const found = findMunicipalities(f.value, register);
      if (
        !found.length ||
        !FIELD_GLUE.test(
          outside(
            f.value,
            found.map((m) => ({ start: m.index, end: m.end })),
          ).trim(),
        )
      )
        continue;
      credits.push({
        trial,
        names: found.flatMap(namesOf),
        basis: APPLIES.test(f.label) ? "applicant" : "named",
        complete: false,
        at: { source_line: f.from, source_line_end: f.to, quote: quoteLines(seed, f.from, f.to) },
      });
    }
  }
  return credits;
}

/** Words before a name that give it another part than taking part (`sendt til`, `på besøg hos`, `ligesom i`). */
const ANOTHER_PART = /(?<!\p{L})(?:til|hos|fra|ifølge|ligesom(?:\s+i)?|end|overfor|modsat)\s+$/iu;
const LIST_JOIN = /^\s*(?:,|og|samt|eller)\s*(?:og\s+)?$/iu;

/** Names that another word than taking part introduces, with the names listed after them (`hos Egedal og Køge`). */
function bystandersOf(text: string, named: MunicipalityMention[]): Set<MunicipalityMention> {
  const out = new Set<MunicipalityMention>();
  named.forEach((m, i) => {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const joined = i > 0 && out.has(named[i - 1]) && LIST_JOIN.test(text.slice(named[i - 1].end, m.index));
    if (ANOTHER_PART.test(before) || joined) out.add(m);
  });
  return out;
}

/** A municipality the sentence names as a member: after `består af`/`v/`, or before `er tovholder for`/`er med i … netværket`. */
function isMember(s: Span, m: MunicipalityMention): boolean {
  const [at, end] = [m.index - s.start, m.end - s.start];
  return (
    [...s.quote.matchAll(MEMBERS_AFTER)].some((c) => c.index! < at) ||
    [...s.quote.matchAll(MEMBER_BEFORE)].some((c) => c.index! >= end) ||
    [...s.quote.matchAll(MEMBERS_COLON)].some((c) => c.index! + c[0].length <= at)
  );
}

/** `Kommunen`/`Vi` before a phrase of membership, with no municipality named between (`Kommunen er med som medlem af …`). */
function selfMember(s: Span): boolean {
  return [...s.quote.matchAll(MEMBER_BEFORE)].some((c) => /(?<!\p{L})(?:kommunen|vi)(?!\p{L})/iu.test(s.quote.slice(0, c.index)));
}

/** A sentence that is a trial's title alone (a list item: `c) Differentiering …`), a bracket after it aside. */
function titleOnly(s: Span, trials: Hit[]): boolean {
  const rest = outside(
    s.quote,
    trials.map((t) => ({ start: t.start - s.start, end: t.end - s.start })),
  )
    .replace(/\([^()]*\)/gu, "")
    .replace(/^\s*(?:[a-zæøå]|\d{1,2})[.)]/iu, "");
  return /^[\s.:;,–-]*$/u.test(rest);
}

/** The municipalities named in brackets right after a trial's title, when the brackets hold nothing else. */
function namesInBrackets(text: string, trial: Hit, named: MunicipalityMention[]): MunicipalityMention[] {
  const m = text.slice(trial.end).match(/^\s*\(([^()]*)\)/u);
  if (!m) return [];
  const from = trial.end + m[0].indexOf("(") + 1;
  const to = from + m[1].length;
  const inside = named.filter((x) => x.index >= from && x.end <= to && !x.genitive);
  if (!inside.length) return [];
  const glue = outside(
    text.slice(from, to),
    inside.map((x) => ({ start: x.index - from, end: x.end - from })),
  );
  return LIST_GLUE.test(glue.trim()) || /^(?:[\s,;/&]|og|samt)*$/iu.test(glue) ? inside : [];
}

function source(s: Source): Source {
  return { source_line: s.source_line, source_line_end: s.source_line_end, quote: s.quote };
}

function whole(p: Paragraph): Source {
  return source(spanOf(p.passage, 0, p.passage.text.length));
}

/**
 * The trials a sentence credits its municipalities with: all it names, unless it names several and more
 * than `og`, `,` or `med` stands between them (`Aalborg kører A, og Hjørring kører B`; a heading's trials
 * running into the sentence after it): then none.
 */
function unambiguous(text: string, trials: Hit[]): Hit[] {
  const distinct = [...new Map(trials.map((t) => [t.id, t])).values()];
  if (distinct.length === 1) return distinct;
  const joined = trials.slice(1).every((t, i) => /^(?:\s|,|og|samt|med|forsøget|forsøgene)*$/iu.test(text.slice(trials[i].end, t.start)));
  return joined ? distinct : [];
}

/**
 * A paragraph that is only names (`Aalborg, Jammerbugt, Thisted og Rebild`, one name a line), after an
 * optional label of up to three words (`Kommuner`, `Ansøgende kommuner:`); null for anything else.
 */
function nameList(p: Paragraph): { label: string; names: string[] } | null {
  const found = p.municipalities;
  if (!found.length || p.trials.length || p.networks.length) return null;
  const text = p.passage.text;
  const label = text.slice(0, found[0].index).replace(/:\s*$/, "").trim();
  if (wordCount(label) > 3 || /[\d:]/.test(label)) return null;
  if (
    !LIST_GLUE.test(
      outside(
        text.slice(found[0].index),
        found.map((m) => ({ start: m.index - found[0].index, end: m.end - found[0].index })),
      ).trim(),
    )
  )
    return null;
  return { label, names: found.flatMap(namesOf) };
}

/** A paragraph of a few words and no names: a label or a table's cell (`Kommuner`, `Periode`, `31.12.2022`). */
function isLabel(p: Paragraph | undefined): p is Paragraph {
  if (!p) return false;
  return !p.trials.length && !p.municipalities.length && wordCount(p.passage.text) <= 3;
}

/** A heading: a paragraph of one short line of text, no sentence (`Frikommuneforsøg II · Netværket "…"`). */
function isHeading(p: Paragraph): boolean {
  return p.passage.lineAt(0) === p.passage.lineAt(p.passage.text.length - 1) && !/[.!?]$/.test(p.passage.text.trim()) && wordCount(p.passage.text) <= 15;
}

/** The trial a paragraph is the heading of: one trial's title and at most three words more (`2.`, `Kommuner`), those words. */
function headingTrial(p: Paragraph): { trial: Hit; rest: string } | null {
  if (!p.trials.length || p.municipalities.length || new Set(p.trials.map((t) => t.id)).size > 1) return null;
  const rest = outside(p.passage.text, p.trials);
  return wordCount(rest) <= 3 ? { trial: p.trials[0], rest } : null;
}

/** The document's first line of text (its title or letterhead), page markers aside. */
function firstLine(seed: Seed): string {
  return seed.lines.find((l) => l.trim() && markerPage(l) === null) ?? "";
}

/**
 * The municipality a document is headed by: its first line names one and nothing else (`Hjørring Kommune`,
 * `AALBORG KOMMUNE · Jobcenter Aalborg`), or starts with its name and `Kommune` and a unit after a dash or dot
 * (`Rebild Kommune – Job og Borgerservice`); else a running head of that form at a page's top or foot (a
 * PDF's text may print it after the page's body). Heads naming different municipalities name none.
 */
function letterhead(seed: Seed, register: Register): { code: number; as_written: string } | null {
  const first = headOf(firstLine(seed), register, false);
  if (first) return first;
  const heads = pageEdges(seed)
    .map((n) => headOf(seed.lines[n - 1], register, true))
    .filter((h) => h !== null);
  return heads.length && heads.every((h) => h.code === heads[0].code) ? heads[0] : null;
}

/** `Name Kommune` at a line's start, then a dash or dot and the unit (or nothing). */
const UNIT_AFTER = /^\s*(?:$|[–—·|•,-]\s*\S)/u;

function headOf(line: string, register: Register, strict: boolean): { code: number; as_written: string } | null {
  const found = findMunicipalities(line, register);
  const codes = new Set(found.flatMap((m) => m.matches.map((x) => x.code)));
  if (codes.size !== 1 || found[0].matches.length !== 1) return null;
  const head = { code: found[0].matches[0].code, as_written: found[0].as_written };
  if (!line.slice(0, found[0].index).trim() && /kommune$/iu.test(found[0].as_written) && UNIT_AFTER.test(line.slice(found[0].end))) return head;
  if (strict) return null;
  const rest = outside(
    line,
    found.map((m) => ({ start: m.index, end: m.end })),
  ).replace(/kommune|jobcenter|side\s+\d+\s+af\s+\d+|[·|•–-]/giu, "");
  return rest.trim() ? null : head;
}

/** Lines (1-based) at a page's edges: the first two and last three lines of text of each page a marker (`--- side 2 ---`) begins. */
function pageEdges(seed: Seed): number[] {
  const pages: number[][] = [];
  seed.lines.forEach((line, i) => {
    if (markerPage(line) !== null) pages.push([]);
    else if (line.trim() && pages.length) pages.at(-1)!.push(i + 1);
  });
  return pages.flatMap((p) => [...p.slice(0, 2), ...p.slice(-3)]);
}

/**
 * A municipality's own list of its trials: the document is headed by that municipality's name alone and
 * claims a list as its trials (`alle Hjørrings forsøg`, `Kommunen deltager i følgende fire forsøg:`), in
 * the first person or by name, without negation. Its trials are those whose titles start a line (a
 * list's or a table's item) after the claim. Complete only where every count the claims state, and every
 * numbered item after the claim, is a trial found: a title the catalogue lacks leaves the list incomplete.
 */
function ownList(seed: Seed, paras: Paragraph[], owner: { code: number; as_written: string } | null): Credit[] | null {
  if (!owner) return null;
  let claim: { para: number; at: number; line: number } | null = null;
  const announced: number[] = [];
  paras.forEach((p, i) => {
    for (const s of p.sentences) {
      const m = s.quote.match(OWN_CLAIM);
      if (!m || NEGATION.test(s.quote)) continue;
      const byOwner =
        FIRST_PERSON.test(s.quote) || p.municipalities.some((x) => x.index >= s.start && x.end <= s.end && x.matches.some((y) => y.code === owner.code));
      if (!byOwner) continue;
      claim ??= { para: i, at: s.start + m.index!, line: s.source_line };
      const count = s.quote.match(ANNOUNCED);
      const n = count ? countWord(count[1]) : null;
      if (n !== null) announced.push(n);
    }
  });
  if (!claim) return null;
  const { para, at, line } = claim;
  const items = new Map<string, { trial: Hit; p: Paragraph }>();
  paras.forEach((p, i) => {
    for (const t of p.trials) {
      if (i < para || (i === para && t.start < at) || items.has(t.id)) continue;
      let from = t.start;
      while (from > 0 && p.passage.lineAt(from - 1) === p.passage.lineAt(t.start)) from--;
      if (ITEM_START.test(p.passage.text.slice(from, t.start))) items.set(t.id, { trial: t, p });
    }
  });
  // Running prose (`Jobcentret deltog i to forsøg. Det første er "…"`): no title starts a line, so the
  // owner's trials are those named after the claim, where they are exactly as many as it announces.
  if (!items.size && announced.length === 1) {
    const after = new Map<string, { trial: Hit; p: Paragraph }>();
    paras.forEach((p, i) => {
      for (const t of p.trials) if ((i > para || (i === para && t.start >= at)) && !after.has(t.id)) after.set(t.id, { trial: t, p });
    });
    if (after.size === announced[0]) for (const [id, item] of after) items.set(id, item);
  }
  const numbered = seed.lines.slice(line).filter((l) => NUMBERED.test(l)).length;
  const complete = announced.every((n) => n === items.size) && numbered <= items.size;
  return [...items.values()].map(({ trial, p }) => ({
    trial,
    names: [owner.as_written],
    basis: "own_list",
    complete,
    at: source(spanOf(p.passage, trial.start, trial.end)),
  }));
}

/** One row per trial, municipality, basis and place; an own list's rows name its owner. */
function participationRows(credits: Credit[]): ParticipationStatement[] {
  const seen = new Set<string>();
  const out: ParticipationStatement[] = [];
  for (const c of credits) {
    for (const name of c.names) {
      const key = `${c.trial.id}|${name}|${c.basis}|${c.at.source_line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ title_as_written: c.trial.as_written, municipality_as_written: name, basis: c.basis, complete: c.complete, ...c.at });
    }
  }
  return out;
}

function distinctNetworks(rows: Array<NetworkStatement & { allListed: boolean }>): NetworkStatement[] {
  const seen = new Set<string>();
  return rows.flatMap(({ allListed: _, ...n }) => {
    const key = `${n.network_as_written}|${n.municipality_as_written}|${n.source_line}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [n];
  });
}
