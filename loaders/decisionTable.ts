/**
 * Decisions in a letter's table of applications, for the general layer: `Tabel 1` captioned
 * `Ansøgninger, der gives helt eller delvist tilsagn om` (or `… der ikke gives tilsagn om`), its cells
 * printed one column after another. Each catalogue trial named in the table opens a row that runs to the
 * next one; the row's words say how far it was met (`som ansøgt`; `Der gives ikke fritagelse for …`).
 * Where a letter has a curated table (decisionLetter.ts), that is read instead.
 */
import type { Hit } from "./general.ts";
import { joinBrokenWords, quoteLines, squash, type Seed } from "./seed.ts";
import type { Decision, Source } from "./types.ts";
import type { DecisionRead } from "./decisionWording.ts";

const TABLE = /^\s*Tabel\s+\d+\b/i;
/** A caption about what was granted or refused. */
const CAPTION = /\btilsagn\b|\bgodkend|\bimødekom|\bafslå/i;
const REFUSED = /\bikke\b|\bafslå/i;
/** Where the table stops: a line of running text (cells are narrow), the next table or the signature. */
const PROSE_WIDTH = 60;
const ENDS = /^\s*(?:Tabel\s+\d+\b|Med venlig hilsen\b)/i;
/** A row's words granting it in full. */
const IN_FULL = /\bsom\s+ansøgt\b/i;
/** A row's words holding part of it back. */
const IN_PART = /\b(?:gives|meddeles|imødekommes)\s+ikke\b|\bikke\s+(?:fritagelse|dispensation|tilsagn)\b|\bdelvis(?:t)?\b|\bundtag(?:en|et)\b|\bdog\s+ikke\b/i;

/** The catalogue trials the document names, each with where it stands. */
export type NamedTrial = { hit: Hit; at: Source };

/** The lines a table captioned with a decision covers: caption, first and last line. */
function decisionTables(seed: Seed): Array<{ caption: string; from: number; to: number }> {
  const out: Array<{ caption: string; from: number; to: number }> = [];
  seed.lines.forEach((line, i) => {
    if (!TABLE.test(line)) return;
    // The caption is the table's title line, or the first line after it.
    const next = seed.lines.slice(i, i + 4).findIndex((l, k) => (k === 0 ? CAPTION.test(l.replace(TABLE, "")) : CAPTION.test(l)));
    if (next < 0) return;
    const captionLine = i + next;
    let last = captionLine + 1;
    while (last < seed.lines.length && squash(seed.lines[last]).length < PROSE_WIDTH && !ENDS.test(seed.lines[last])) last++;
    out.push({ caption: squash(seed.lines[captionLine]), from: captionLine + 2, to: last });
  });
  return out;
}

function verdict(caption: string, row: string): Decision {
  if (REFUSED.test(caption)) return "not_approved";
  if (IN_FULL.test(row)) return "approved";
  return IN_PART.test(row) ? "partly_approved" : "approved";
}

/** One decision per catalogue trial that opens a row of a table captioned with a decision. */
export function tableDecisionsIn(seed: Seed, named: NamedTrial[]): DecisionRead[] {
  const out: DecisionRead[] = [];
  for (const table of decisionTables(seed)) {
    const rows: NamedTrial[] = [];
    for (const t of named) {
      if (t.at.source_line < table.from || t.at.source_line > table.to) continue;
      // A trial named again further down its own row (in a remark) opens no new row.
      if (rows.at(-1)?.hit.id !== t.hit.id) rows.push(t);
    }
    rows.forEach(({ hit, at }, k) => {
      const end = (rows[k + 1]?.at.source_line ?? table.to + 1) - 1;
      const application = squash(joinBrokenWords(hit.as_written));
      const quote = quoteLines(seed, at.source_line, end);
      out.push({
        statement: {
          application,
          // The row's words, those broken at a line's end joined again (`frita-` / `gelse`).
          decision: verdict(table.caption, joinBrokenWords(quote)),
          content: application,
          legal_basis: null,
          reservations: null,
          remarks: null,
          source_line: at.source_line,
          source_line_end: end,
          quote,
        },
        trial: hit,
        heading: null,
      });
    });
  }
  return out;
}
