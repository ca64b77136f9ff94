/**
 * Genre `overview`: a municipality's table of its numbered trials (title, period, whether it is
 * recommended for legislation), followed by a summarised evaluation in prose (seed 000, Viborg).
 */
import { periodOf, readDates, type DanishDate } from "./dates.ts";
import { readEndWording } from "./endWording.ts";
import { eventsIn } from "./events.ts";
import { findingsIn } from "./findings.ts";
import { findLine, isBlank, paragraphs, passage, sentences, spanOf } from "./prose.ts";
import { SeedError, squash, type Seed } from "./seed.ts";
import { emptyExtract, mentionAt, type DocumentExtract, type ReadProblem, type Recommendation, type Status, type TrialStatement } from "./types.ts";

/** The title, with or without its count of trials (`Oversigt over de 20 frikommuneforsøg`). */
export const OVERVIEW_SIGNATURE = /^\s*Oversigt over (?:de \d+ )?frikommuneforsøg/im;
/** What makes a document an overview: any two of its title, table heads, evaluation and jobcentre. */
export const OVERVIEW_FEATURES = [
  OVERVIEW_SIGNATURE,
  /Anbefales indarbejdet i lovgivning/i,
  /^\s*Opsummerede evaluering/im,
  /^\s*Jobcenter\s+\p{Lu}/mu,
  /\bIkke anvendt\b/,
];

const SECTION = /^\s*(?:\d\.(?:\s+og\s+\d\.)?\s+ansøgningsrunde|Kopiforsøg|Fællesansøgninger)/;
const COLUMN_HEADS = /\s*Periode Anbefales indarbejdet i lovgivning\s*$/;
const PERIOD = /^(.*?)\s*(?:til|-|–)\s*$/;

export function parseOverview(seed: Seed): DocumentExtract {
  const titleLine = findLine(seed, OVERVIEW_SIGNATURE);
  const count = seed.lines[titleLine - 1].match(/de (\d+) frikommuneforsøg/);
  const announced = count ? Number(count[1]) : null;
  const evaluationLine = findLine(seed, /^\s*Opsummerede evaluering/, titleLine + 1);
  const owner = findOwner(seed, evaluationLine);

  const out = emptyExtract({
    title: squash(seed.lines[titleLine - 1]),
    kind: "overview",
    issuer: `Jobcenter ${owner.name}`,
    published: null,
    published_precision: null,
    programme: "Frikommuneforsøg I",
    source_line: titleLine,
  });
  out.skipped.push({ from: titleLine, to: titleLine, reason: "document title" });

  const items = tableItems(seed, titleLine + 1, evaluationLine - 1, out);
  if (announced !== null && items.length !== announced) {
    throw new SeedError(seed.file, titleLine, `the title announces ${announced} trials but the table lists ${items.length}`);
  }
  for (const item of items) {
    out.trials.push(item);
    out.participation.push({
      title_as_written: item.title_as_written,
      municipality_as_written: owner.name,
      basis: "own_list",
      complete: true,
      source_line: item.source_line,
      source_line_end: item.source_line_end,
      quote: item.quote,
    });
  }
  readEvaluation(seed, evaluationLine, owner.name, items, out);
  return out;
}

/** The municipality whose jobcentre the document speaks for (`Jobcenter Viborg`). */
function findOwner(seed: Seed, from: number): { name: string; line: number } {
  const line = findLine(seed, /Jobcenter\s+\p{Lu}\p{L}+/u, from);
  return { name: seed.lines[line - 1].match(/Jobcenter\s+(\p{Lu}\p{L}+)/u)![1], line };
}

interface RawItem {
  number: number;
  section: string | null;
  lines: number[];
}

function tableItems(seed: Seed, from: number, to: number, out: DocumentExtract): TrialStatement[] {
  const items: RawItem[] = [];
  let section: string | null = null;
  let sectionLines: number[] | null = null;
  for (let n = from; n <= to; n++) {
    const line = seed.lines[n - 1];
    if (isBlank(line)) continue;
    const item = line.match(/^(\d{1,2}) (?=\p{L})/u);
    if (item && Number(item[1]) === items.length + 1) {
      if (sectionLines) section = sectionText(seed, sectionLines, out);
      sectionLines = null;
      items.push({ number: Number(item[1]), section, lines: [n] });
    } else if (SECTION.test(line)) {
      sectionLines = [n];
    } else if (sectionLines) {
      sectionLines.push(n);
    } else if (items.length) {
      items[items.length - 1].lines.push(n);
    } else {
      throw new SeedError(seed.file, n, `text before the first numbered trial: "${squash(line)}"`);
    }
  }
  return items.map((item) => readItem(seed, item, out.problems));
}

function sectionText(seed: Seed, lines: number[], out: DocumentExtract): string {
  out.skipped.push({ from: lines[0], to: lines[lines.length - 1], reason: "table section heading" });
  return squash(lines.map((n) => seed.lines[n - 1]).join(" ")).replace(COLUMN_HEADS, "");
}

