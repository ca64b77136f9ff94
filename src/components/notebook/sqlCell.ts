// One cell of the SQL notebook: a textarea, Run (or Ctrl/⌘+Enter), and the result below it: an automatic
// chart where the shape allows, a paged table, or DuckDB's error. Results and errors are text nodes only.
// A cell is not run until the reader runs it; a running cell can be cancelled, and after SLOW_MS it says
// so prominently, with the same Cancel. The notebook's cells can be moved and removed; a chart page's
// "Edit this query" (views/editQuery.ts) uses one cell alone and shows its result in the chart instead.
import { html } from "npm:htl";
import { resize } from "npm:@observablehq/stdlib";
import { autoChart } from "./autoChart.js";
import { chartShape } from "./chartShape.js";
import { formatCount, formatNumber } from "../text/locale.js";
import { columnsOf, type ResultColumn } from "./resultFormat.js";
import { CANCELLED } from "./notebookDatabase.js";
import { resultTable, type ArrowResult } from "./resultTable.js";

/** How long a query runs before the cell offers, prominently, to cancel it. */
export const SLOW_MS = 10_000;

export interface QueryRunner {
  /** Resolves to an Arrow table and the query's time, rejects with DuckDB's error, or with "Cancelled" once `signal` aborts. */
  run(sql: string, signal: AbortSignal): Promise<{ table: ArrowResult & { schema: { fields: Array<{ name: string; type: unknown }> } }; ms: number }>;
}

export interface SqlCellOptions {
  sql: string;
  /** Runs wait for DuckDB, so a cell can be written while DuckDB and the tables load. */
  db: QueryRunner;
  onInput(): void;
  /** Without these, the cell has no buttons to move or remove it. */
  onMove?(delta: -1 | 1): void;
  onRemove?(): void;
  /** What a result shows in the cell instead of the automatic chart and the table. */
  show?(table: RunResult["table"], columns: ResultColumn[]): Node[];
}

type RunResult = Awaited<ReturnType<QueryRunner["run"]>>;

export interface SqlCell {
  element: HTMLElement;
  editor: HTMLTextAreaElement;
  run(): Promise<void>;
  /** Types `text` at the cursor (a column name from the schema list). */
  insert(text: string): void;
  /** Shows the cell's position; the first cannot move up, the last not down. */
  setPosition(index: number, count: number): void;
  /** Puts `sql` in the cell, not run, and clears its result. */
  reset(sql: string): void;
  dispose(): void;
}

export function sqlCell({ sql: initial, db, onInput, onMove, onRemove, show }: SqlCellOptions): SqlCell {
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
  const up = html`<button type="button" class="icon" title="Move up" aria-label="Move cell up" onclick=${() => onMove?.(-1)}>↑</button>` as HTMLButtonElement;
  const down =
    html`<button type="button" class="icon" title="Move down" aria-label="Move cell down" onclick=${() => onMove?.(1)}>↓</button>` as HTMLButtonElement;
  const removeButton = html`<button type="button" class="icon" title="Remove" aria-label="Remove cell" onclick=${onRemove}>✕</button>` as HTMLButtonElement;
  const status = html`<span class="status" role="status" data-testid="cell-status">Not run</span>` as HTMLElement;
  const cancelButton = html`<button type="button" class="cancel" hidden onclick=${() => cancel()}>Cancel</button>` as HTMLButtonElement;
  const result = html`<div class="result" data-testid="result">` as HTMLElement;
  const element = html`<section class="sql-cell" data-testid="cell" data-state="idle">
    <div class="cell-bar">
      ${label}
      <button type="button" class="run" title="Run (Ctrl+Enter, ⌘+Enter)" onclick=${() => run()}>▶ Run</button>
      ${cancelButton}
      ${status}
      <span class="spacer"></span>
      ${onMove ? [up, down] : []}${onRemove ? removeButton : ""}
    </div>
    ${editor}
    ${result}
  </section>` as HTMLElement;

  let runs = 0;
  // Ends the current result's chart resizing when the result is replaced or the cell removed.
  let release = () => {};
  let running: { controller: AbortController; slow: ReturnType<typeof setTimeout> } | undefined;

  function cancel() {
    if (running) clearTimeout(running.slow);
    running?.controller.abort();
  }

  function settle(state: string, text: string) {
    if (running) clearTimeout(running.slow);
    running = undefined;
    cancelButton.hidden = true;
    element.dataset.state = state;
    status.textContent = text;
  }

  async function run() {
    const id = ++runs;
    const sql = editor.value;
    cancel();
    release();
    result.replaceChildren();
    if (!sql.trim()) return settle("idle", "Nothing to run");
    const controller = new AbortController();
    const offer = () =>
      result.replaceChildren(
        html`<p class="slow" role="alert">This query has run for ${SLOW_MS / 1000} s. It can go on for a long time. <button type="button" onclick=${cancel}>Cancel it</button></p>` as HTMLElement,
      );
    running = { controller, slow: setTimeout(offer, SLOW_MS) };
    element.dataset.state = "running";
    status.textContent = "Running…";
    cancelButton.hidden = false;
    try {
      const { table, ms } = await db.run(sql, controller.signal);
      if (id !== runs) return;
      const columns = columnsOf(table);
      const shape = chartShape(columns, table.numRows);
      const released = new Promise<void>((resolve) => (release = resolve));
      result.replaceChildren(
        ...(show?.(table, columns) ?? [
          ...(shape ? [html`<div class="chart">${resize((width: number) => autoChart(table, columns, shape, { width }), released)}</div>` as HTMLElement] : []),
          resultTable(table, columns),
        ]),
      );
      settle("done", `${formatCount(table.numRows, "row", "rows")} · ${formatNumber(Math.round(ms))} ms`);
    } catch (error) {
      if (id !== runs) return;
      const message = error instanceof Error ? error.message : String(error);
      if (message === CANCELLED) {
        result.replaceChildren();
        return settle("cancelled", "Cancelled");
      }
      // DuckDB's message names the error kind ("Parser Error: …") and points at the spot in the SQL.
      result.replaceChildren(html`<pre class="error" role="alert">${message}</pre>` as HTMLElement);
      settle("error", "Error");
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
    reset(sql) {
      ++runs;
      cancel();
      release();
      editor.value = sql;
      fit();
      result.replaceChildren();
      settle("idle", "Not run");
    },
    dispose() {
      ++runs;
      cancel();
      release();
    },
  };
}
