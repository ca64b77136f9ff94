// Links into the source viewer, and the listing that shows a document line by line with what each line fed:
// used by the source pages (src/sources/[doc].md.tmpl) and by their page loader, which writes the same
// title, summary and listing into the page for readers without JavaScript.
import { formatDate, formatNumber } from "../text/locale.js";

/** `./sources/<doc>#L<line>` relative to a page at the site's root; pages one folder down pass `base = ".."`. */
export function sourceHref(doc_id: string, line: number, base = "."): string {
  return `${base}/sources/${doc_id}#L${line}`;
}

export interface SourceLine {
  line: number;
  text: string;
  status: string;
  reason: string | null;
}

export interface FedRow {
  table: string;
  row: Record<string, unknown>;
}

/** The tables whose rows a source page shows beside the lines they came from. */
export const SOURCE_FED = ["trials", "mentions", "participation", "outcomes", "decisions", "events", "networks", "documents"] as const;

type Rows = Array<Record<string, unknown>>;

/** Every row of the document `doc` in `tables` (SOURCE_FED), indexed by each line it spans. */
export function rowsByLine(tables: Partial<Record<string, Rows>>, doc: string): Map<number, FedRow[]> {
  const byLine = new Map<number, FedRow[]>();
  for (const table of SOURCE_FED) {
    for (const row of tables[table] ?? []) {
      if (row.doc_id !== doc || row.source_line == null) continue;
      const [first, last] = [Number(row.source_line), Number(row.source_line_end ?? row.source_line)];
      for (let n = first; n <= last; n++) {
        const here = byLine.get(n);
        if (here) here.push({ table, row });
        else byLine.set(n, [{ table, row }]);
      }
    }
  }
  return byLine;
}

/** How one document's lines were read: "194 parsed, 12 skipped, 0 unparsed". */
function readCounts(lines: readonly { status: string }[]): string {
  const count = (status: string) => formatNumber(lines.filter((l) => l.status === status).length);
  return `${count("parsed")} parsed, ${count("skipped")} skipped, ${count("unparsed")} unparsed`;
}

/** What a source page says of its document under the title: who, what, when, and how much was read. */
export function sourceSummary(meta: Record<string, unknown>, lines: SourceLine[]): string {
  const published = meta.published == null ? "undated" : formatDate(meta.published as string, meta.published_precision as string);
  return [
    meta.issuer ?? "Issuer not stated",
    String(meta.kind).replace("_", " "),
    published,
    meta.programme ?? "programme not stated",
    `seed file seeds/${meta.doc_id}.txt, ${formatNumber(Number(meta.line_count))} lines: ${readCounts(lines)}.`,
  ].join(" · ");
}

const HIDDEN = new Set(["doc_id", "source_line", "source_line_end", "quote", "statement"]);

function value(v: unknown): string {
  if (Array.isArray(v)) return v.join(", ");
  if (v && typeof v === "object" && Symbol.iterator in v) return Array.from(v as Iterable<unknown>).join(", ");
  return String(v);
}

/** One table row as "table: field = value · …", leaving out the provenance the listing already shows. */
export function describeRow({ table, row }: FedRow): string {
  const fields = Object.entries(row).filter(([k, v]) => !HIDDEN.has(k) && v !== null && v !== undefined);
  return `${table}: ${fields.map(([k, v]) => `${k} = ${value(v)}`).join(" · ")}`;
}

/**
 * The document as a table of lines. Seed text goes in as text nodes, never as HTML. A parsed line
 * opens, on click, the rows it fed; `fed(line)` returns them. `document`: jsdom's where the page loader
 * writes the listing into the page for readers without JavaScript (src/sources/[doc].md.tmpl), who get
 * every line's rows in the HTML (`written`), as no script is there to add them when a line is opened.
 */
