// The notebook's schema list: every table (a <details> each) with its columns, types and what they mean.
// Clicking a name types it into the notebook. A table's name is a button beside its <summary>, drawn over
// the summary's row: a button inside a <summary> would nest one control in another (WCAG 4.1.2).
import { html } from "npm:htl";
import { describe } from "../page/describe.js";

export interface SchemaJson {
  [table: string]: { description: string; columns: Array<{ name: string; type: string; description: string }> };
}

export function schemaBrowser(schema: SchemaJson, { onPick }: { onPick(name: string): void }): HTMLElement {
  const name = (text: string, title: string) => html`<button type="button" class="name" title=${title} onclick=${() => onPick(text)}>${text}</button>`;
  return html`<nav class="schema" aria-label="Tables and columns" data-testid="schema">
    <h2>Tables</h2>
    ${Object.entries(schema).map(
      ([table, { description, columns }]) => html`<div class="schema-table">
      ${name(table, `Insert ${table}`)}
      <details data-table=${table}>
      <summary><span class="visually-hidden">Columns of ${table}</span></summary>
      <p class="table-description">${describe(description)}</p>
      <ul>${columns.map(
        (c) => html`<li>
        ${name(c.name, `Insert ${c.name}`)} <span class="type">${c.type}</span>
        <span class="description" title=${c.description}>${describe(c.description)}</span>
      </li>`,
      )}</ul>
    </details></div>`,
    )}
  </nav>` as HTMLElement;
}
