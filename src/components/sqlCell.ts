// One cell of the SQL notebook: a textarea, Run (or Ctrl/⌘+Enter), and the result below it: an automatic
// chart where the shape allows, a paged table, or DuckDB's error. Results and errors are text nodes only.
import { html } from "npm:htl";
import { resize } from "npm:@observablehq/stdlib";
import { autoChart } from "./autoChart.js";
import { chartShape } from "./chartShape.js";
import { columnsOf, formatNumber, formatRows } from "./resultFormat.js";
import { resultTable, type ArrowResult } from "./resultTable.js";

export interface QueryClient {
  /** Framework's DuckDBClient.query: resolves to an Arrow table, rejects with DuckDB's error. */
  query(sql: string): Promise<ArrowResult & { schema: { fields: Array<{ name: string; type: unknown }> } }>;
}

export interface SqlCellOptions {
  sql: string;
  /** Runs wait for it, so a cell can be written while DuckDB and the tables load. */
  db: Promise<QueryClient>;
  onInput(): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

export interface SqlCell {
  element: HTMLElement;
  editor: HTMLTextAreaElement;
  run(): Promise<void>;
  /** Types `text` at the cursor (a column name from the schema list). */
  insert(text: string): void;
  /** Shows the cell's position; the first cannot move up, the last not down. */
  setPosition(index: number, count: number): void;
  dispose(): void;
}

export function sqlCell({ sql: initial, db, onInput, onMove, onRemove }: SqlCellOptions): SqlCell {
  const editor = html`<textarea spellcheck="false" autocomplete="off" autocapitalize="off">` as HTMLTextAreaElement;
  // Browsers without CSS field-sizing: one row per line, within limits.
  const fit = () => (editor.rows = Math.min(24, Math.max(3, editor.value.split("\n").length + 1)));
  editor.value = initial;
  fit();
  editor.addEventListener("input", () => {
    fit();
    onInput();
  });
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });

  const label = html`<span class="label">` as HTMLElement;
  const up = html`<button type="button" class="icon" title="Move up" aria-label="Move cell up" onclick=${() => onMove(-1)}>↑</button>` as HTMLButtonElement;
  const down = html`<button type="button" class="icon" title="Move down" aria-label="Move cell down" onclick=${() => onMove(1)}>↓</button>` as HTMLButtonElement;
  const status = html`<span class="status" role="status" data-testid="cell-status">` as HTMLElement;
  const result = html`<div class="result" data-testid="result">` as HTMLElement;
  const element = html`<section class="sql-cell" data-testid="cell">
    <div class="cell-bar">
      ${label}
      <button type="button" class="run" title="Run (Ctrl+Enter, ⌘+Enter)" onclick=${() => run()}>▶ Run</button>
      ${status}
      <span class="spacer"></span>
      ${up}${down}
      <button type="button" class="icon" title="Remove" aria-label="Remove cell" onclick=${onRemove}>✕</button>
    </div>
    ${editor}
    ${result}
  </section>` as HTMLElement;

  let runs = 0;
  // Ends the current result's chart resizing when the result is replaced or the cell removed.
  let release = () => {};

  async function run() {
    const id = ++runs;
    const sql = editor.value;
    release();
    result.replaceChildren();
    if (!sql.trim()) {
      element.dataset.state = "idle";
      status.textContent = "Nothing to run";
      return;
    }
    element.dataset.state = "running";
    status.textContent = "Running…";
    try {
      const client = await db;
      if (id !== runs) return; // edited and run again, or removed, while DuckDB was loading
      const started = performance.now();
      const table = await client.query(sql);
      const ms = performance.now() - started;
      if (id !== runs) return;
      const columns = columnsOf(table);
      const shape = chartShape(columns, table.numRows);
      const released = new Promise<void>((resolve) => (release = resolve));
      result.replaceChildren(
        ...(shape ? [html`<div class="chart">${resize((width: number) => autoChart(table, columns, shape, { width }), released)}</div>`] : []),
        resultTable(table, columns)
      );
      element.dataset.state = "done";
      status.textContent = `${formatRows(table.numRows)} · ${formatNumber(Math.round(ms))} ms`;
    } catch (error) {
      if (id !== runs) return;
      // DuckDB's message names the error kind ("Parser Error: …") and points at the spot in the SQL.
      result.replaceChildren(html`<pre class="error" role="alert">${error instanceof Error ? error.message : String(error)}</pre>`);
      element.dataset.state = "error";
      status.textContent = "Error";
    }
  }

  return {
    element,
    editor,
    run,
    insert(text) {
      const start = editor.selectionStart;
      // A name typed straight after a word would join it: FROM|trials.
      const space = /[\w)]$/.test(editor.value.slice(0, start)) ? " " : "";
      editor.setRangeText(space + text, start, editor.selectionEnd, "end");
      editor.focus();
      fit();
      onInput();
    },
    setPosition(index, count) {
      label.textContent = `Cell ${index + 1}`;
      editor.setAttribute("aria-label", `SQL of cell ${index + 1}`);
      up.disabled = index === 0;
      down.disabled = index === count - 1;
    },
    dispose() {
      ++runs;
      release();
    },
  };
}
