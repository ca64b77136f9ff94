/**
 * Genre `evaluation_summary`: the agency's OCR'd summary of the municipalities' own evaluations
 * (seed 004). The prose names the two networks and their municipalities; the three-column table
 * (title and municipalities | what the trial involves | conclusions) is interleaved beyond parsing,
 * so its cells' line ranges come from the summary's `data/curated/<doc_id>/evaluation_summary.tsv`, each checked.
 */
import { fragmentsOccur, parseTsv } from "./curated.ts";
import { eventsIn } from "./events.ts";
import { findingsIn } from "./findings.ts";
import { splitNameList } from "./municipalities.ts";
import { findLine, paragraphs, passage, sentences, spanOf } from "./prose.ts";
import type { CuratedFile } from "./reference.ts";
import { SeedError, squash, type Seed } from "./seed.ts";
import { emptyExtract, mentionAt, type DocumentExtract } from "./types.ts";

export const EVALUATION_SUMMARY_SIGNATURE = /^\s*Frikommunefors\S+ I\S* - konklusioner af kommunernes egne eva-?/m;
/** What makes a document the agency's evaluation summary: any two of these. */
export const EVALUATION_SUMMARY_FEATURES = [
  EVALUATION_SUMMARY_SIGNATURE,
  /konklusioner af kommunernes egne/i,
  /frikommunenet\S+ ved navn/i,
  /^\s*Kilde:/m,
  /Styrelsen for Arbejdsmarked og Rekruttering/,
];
export const SUMMARY_TABLE = "evaluation_summary";

const FIRST_NETWORK = /alle \d+ kommuner i region \S+ \((.+?)\) \S+ en del af et frikommunenet\S+ ved navn (.+?) under ordningen/;
const SECOND_NETWORK = /et andet frikommunenet\S+ ved navn (.+?)\. Net\S+ omfatter (.+?)\.$/;

export function parseEvaluationSummary(seed: Seed, curated: CuratedFile | null): DocumentExtract {
  const title = findLine(seed, EVALUATION_SUMMARY_SIGNATURE);
  const table = findLine(seed, /^\s*Tabel 1\s*$/, title);
  const source = findLine(seed, /^\s*Kilde:/, table);
  const out = emptyExtract({
    // The title is cited, so its two OCR slips are mended here; the seed keeps them.
    title: passage(seed, title, title + 1)
      .text.replace(/eva- lueringer/, "evalueringer")
      .replace(/forsgg/, "forsøg"),
    kind: "evaluation_summary",
    issuer: issuerOf(seed),
    published: null,
    published_precision: null,
    programme: "Frikommuneforsøg II",
    source_line: title,
  });
  out.skipped.push({ from: title, to: title + 1, reason: "document title" }, { from: source, to: source, reason: "source note of the table" });

  for (const p of paragraphs(seed, title + 2, table - 1)) {
    const whole = spanOf(p, 0, p.text.length);
    const network = p.text.match(FIRST_NETWORK) ?? p.text.match(SECOND_NETWORK);
    if (network) {
      const [name, members] = network[0].startsWith("alle") ? [network[2], network[1]] : [network[1], network[2]];
      for (const m of splitNameList(members)) out.networks.push({ network_as_written: squash(name), municipality_as_written: m, ...whole });
      continue;
    }
    for (const s of sentences(p)) {
      const events = eventsIn(s, null, out.problems);
      out.events.push(...events);
      if (!events.length) out.outcomes.push(...findingsIn(s, { title_as_written: null, municipality_as_written: null }, out.problems));
    }
  }

  if (!curated) {
    throw new SeedError(
      seed.file,
      table,
      `the table's columns interleave; state its cells in data/curated/${seed.docId}/${SUMMARY_TABLE}.tsv (see another summary's)`,
    );
  }
  const tableEnd = readTable(seed, table, source - 1, curated, out);
  out.skipped.push({ from: table, to: tableEnd, reason: "table title and column heads" });
  return out;
}

/** The summary names the agency the evaluations were sent to. */
function issuerOf(seed: Seed): string {
  const text = passage(seed, 1, seed.lines.length).text;
  const agency = text.match(/til (Styrelsen for Arbejdsmarked og Rekruttering)/);
  if (!agency) throw new SeedError(seed.file, null, "the summary names no agency (Styrelsen for …)");
  return agency[1];
}

/** Rows of the curated table; returns the last line of the table's heading block. */
function readTable(seed: Seed, table: number, last: number, curated: CuratedFile, out: DocumentExtract): number {
  const rows = parseTsv(curated.text, curated.file);
  const firstCell = Math.min(...rows.map((r) => Number(r.title_line)), ...rows.map((r) => Number(r.municipalities_line)));
  for (const row of rows) {
    const range = (key: string) => {
      const [from, to] = [Number(row[`${key}_line`]), Number(row[`${key}_line_end`])];
      if (!(from > table && to >= from && to <= last)) {
        throw new SeedError(curated.file, Number(row.line), `${key} lines ${from}–${to} are not inside the table of ${seed.file} (lines ${table}–${last})`);
      }
      return [from, to] as const;
    };
    const cell = (key: string, quote: string) => {
      const [from, to] = range(key);
      if (!fragmentsOccur(seed, quote, from, to)) {
        throw new SeedError(curated.file, Number(row.line), `${key} "${quote}" not found in ${seed.file} lines ${from}–${to}`);
      }
      return { source_line: from, source_line_end: to, quote };
    };
    const titleAsWritten = row.title_as_written.split(" … ").join(" ");
    const titleCell = cell("title", row.title_as_written);
    const trial = { ...mentionAt(squash(titleAsWritten), titleCell), curated: true };
    out.trials.push(trial);
    const members = cell("municipalities", row.municipalities_as_written);
    for (const name of splitNameList(row.municipalities_as_written.split(" … ").join(" "))) {
      // The summary's table gives each trial all the network municipalities that ran it.
      out.participation.push({
        title_as_written: trial.title_as_written,
        municipality_as_written: name,
        basis: "named",
        complete: true,
        ...members,
        curated: true,
      });
    }
    const [dFrom, dTo] = range("description");
    out.skipped.push({ from: dFrom, to: dTo, reason: "what the trial involves (description)" });
    const [cFrom, cTo] = range("conclusions");
    for (const p of paragraphs(seed, cFrom, cTo)) {
      for (const s of sentences(p)) {
        out.outcomes.push(
          ...findingsIn(s, { title_as_written: trial.title_as_written, municipality_as_written: null }, out.problems).map((o) => ({ ...o, curated: true })),
        );
      }
    }
  }
  return firstCell - 1;
}
