/**
 * Genre `webinar`: slides of a municipality's talk (seed 001, Vesthimmerland at a North Jutland
 * webinar). A numbered list of the municipality's trials; per highlighted trial a content slide
 * (`<title> – Forsøgets indhold`), the external evaluation's bullets and a recommendation box.
 */
import { readDates } from "./dates.ts";
import { eventsIn } from "./events.ts";
import { findingsIn } from "./findings.ts";
import { findLine, isBlank, paragraphs, passage, sentences, spanOf, type Passage } from "./prose.ts";
import { SeedError, squash, type Seed } from "./seed.ts";
import { emptyExtract, mentionAt, type DocumentExtract, type Source, type TrialStatement } from "./types.ts";

export const WEBINAR_SIGNATURE = /^\s*Webinar d\. \d/m;
/** What makes a document a webinar's slides: any two of these. */
export const WEBINAR_FEATURES = [/^\s*Webinar/im, /^\s*–\s*Forsøgets indhold\s*$/m, /evalueringen viser/i, /^\s*Anbefaling\s*$/m, /^\s*v\/\s/m];

const TRIAL_HEADING = /^\s*–\s*Forsøgets indhold\s*$/;
const EVALUATION = /^\s*Rambøll-evalueringen viser overordnet\s*$/;
const RECOMMENDATION_BOX = /^\s*Anbefaling\s*$/;

export function parseWebinar(seed: Seed): DocumentExtract {
  const webinarLine = findLine(seed, WEBINAR_SIGNATURE);
  // An unreadable date on this line is reported by eventsIn below.
  const date = readDates(seed.lines[webinarLine - 1]).dates[0];
  const presenter = findLine(seed, /^\s*v\/\s/, webinarLine);
  const presenterEnd = findLine(seed, /kommune\s*$/i, presenter);
  const municipality = squash(seed.lines[presenterEnd - 1])
    .replace(/\s+kommune$/i, "")
    .replace(/s$/, "");
  const titleLines = [1, webinarLine - 1];

  const out = emptyExtract({
    title: `${quoteOf(seed, titleLines[0], titleLines[1])}: ${squash(seed.lines[webinarLine - 1])}`,
    kind: "webinar",
    issuer: `${municipality} Kommune`,
    published: date?.date ?? null,
    published_precision: date?.precision ?? null,
    programme: /Frikommuneforsøg II\b/.test(quoteOf(seed, 1, webinarLine)) ? "Frikommuneforsøg II" : "Frikommuneforsøg I",
    source_line: webinarLine,
  });
  out.skipped.push({ from: titleLines[0], to: titleLines[1], reason: "document title" });
  const [held] = eventsIn(spanOf(passage(seed, webinarLine, webinarLine), 0, seed.lines[webinarLine - 1].trim().length), null, out.problems);
  if (held) out.events.push({ ...held, event: "webinar" });
  out.skipped.push({ from: webinarLine + 1, to: presenterEnd, reason: "talk title and presenter (gives the issuer)" });

  const footer = slideFooter(seed);
  for (let n = 1; n <= seed.lines.length; n++) {
    if (squash(seed.lines[n - 1]) === footer) out.skipped.push({ from: n, to: n, reason: "slide footer" });
  }

  // The agenda slide: its heading `Indhold` comes after its items, which start after the previous footer.
  const agenda = findLine(seed, /^\s*Indhold\s*$/);
  let agendaStart = agenda;
  while (agendaStart > 1 && squash(seed.lines[agendaStart - 2]) !== footer) agendaStart--;
  out.skipped.push({ from: agendaStart, to: agenda, reason: "agenda" });

  const list = trialList(seed, municipality);
  out.skipped.push({ from: list.heading, to: list.heading, reason: "slide heading" });
  for (const item of list.items) {
    out.trials.push(item);
    out.participation.push({ ...item, municipality_as_written: municipality, basis: "own_list", complete: true });
  }

  // Content slides: their body stands before the heading line pair `<title>` / `– Forsøgets indhold`.
  let bodyStart = list.heading + 1;
  for (let n = bodyStart; n <= seed.lines.length; n++) {
    if (!TRIAL_HEADING.test(seed.lines[n - 1])) continue;
    const titleLine = n - 1;
    const title = squash(seed.lines[titleLine - 1]);
    const evaluation = findLine(seed, EVALUATION, n);
    // The slide runs on after its heading (e.g. which parts the municipality took part in) to the footer.
    let slideEnd = n;
    while (slideEnd + 1 < evaluation && squash(seed.lines[slideEnd]) !== footer) slideEnd++;
    out.trials.push(mentionAt(title, wholeOf(passage(seed, bodyStart, slideEnd))));
    const box = findLine(seed, RECOMMENDATION_BOX, evaluation);
    const boxStart = recommendationStart(seed, evaluation, box);
    out.skipped.push({ from: evaluation, to: evaluation, reason: "slide heading" }, { from: box, to: box, reason: "slide heading" });
    for (const p of paragraphs(seed, evaluation + 1, boxStart - 1, (line) => squash(line) === footer)) {
      for (const s of sentences(p)) out.outcomes.push(...findingsIn(s, { title_as_written: title, municipality_as_written: null }, out.problems));
    }
    const rec = passage(seed, boxStart, box - 1);
    if (!/anbefal/i.test(rec.text)) throw new SeedError(seed.file, boxStart, `expected a recommendation before "Anbefaling"`);
    out.trials.push({ ...mentionAt(title, wholeOf(rec)), recommendation: /\bikke\b/.test(rec.text) ? "no" : "yes" });
    bodyStart = box + 1;
    n = box;
  }
  return out;
}

