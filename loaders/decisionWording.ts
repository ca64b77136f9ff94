/**
 * Decisions on applications in running text, for the general layer: `Afgørelse: Delvist godkendt.`,
 * `Ansøgningen er godkendt.`, `Forsøget med … blev afslået.` — each tied to the application it answers
 * (a trial named in the verdict's words, else the `Ansøgning …:` heading above it, else the one trial the document
 * names when the sentence says `forsøget`).
 */
import type { Hit, Paragraph } from "./general.ts";
import { type Span, spanOf } from "./prose.ts";
import { foldTitle } from "./reference.ts";
import { quoteLines, squash, type Seed } from "./seed.ts";
import type { Decision, DecisionStatement, ReadProblem, Source } from "./types.ts";

const VERDICT = String.raw`(?:delvis(?:t)?\s+|ikke\s+)?(?:godkendt|imødekommet)|afslået|afvist`;
/** A verdict said of an application or a trial, or after the label `Afgørelse`. */
const DECISION = new RegExp(
  String.raw`(?<!\p{L})(?:afgørelse\s*:?\s*|(?:ansøgningen|forsøget)(?:\s+[\p{L}\d.,–-]+){0,20}?\s+(?:er|blev|bliver)\s+(?:hermed\s+|derfor\s+)?)(${VERDICT})(?!\p{L})`,
  "iu",
);

/**
 * A verdict whose object is the application it names: `kan ikke imødekomme ansøgningen om digital dialog
 * i stedet for fremmøde`, `imødekommer ansøgningen om …`, `afslår ansøgningen om …`. The application's
 * words run to the end of the clause (a full stop, a colon or semicolon, or a comma before a new clause).
 */
const ANSWERED =
  /(?<!\p{L})(kan\s+ikke\s+imødekomme|imødekommer\s+ikke|afslår|afviser|imødekommer|godkender)\s+ansøgningen\s+om\s+([^.;:]+?)\s*(?=[.;:]|,\s+(?:da|fordi|idet|men|og|så)\b|$)/iu;

/** `Forsøget` alone: the trial the document is about. */
export const THE_TRIAL = /(?<!\p{L})fors[øo@0g]get(?!\p{L})/iu;

function verdictOf(words: string): Decision {
  if (/^delvis/i.test(words)) return "partly_approved";
  if (/^(?:kan\s+)?ikke|ikke$|afslå|afvis/i.test(words)) return "not_approved";
  return "approved";
}

/** `Ansøgning 2: Psykologbehandling i jobcentrene`, `Ansøgning under udfordringsretten: …`: the words after the colon. */
const HEADING = /^\s*Ansøgning(?:\s+[\p{L}\d.-]+){0,3}\s*:\s*(\S.*?)\s*$/iu;

interface Heading {
  from: number;
  to: number;
  title: string;
}

/**
 * An application's heading and its title, which may run on to the next line while that line goes on in
 * lower case (`… på Jobnet for` / `sygemeldte, der …`).
 */
function headings(seed: Seed): Heading[] {
  const out: Heading[] = [];
  seed.lines.forEach((line, i) => {
    const m = line.match(HEADING);
    if (!m) return;
    let to = i + 1;
    let title = m[1];
    while (!/[.:;!?]$/.test(title) && /^\s*\p{Ll}[^:]*$/u.test(seed.lines[to] ?? "")) title += ` ${seed.lines[to++]}`;
    out.push({ from: i + 1, to, title: squash(title) });
  });
  return out;
}

/** A verdict in a sentence, with the trials its words name and, for `… ansøgningen om …`, the application they name. */
interface Verdict {
  s: Span;
  i: number;
  line: number;
  decision: Decision;
  named: Hit[];
  rest: string;
  application: Heading | null;
}

export interface DecisionRead {
  statement: DecisionStatement;
  /** The catalogue trial the application names, if it names one. */
  trial: Hit | null;
  /** The `Ansøgning …:` heading the decision answers, with its lines and words, if it answers one. */
  heading: (Source & { title: string }) | null;
}

/**
 * Every decision in the paragraphs, its sentence with the reasons that follow a bare verdict in the
 * paragraph (up to the next verdict or application heading): one per trial named in the verdict's words, else one for
 * the application heading above it, else one for the document's only trial. A verdict whose application the text does not name is added to
 * `problems`, not stored; the same verdict on the same application stated again is one decision.
 */