/**
 * One numbered row: `title`, then a period or `Ikke anvendt`, then the recommendation. A period with an
 * impossible date, or ending before it starts, is reported to `problems` and the row keeps no period.
 */
function readItem(seed: Seed, item: RawItem, problems: ReadProblem[]): TrialStatement {
  const first = item.lines[0];
  const last = item.lines[item.lines.length - 1];
  const p = passage(seed, first, last);
  const text = p.text.replace(/^\d{1,2}\s+/, "");
  const where = (message: string) => new SeedError(seed.file, first, `trial ${item.number}: ${message}`);

  let title: string;
  let rest: string;
  let status: Status;
  let start: DanishDate | null = null;
  let end: DanishDate | null = null;
  const unused = text.match(/\s*Ikke anvendt\s*/);
  const read = readDates(text);
  const lineOf = (index: number) => p.lineAt(index + p.text.length - text.length);
  for (const r of read.problems) problems.push({ source_line: lineOf(r.index), text: r.text, reason: r.reason });
  // Dates and unreadable dates alike mark where the period stands in the row.
  const dates = [...read.dates, ...read.problems].sort((a, b) => a.index - b.index);
  if (unused && (!dates.length || unused.index! < dates[0].index)) {
    title = text.slice(0, unused.index);
    rest = text.slice(unused.index! + unused[0].length);
    status = "not_used";
  } else if (dates.length >= 2 && PERIOD.test(text.slice(dates[0].index + dates[0].text.length, dates[1].index))) {
    const [from, to] = dates;
    title = text.slice(0, from.index).trim();
    rest = text.slice(to.index + to.text.length);
    status = readEndWording(rest.split(/\b(?:Ja|Nej)\b/)[0]).cancelled ? "cancelled" : "completed";
    if ("date" in from && "date" in to) {
      const period = periodOf(from, to, text.slice(from.index, to.index + to.text.length), from.index);
      if ("reason" in period) problems.push({ source_line: lineOf(period.index), text: period.text, reason: period.reason });
      else [start, end] = [from, to];
    }
  } else {
    throw where(`neither a period (\`1. okt. 2013 - 26. marts 2014\`) nor \`Ikke anvendt\` in "${text}"`);
  }

  const { recommendation, extended_until } = readRecommendation(rest, where);
  return {
    title_as_written: squash(title),
    number: item.number,
    section: item.section,
    start_date: start?.date ?? null,
    start_precision: start?.precision ?? null,
    end_date: end?.date ?? null,
    end_precision: end?.precision ?? null,
    status,
    extended_until,
    recommendation,
    ...spanOf(p, 0, p.text.length),
    source_line: first,
    source_line_end: last,
  };
}

function readRecommendation(rest: string, where: (message: string) => Error): { recommendation: Recommendation; extended_until: string | null } {
  const { extended_until } = readEndWording(rest);
  if (/^\W*(?:annulleret\W*)?Ja\b/.test(rest)) return { recommendation: "yes", extended_until };
  if (/indarbejdet\s+i\s+lovgivningen/.test(rest)) return { recommendation: "already_law", extended_until };
  if (/\bNej\s*$/.test(rest)) return { recommendation: "no", extended_until };
  throw where(`no recommendation (Ja / Nej / indarbejdet i lovgivningen) in "${squash(rest)}"`);
}

/** The prose evaluation: each themed sentence is a finding; sentences naming listed trials are mentions. */
function readEvaluation(seed: Seed, from: number, owner: string, items: TrialStatement[], out: DocumentExtract): void {
  out.skipped.push({ from, to: from, reason: "section heading" });
  // In this layout every text line is followed by an empty one; paragraphs end at a line holding only spaces.
  const spaceOnly = (line: string) => line.length > 0 && !line.trim();
  const heads = items.map((item) => ({ item, head: titleHead(item.title_as_written) })).filter((h) => h.head.length > 20);
  for (const p of paragraphs(seed, from + 1, seed.lines.length, spaceOnly)) {
    for (const s of sentences(p)) {
      const text = titleKey(s.quote);
      const named = heads.filter((h) => text.includes(h.head)).map((h) => h.item);
      for (const item of named) out.trials.push(mentionAt(item.title_as_written, s));
      out.events.push(...eventsIn(s, null, out.problems));
      const subjects = named.length ? named.map((i) => i.title_as_written) : [null];
      for (const title of subjects) out.outcomes.push(...findingsIn(s, { title_as_written: title, municipality_as_written: owner }, out.problems));
    }
  }
}

/** Titles and sentences compare as lower-case words. */
function titleKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim();
}

/** A sentence names a trial when it contains the trial's title up to its first full stop or parenthesis. */
function titleHead(title: string): string {
  return titleKey(title.split(/[(.]/)[0]);
}