function quoteOf(seed: Seed, from: number, to: number): string {
  return passage(seed, from, to).text;
}

/** The line every slide repeats (a logo text such as `Aalborg Kommune`). */
function slideFooter(seed: Seed): string {
  const counts = new Map<string, number>();
  for (const line of seed.lines) if (!isBlank(line)) counts.set(squash(line), (counts.get(squash(line)) ?? 0) + 1);
  const [footer, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (count < 3) throw new SeedError(seed.file, null, "no repeated slide footer found");
  return footer;
}

/** The numbered list `1. …` … `N. …` directly followed by its heading `Forsøg i <municipality>`. */
function trialList(seed: Seed, municipality: string): { heading: number; items: TrialStatement[] } {
  const heading = findLine(seed, new RegExp(`^\\s*Forsøg i ${municipality}\\s*$`));
  const items: TrialStatement[] = [];
  for (let n = heading - 1; n > 0; n--) {
    const line = seed.lines[n - 1];
    if (isBlank(line)) continue;
    const m = line.match(/^\s*(\d{1,2})\.\s+(.+?)\s*$/);
    if (!m) break;
    const p = passage(seed, n, n);
    items.unshift({ ...mentionAt(m[2], wholeOf(p)), number: Number(m[1]) });
  }
  items.forEach((item, i) => {
    if (item.number !== i + 1) throw new SeedError(seed.file, item.source_line, `list item numbered ${item.number}, expected ${i + 1}`);
  });
  if (!items.length) throw new SeedError(seed.file, heading, "no numbered trial list before this heading");
  return { heading, items };
}

/** The recommendation box text starts at the first line after the bullets that is not a bullet continuation. */
function recommendationStart(seed: Seed, evaluation: number, box: number): number {
  for (let n = box - 1; n > evaluation; n--) {
    if (/^\s+\S/.test(seed.lines[n - 1])) return n;
  }
  throw new SeedError(seed.file, box, "could not find where the recommendation text starts");
}

/** The whole passage as one source span. */
function wholeOf(p: Passage): Source {
  const { source_line, source_line_end, quote } = spanOf(p, 0, p.text.length);
  return { source_line, source_line_end, quote };
}