export function decisionsIn(seed: Seed, paras: Paragraph[], problems: ReadProblem[]): DecisionRead[] {
  const heads = headings(seed);
  // The first trial named on each line, for the trial an application's heading names.
  const trialOnLine = new Map<number, Hit>();
  for (const q of paras) for (const t of q.trials) if (!trialOnLine.has(q.passage.lineAt(t.start))) trialOnLine.set(q.passage.lineAt(t.start), t);
  const trialIn = ({ from, to }: Heading) => {
    for (let line = from; line <= to; line++) if (trialOnLine.has(line)) return trialOnLine.get(line)!;
    return null;
  };
  // `Forsøget er godkendt` in a document about one trial: that trial.
  const all = paras.flatMap((q) => q.trials);
  const only = new Set(all.map((t) => t.id)).size === 1 ? all[0] : null;
  const out: DecisionRead[] = [];
  const stated = new Set<string>();
  for (const p of paras) {
    const verdicts = p.sentences.flatMap((s, i): Verdict[] => {
      const answered = s.quote.match(ANSWERED);
      if (answered) {
        const [from, to] = [s.start + answered.index!, s.start + answered.index! + answered[0].length];
        const titleAt = s.start + answered.index! + answered[0].length - answered[2].length;
        const named = p.trials.filter((t) => t.start >= from && t.end <= to);
        const words = spanOf(p.passage, titleAt, to);
        // The application's words stand for its heading: a title the catalogue lacks becomes a trial (general.ts).
        const application: Heading = { from: words.source_line, to: words.source_line_end, title: squash(answered[2]) };
        return [{ s, i, line: p.passage.lineAt(from), decision: verdictOf(answered[1]), named, rest: "", application }];
      }
      const m = s.quote.match(DECISION);
      if (!m) return [];
      const [from, to] = [s.start + m.index!, s.start + m.index! + m[0].length];
      // Only a trial named in the verdict's own words (`Forsøget med … blev godkendt`) is the one decided.
      const named = p.trials.filter((t) => t.start >= from && t.end <= to);
      return [{ s, i, line: p.passage.lineAt(from), decision: verdictOf(m[1]), named, rest: s.quote.slice(m.index! + m[0].length), application: null }];
    });
    verdicts.forEach(({ s, i, line, decision, named, rest, application }, k) => {
      const heading = heads.filter((h) => h.from <= line).at(-1);
      const answers: Array<{ application: string; trial: Hit | null; heading?: Heading }> = named.length
        ? named.map((t) => ({ application: t.as_written, trial: t }))
        : application
          ? [{ application: application.title, trial: null, heading: application }]
          : heading
            ? [{ application: heading.title, trial: trialIn(heading), heading }]
            : only && THE_TRIAL.test(s.quote)
              ? [{ application: only.as_written, trial: only }]
              : [];
      if (!answers.length) {
        problems.push({ source_line: line, text: s.quote, reason: "a decision whose application the text does not name" });
        return;
      }
      // A verdict on its own (`Afgørelse: Godkendt.`) is followed by its reasons: they belong to it, up to
      // the next verdict or heading of the paragraph.
      const next = /^\W*$/.test(rest) ? (verdicts[k + 1]?.i ?? p.sentences.length) : i + 1;
      let last = i;
      while (last + 1 < next && !heads.some((h) => h.from === p.sentences[last + 1].source_line)) last++;
      const span = spanOf(p.passage, s.start, p.sentences[last].end);
      for (const { application, trial, heading: head } of answers) {
        const key = `${trial?.id ?? foldTitle(application)} ${decision}`;
        if (stated.has(key)) continue;
        stated.add(key);
        out.push({
          statement: {
            application,
            decision,
            content: application,
            legal_basis: null,
            reservations: null,
            remarks: null,
            source_line: span.source_line,
            source_line_end: span.source_line_end,
            quote: span.quote,
          },
          trial,
          heading: head ? { title: head.title, source_line: head.from, source_line_end: head.to, quote: quoteLines(seed, head.from, head.to) } : null,
        });
      }
    });
  }
  return out;
}
