// The notebook's schema list: every table (a <details> each) with its columns, types and what they mean.
// Clicking a name types it into the notebook.
import { html } from "npm:htl";
import { describe } from "./describe.js";

export interface SchemaJson {
  [table: string]: { description: string; columns: Array<{ name: string; type: string; description: string }> };
}

export function schemaBrowser(schema: SchemaJson, { onPick }: { onPick(name: string): void }): HTMLElement {
  const name = (text: string, title: string) =>
    // In a <summary>, a click would also open or close the table; the button only types the name.
    html`<button type="button" class="name" title=${title} onclick=${(event: Event) => {
      event.preventDefault();
      onPick(text);
    }}>${text}</button>`;
  return html`<nav class="schema" aria-label="Tables and columns" data-testid="schema">
    <h2>Tables</h2>
    ${Object.entries(schema).map(([table, { description, columns }]) => html`<details data-table=${table}>
      <summary>${name(table, `Insert ${table}`)}</summary>
      <p class="table-description">${describe(description)}</p>
      <ul>${columns.map((c) => html`<li>
        ${name(c.name, `Insert ${c.name}`)} <span class="type">${c.type}</span>
        <span class="description" title=${c.description}>${describe(c.description)}</span>
      </li>`)}</ul>
    </details>`)}
  </nav>`;
}
