// Which documents a page's rows come from, for the prose around a chart: a page names its sources from
// the rows it draws, so that a document a researcher adds is cited without editing the page.
import { collate } from "../charts/seriation.js";

/** A row that cites a document: its id, the line it stands on, and (in most views) the document's title. */
export interface CitingRow {
  doc_id: string;
  source_line: number;
  document?: string;
}

export interface CitedDocument {
  doc_id: string;
  title: string;
  /** The first line any of the rows cites: where a link to the document opens it. */
  first_line: number;
  /** How many of the rows cite it. */
  rows: number;
}

/**
 * The documents `rows` cite, in document order, each with its first cited line. A row without its
 * document's title takes it from `titles` (the documents table), else the document's id stands for it.
 */
export function citedDocuments(rows: Iterable<CitingRow>, titles: Iterable<{ doc_id: string; title: string }> = []): CitedDocument[] {
  const titleOf = new Map(Array.from(titles, (d) => [d.doc_id, d.title]));
  const cited = new Map<string, CitedDocument>();
  for (const row of rows) {
    const known = cited.get(row.doc_id);
    if (known) {
      known.first_line = Math.min(known.first_line, row.source_line);
      known.rows += 1;
    } else {
      const title = row.document ?? titleOf.get(row.doc_id) ?? row.doc_id;
      cited.set(row.doc_id, { doc_id: row.doc_id, title, first_line: row.source_line, rows: 1 });
    }
  }
  return [...cited.values()].sort((a, b) => (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : 0));
}

/** A participation statement, as the participation view gives it. */
export interface Statement extends CitingRow {
  document: string;
  basis: string;
  municipality: string;
  trial_id: string;
}

export interface ParticipationSource extends CitedDocument {
  /** The municipalities whose own list of their trials the document is (basis `own_list`). */
  ownLists: string[];
  /** The municipalities the document names for a trial, and the trials it names them for (any other basis). */
  named: { municipalities: number; trials: number };
}

/** What each document contributes to the participation matrix: own lists, and municipalities named for trials. */
export function participationSources(statements: readonly Statement[]): ParticipationSource[] {
  return citedDocuments(statements).map((doc) => {
    const own = statements.filter((s) => s.doc_id === doc.doc_id && s.basis === "own_list");
    const named = statements.filter((s) => s.doc_id === doc.doc_id && s.basis !== "own_list");
    return {
      ...doc,
      ownLists: [...new Set(own.map((s) => s.municipality))].sort(collate),
      named: { municipalities: new Set(named.map((s) => s.municipality)).size, trials: new Set(named.map((s) => s.trial_id)).size },
    };
  });
}
