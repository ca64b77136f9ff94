/**
 * Genre `decision_letter`: the government's answer to a network's applications (seed 003). The prose
 * gives dates and how many applications were met; the decision table's cells are printed column by
 * column, so its rows come from the letter's `data/curated/<doc_id>/decisions.tsv`, each checked against it.
 */
import { parseTsv, verifyQuote } from "./curated.ts";
import { readDates } from "./dates.ts";
import { eventsIn } from "./events.ts";
import { readQuantities } from "./numbers.ts";
import { findLine, passage, sentences } from "./prose.ts";
import type { CuratedFile } from "./reference.ts";
import { SeedError, squash, type Seed } from "./seed.ts";
import { emptyExtract, mentionAt, type Decision, type DocumentExtract } from "./types.ts";

export const DECISION_LETTER_SIGNATURE = /Regeringen har nu behandlet ansøgningerne/;
/** What makes a document the government's decision letter: any two of these. */
export const DECISION_LETTER_FEATURES = [DECISION_LETTER_SIGNATURE, /^\s*Kære /m, /imødekomme/i, /^\s*Med venlig hilsen\s*$/m, /^\s*Afdelingschef,/m];
export const DECISIONS_TABLE = "decisions";

const DECISIONS = new Set<Decision>(["approved", "partly_approved", "not_approved"]);

export function parseDecisionLetter(seed: Seed, curated: CuratedFile | null): DocumentExtract {
  const salutation = findLine(seed, /^\s*Kære /);
  const table = findLine(seed, /^\s*Tabel 1\s*$/);
  const tableEnd = findLine(seed, /^\s*For den fjerde ansøgning/, table) - 1;
  const signature = findLine(seed, /^\s*Med venlig hilsen\s*$/, tableEnd);
  const department = findLine(seed, /^\s*Afdelingschef,/, signature);
  const url = findLine(seed, /frikommuneforsoeg-(i+)\b/i);
  const programme = /frikommuneforsoeg-ii\b/i.test(seed.lines[url - 1]) ? "Frikommuneforsøg II" : "Frikommuneforsøg I";

  const out = emptyExtract({
    title: `Regeringens beslutning om ansøgninger om konkrete forsøg (${squash(seed.lines[salutation - 1])})`,
    kind: "decision_letter",
    issuer: `Økonomi- og Indenrigsministeriet, ${squash(seed.lines[department - 1]).replace(/^Afdelingschef,\s*/, "")}`,
    published: null,
    published_precision: null,
    programme,
    source_line: salutation,
  });
  out.skipped.push(
    { from: salutation, to: salutation, reason: "salutation" },
    { from: signature, to: seed.lines.length, reason: "signature and the ministry's web address (gives issuer and programme)" },
  );

  if (!curated) {
    throw new SeedError(
      seed.file,
      table,
      `the decision table is printed column by column; state its rows in data/curated/${seed.docId}/${DECISIONS_TABLE}.tsv (see another letter's)`,
    );
  }
  for (const row of parseTsv(curated.text, curated.file)) {
    verifyQuote(seed, row, curated.file);
    if (!DECISIONS.has(row.decision as Decision)) {
      throw new SeedError(curated.file, Number(row.line), `decision must be one of ${[...DECISIONS].join(", ")}, not "${row.decision}"`);
    }
    out.decisions.push({
      curated: true,
      application: row.application,
      decision: row.decision as Decision,
      content: row.content,
      legal_basis: row.legal_basis || null,
      reservations: row.reservations || null,
      remarks: row.remarks || null,
      source_line: Number(row.source_line),
      source_line_end: Number(row.source_line_end),
      quote: row.quote,
    });
  }
  out.skipped.push({ from: table, to: tableEnd, reason: `decision table, stated in ${curated.file}` });
  // Each application decided names a trial, met or not: one the catalogue lacks becomes a provisional
  // trial with a proposed id, listed for review (as the general layer does for a decision under a heading).
  const applied = new Set<string>();
  for (const d of out.decisions) {
    if (applied.has(d.application)) continue;
    applied.add(d.application);
    out.trials.push({ ...mentionAt(d.application, d), curated: true });
  }

  // The letter's own count of met applications must agree with the table. A date written without
  // its year ("d. 24. februar") falls in the first year after the letter's first date (its reception).
  let anchor: string | null = null;
  for (const p of [passage(seed, salutation + 1, table - 1), passage(seed, tableEnd + 1, signature - 1)]) {
    for (const s of sentences(p)) {
      // Problems in the sentence are reported by eventsIn, which reads it again with the anchor.
      anchor ??= readDates(s.quote).dates[0]?.date ?? null;
      const count = readQuantities(s.quote).quantities.find((q) => q.unit === "applications");
      if (count && /imødekomme/.test(s.quote)) {
        checkCount(seed, s.source_line, count.value, s.quote, out, curated.file);
        out.skipped.push({ from: s.source_line, to: s.source_line_end, reason: "count of met applications, checked against the table" });
      }
      const events = eventsIn(s, anchor, out.problems);
      out.events.push(...events);
      if (!events.length && !count) out.skipped.push({ from: s.source_line, to: s.source_line_end, reason: "letter prose without a date or a count" });
    }
  }
  if (anchor === null) throw new SeedError(seed.file, salutation, "the letter states no date");
  return out;
}

function checkCount(seed: Seed, line: number, stated: number, quote: string, out: DocumentExtract, curatedFile: string): void {
  const applications = new Map(out.decisions.map((d) => [d.application, d.decision]));
  const met = [...applications.values()].filter((d) => d !== "not_approved").length;
  const of = Number(quote.match(/af jeres (\w+) ansøgninger/) ? readQuantities(quote.replace(/^.*af jeres /, "")).quantities[0]?.value : applications.size);
  if (met !== stated || of !== applications.size) {
    throw new SeedError(seed.file, line, `the letter meets ${stated} of ${of} applications, but ${curatedFile} has ${met} of ${applications.size}`);
  }
}