export function sourceListing(
  lines: SourceLine[],
  fed: (line: number) => FedRow[],
  document = globalThis.document,
  { written = false }: { written?: boolean } = {},
): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "source";
  table.dataset.testid = "source-lines";
  for (const l of lines) {
    const tr = table.insertRow();
    tr.id = `L${l.line}`;
    tr.className = l.status;
    const n = tr.insertCell();
    n.className = "n";
    const anchor = document.createElement("a");
    anchor.href = `#L${l.line}`;
    anchor.textContent = String(l.line);
    n.append(anchor);
    const text = tr.insertCell();
    text.className = "text";
    // The documents are Danish; the page around them is English (WCAG 3.1.2).
    text.lang = "da";
    text.textContent = l.text;
    const why = tr.insertCell();
    why.className = "why";
    if (l.status === "parsed") {
      const rows = fed(l.line);
      const details = document.createElement("details");
      const summary = document.createElement("summary");
      summary.textContent = `${rows.length} row${rows.length === 1 ? "" : "s"}: ${l.reason}`;
      details.append(summary);
      const rowList = () => {
        const list = document.createElement("ul");
        for (const r of rows) {
          const item = document.createElement("li");
          item.textContent = describeRow(r);
          list.append(item);
        }
        return list;
      };
      // Live, rows are rendered when opened: a document has hundreds of parsed lines.
      if (written) details.append(rowList());
      else
        details.addEventListener("toggle", () => {
          if (details.open && details.childElementCount === 1) details.append(rowList());
        });
      why.append(details);
    } else {
      why.textContent = l.reason ? `${l.status} · ${l.reason}` : l.status;
    }
  }
  return table;
}

/** A document as the documents table has it, for the list of sources. */
interface ListedDocument {
  doc_id: string;
  title: string;
  issuer: string | null;
  kind: string;
  published: string | number | null;
  published_precision: string | null;
  line_count: number;
}

/**
 * The list of sources (/sources): each document linked to its page, with its issuer, kind, date and how
 * its lines were read. `document`: jsdom's where the page loader writes it into the page, so that readers
 * without JavaScript reach the source pages too.
 */
export function documentList(documents: ListedDocument[], lines: Array<{ doc_id: string; status: string }>, document = globalThis.document): HTMLOListElement {
  // Each document's lines, found in one pass over all of them: the corpus may hold hundreds of documents.
  const linesOf = new Map<string, Array<{ status: string }>>();
  for (const l of lines) {
    const own = linesOf.get(l.doc_id);
    if (own) own.push(l);
    else linesOf.set(l.doc_id, [l]);
  }
  return sourcesList(documents, (d) => `${formatNumber(d.line_count)} lines: ${readCounts(linesOf.get(d.doc_id) ?? [])}`, document);
}

/** A document with how many of its lines fed a table, as views/overview.ts's `documentsParsed` gives it. */
export interface ParsedDocument extends ListedDocument {
  parsed: number;
}

/**
 * The overview's list of sources: each document linked to its page, with its issuer, kind, date and how
 * many of its lines the parsers turned into rows. Made by the page and by its page loader.
 */
export function parsedDocumentList(documents: ParsedDocument[], document = globalThis.document): HTMLOListElement {
  return sourcesList(documents, (d) => `${formatNumber(d.parsed)} of ${formatNumber(d.line_count)} lines parsed`, document);
}

/** A list of sources: each document's title linked to its page; under it, who, what, when and its `lines`. */
function sourcesList<D extends ListedDocument>(documents: D[], lines: (d: D) => string, document: Document): HTMLOListElement {
  const list = document.createElement("ol");
  list.className = "sources";
  list.dataset.testid = "sources";
  for (const d of documents) {
    const item = document.createElement("li");
    const link = Object.assign(document.createElement("a"), { href: `./sources/${d.doc_id}`, lang: "da", textContent: d.title });
    const published = d.published === null ? "undated" : formatDate(d.published, d.published_precision);
    const facts = Object.assign(document.createElement("span"), {
      className: "muted",
      textContent: `${d.issuer ?? "issuer not stated"} · ${d.kind.replaceAll("_", " ")} · ${published} · ${lines(d)}`,
    });
    item.append(link, document.createElement("br"), facts);
    list.append(item);
  }
  return list;
}
