// The data page's list of the documents to cite, made by the page and by its page loader into its HTML
// (jsdom's `document`), so that a reader whose browser runs no scripts can cite them too.
import { formatDate } from "./locale.js";

/** A document as the data page cites it. */
export interface CitedSource {
  doc_id: string;
  title: string;
  issuer: string | null;
  published: string | number | Date | null;
  published_precision: string | null;
  programme: string | null;
}

/**
 * The documents to cite, one item each: "Issuer: *Title*, 1. juli 2017. Programme (doc_id)", the id
 * linked to the document's page. Made by the data page, and by its page loader into its HTML.
 */
export function citationList(documents: readonly CitedSource[], { document = globalThis.document }: { document?: Document } = {}): HTMLOListElement {
  const ol = document.createElement("ol");
  for (const d of documents) {
    const title = document.createElement("em");
    title.setAttribute("lang", "da");
    title.textContent = d.title;
    const id = document.createElement("a");
    id.setAttribute("href", `./sources/${d.doc_id}`);
    id.textContent = d.doc_id;
    const li = document.createElement("li");
    const published = d.published === null ? "" : `, ${formatDate(d.published, d.published_precision)}`;
    li.append(`${d.issuer ?? "Issuer not stated"}: `, title, `${published}. ${d.programme ?? ""} (`, id, ").");
    ol.append(li);
  }
  return ol;
}
