// Links into the source viewer, and the listing that shows a document line by line with what each line fed.

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
 * writes the listing into the page for readers without JavaScript (src/sources/[doc].md.tmpl).
 */
export function sourceListing(lines: SourceLine[], fed: (line: number) => FedRow[], document = globalThis.document): HTMLTableElement {
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
      // Rows are rendered when opened: a document has hundreds of parsed lines.
      details.addEventListener("toggle", () => {
        if (!details.open || details.childElementCount > 1) return;
        const list = document.createElement("ul");
        for (const r of rows) {
          const item = document.createElement("li");
          item.textContent = describeRow(r);
          list.append(item);
        }
        details.append(list);
      });
      why.append(details);
    } else {
      why.textContent = l.reason ? `${l.status} · ${l.reason}` : l.status;
    }
  }
  return table;
}
