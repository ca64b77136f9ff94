// A DuckDB result as a paged table: only the rows of the page on show are read from the Arrow columns
// and put in the DOM, so 100.000 rows page as fast as 10. Every value is a text node, never markup.
import { html } from "npm:htl";
import { formatNumber } from "../text/locale.js";
import { formatValue, type ResultColumn } from "./resultFormat.js";

export interface ArrowResult {
  numRows: number;
  getChildAt(index: number): { get(row: number): unknown } | null;
}

export function resultTable(table: ArrowResult, columns: ResultColumn[], { pageSize = 50 } = {}): HTMLElement {
  const pages = Math.max(1, Math.ceil(table.numRows / pageSize));
  const vectors = columns.map((_, i) => table.getChildAt(i)!);
  const align = (c: ResultColumn) => (c.kind === "number" ? "number" : "");
  // Long text is cut to one line; a click on a row shows it whole.
  const body = html`<tbody onclick=${(event: Event) => (event.target as Element).closest("tr")?.classList.toggle("open")}>` as HTMLTableSectionElement;
  const range = html`<span class="range" aria-live="polite">` as HTMLElement;
  const button = (label: string, title: string, to: () => number) =>
    html`<button type="button" title=${title} aria-label=${title} onclick=${() => show(to())}>${label}</button>` as HTMLButtonElement;
  const first = button("«", "First page", () => 0);
  const previous = button("‹ Previous", "Previous page", () => page - 1);
  const next = button("Next ›", "Next page", () => page + 1);
  const last = button("»", "Last page", () => pages - 1);
  let page = 0;

  function show(to: number) {
    page = Math.min(pages - 1, Math.max(0, to));
    const start = page * pageSize;
    const end = Math.min(table.numRows, start + pageSize);
    const rows = [];
    for (let row = start; row < end; ++row) {
      rows.push(
        html`<tr><th scope="row">${formatNumber(row + 1)}</th>${columns.map((c, i) => {
          const value = vectors[i].get(row);
          const text = formatValue(value, c.kind, c.precision);
          return html`<td class=${value === null ? "null" : align(c)} title=${text.length > 40 ? text : null}>${text}</td>`;
        })}</tr>` as HTMLTableRowElement,
      );
    }
    body.replaceChildren(...rows);
    range.textContent = table.numRows ? `Rows ${formatNumber(start + 1)}–${formatNumber(end)} of ${formatNumber(table.numRows)}` : "No rows";
    first.disabled = previous.disabled = page === 0;
    next.disabled = last.disabled = page === pages - 1;
  }
  show(0);

  return html`<div class="result-table">
    <div class="scroll" tabindex="0" role="region" aria-label="Query result"><table>
      <thead><tr><th scope="col"><span class="visually-hidden">Row</span></th>${columns.map((c) => html`<th scope="col" class=${align(c)} title=${c.type}>${c.name}</th>`)}</tr></thead>
      ${body}
    </table></div>
    <div class="pager">${pages > 1 ? [first, previous] : null}${range}${pages > 1 ? [next, last] : null}</div>
  </div>` as HTMLElement;
}
