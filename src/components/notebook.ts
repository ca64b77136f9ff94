// The SQL notebook: cells to add, remove and reorder, kept in the URL fragment (to share) and in
// localStorage (to find again from the menu). Opening a link runs its cells in order, so a cell may
// use a table or view an earlier cell created.
import { html } from "npm:htl";
import { decodeCells, encodeCells, parseStoredCells } from "./notebookState.js";
import { sqlCell, type QueryClient, type SqlCell } from "./sqlCell.js";

const STORAGE_KEY = "frikommune:explore:cells";

export interface NotebookOptions {
  db: Promise<QueryClient>;
  /** The cells of a first visit: no link, nothing stored. */
  defaultCells: string[];
  invalidation?: Promise<unknown>;
}

export interface Notebook {
  element: HTMLElement;
  /** Appends a cell and runs it. */
  add(sql: string): void;
  /** Types `text` into the cell last focused (or the last cell). */
  insert(text: string): void;
}

export function notebook({ db, defaultCells, invalidation }: NotebookOptions): Notebook {
  const list = html`<div class="cells">` as HTMLElement;
  const ready = html`<p class="muted db-status" data-testid="db-status">Starting DuckDB-WASM and loading the tables…</p>` as HTMLElement;
  db.then(
    () => (ready.textContent = "DuckDB is ready. Queries run in this browser and cannot reach the network."),
    (error) => (ready.textContent = `DuckDB did not start: ${error instanceof Error ? error.message : error}`)
  );
  const empty = html`<p class="muted empty">No cells. Add one, or pick an example.</p>` as HTMLElement;
  let cells: SqlCell[] = [];
  let active: SqlCell | undefined;
  let saving: ReturnType<typeof setTimeout> | undefined;

  function create(sql: string): SqlCell {
    const cell = sqlCell({ sql, db, onInput: save, onMove: (delta) => move(cell, delta), onRemove: () => remove(cell) });
    cell.element.addEventListener("focusin", () => (active = cell));
    return cell;
  }

  function render() {
    // Moving the focused cell in the DOM blurs it; keyboard users keep their place.
    const focused = document.activeElement as HTMLElement | null;
    list.replaceChildren(...cells.map((c) => c.element));
    cells.forEach((cell, i) => cell.setPosition(i, cells.length));
    empty.hidden = cells.length > 0;
    if (focused && list.contains(focused)) focused.focus();
    save();
  }

  // Debounced: Chromium throttles a page that replaces its URL hundreds of times in a few seconds.
  function save() {
    clearTimeout(saving);
    saving = setTimeout(() => {
      const sqls = cells.map((c) => c.editor.value);
      history.replaceState(history.state, "", location.pathname + location.search + encodeCells(sqls));
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(sqls));
      } catch {
        // Storage may be full or disabled; the URL still holds the cells.
      }
    }, 200);
  }

  function move(cell: SqlCell, delta: -1 | 1) {
    const i = cells.indexOf(cell);
    const j = i + delta;
    if (j < 0 || j >= cells.length) return;
    [cells[i], cells[j]] = [cells[j], cells[i]];
    render();
  }

  function remove(cell: SqlCell) {
    const i = cells.indexOf(cell);
    cell.dispose();
    cells.splice(i, 1);
    if (active === cell) active = undefined;
    render();
    (cells[Math.min(i, cells.length - 1)]?.editor ?? addButton).focus();
  }

  function load(sqls: string[]) {
    for (const cell of cells) cell.dispose();
    cells = sqls.map(create);
    active = undefined;
    render();
    // In order: DuckDB runs one query at a time anyway, and a cell may read what an earlier one made.
    void cells.reduce((previous, cell) => previous.then(cell.run), Promise.resolve());
  }

  function add(sql: string) {
    const cell = create(sql);
    cells.push(cell);
    render();
    cell.editor.focus();
    cell.element.scrollIntoView({ block: "nearest" });
    return cell;
  }

  const addButton = html`<button type="button" class="add" onclick=${() => add("")}>+ Add cell</button>` as HTMLButtonElement;
  const storage = () => {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  };
  load(decodeCells(location.hash) ?? parseStoredCells(storage()) ?? defaultCells);

  // A link pasted into the address bar of this very page changes only the fragment: open its cells.
  const onHashChange = () => {
    const sqls = decodeCells(location.hash);
    if (sqls && sqls.join("\0") !== cells.map((c) => c.editor.value).join("\0")) load(sqls);
  };
  addEventListener("hashchange", onHashChange);
  invalidation?.then(() => {
    removeEventListener("hashchange", onHashChange);
    clearTimeout(saving);
    for (const cell of cells) cell.dispose();
  });

  return {
    element: html`<div class="notebook">${ready}${list}${empty}${addButton}</div>` as HTMLElement,
    add(sql) {
      void add(sql).run();
    },
    insert(text) {
      (active ?? cells.at(-1) ?? add("")).insert(text);
    },
  };
}
