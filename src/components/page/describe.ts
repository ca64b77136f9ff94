// Schema descriptions (loaders/schema.ts) write table and column names in backticks: show them as code.
import { html } from "npm:htl";

export function describe(text: string): Node | null {
  return html`${text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? html`<code>${part}</code>` : part))}`;
}
