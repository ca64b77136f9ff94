// The SQL notebook: cells to add, remove and reorder, kept in the URL fragment (to share) and in
// localStorage (to find again from the menu). Cells from a link or from storage are shown, not run,
// until the reader runs them (one by one, or all in order with "Run all cells"): a link can carry any
// SQL, including a query that never ends. Only the site's own first-visit cell runs by itself. A link
// whose cells differ from the ones saved in this browser asks before it replaces them.
import { html } from "npm:htl";
import { notebookDatabase, type Client } from "./notebookDatabase.js";
import { cutNotice, decodeCells, encodeCells, MAX_CELLS, parseStoredCells, sameCells } from "./notebookState.js";
import { sqlCell, type SqlCell } from "./sqlCell.js";

const STORAGE_KEY = "frikommune:explore:cells";

export interface NotebookOptions {
  /** Opens DuckDB with the tables in and locked down (again, if a query has to be stopped by ending its worker). */
  open(): Promise<Client>;
  /** The published tables' names: no cell may replace, change or shadow them. */
  published: readonly string[];
  /** The cells of a first visit: no link, nothing stored. They are the site's own, and run on arrival. */
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

type Origin = "link" | "saved" | "both";
const ORIGIN = {
  link: ["comes from a link", "come from a link"],
  saved: ["was saved in this browser", "were saved in this browser"],
  both: ["is your saved cell and the link's", "are your saved cells and the link's"],
};

export function notebook({ open, published, defaultCells, invalidation }: NotebookOptions): Notebook {
  const list = html`<div class="cells">` as HTMLElement;
  const ready = html`<p class="muted db-status" data-testid="db-status" role="status">Starting DuckDB-WASM and loading the tables…</p>` as HTMLElement;
  const READY = "DuckDB is ready. Queries run in this browser and cannot reach the network.";
  let restarted = false;
  const db = notebookDatabase({
    open,
    published,
    onStatus(state, error) {
      if (state === "restarting") restarted = true;
      ready.textContent =
        state === "failed"
          ? `DuckDB did not start: ${error instanceof Error ? error.message : error}`
          : state === "restarting"
            ? "A query did not stop when cancelled, so DuckDB is being restarted…"
            : restarted
              ? `${READY} It was restarted to stop a query: tables and views your cells created are gone; run those cells again.`
              : READY;
    },
  });
  const empty = html`<p class="muted empty">No cells. Add one, or pick an example.</p>` as HTMLElement;
  const notRun = html`<p class="note not-run" data-testid="not-run" hidden>` as HTMLElement;
  const cut = html`<p class="note cut" data-testid="cut" role="status" hidden>` as HTMLElement;
  const question = html`<div class="question-slot">` as HTMLElement;
  let cells: SqlCell[] = [];
  let active: SqlCell | undefined;
  let saving: ReturnType<typeof setTimeout> | undefined;
  // While the reader is asked about a link, the saved cells stay as they are.
  let asking = false;

  function create(sql: string): SqlCell {
    const cell = sqlCell({ sql, db, onInput: save, onMove: (delta) => move(cell, delta), onRemove: () => remove(cell) });
    cell.element.addEventListener("focusin", () => (active = cell));
    // Once the reader runs cells, the note that none has run is out of date.
    cell.element.querySelector("button.run")?.addEventListener("click", () => (notRun.hidden = true));
    return cell;
  }

  function render() {
    // Moving the focused cell in the DOM blurs it; keyboard users keep their place.
    const focused = document.activeElement as HTMLElement | null;
    list.replaceChildren(...cells.map((c) => c.element));
    for (const [i, cell] of cells.entries()) cell.setPosition(i, cells.length);
    empty.hidden = cells.length > 0;
    if (focused && list.contains(focused)) focused.focus();
    // At once: a reload reads the address before the page hears it is left, so a cell removed just
    // before a reload would come back from an address saved later.
    flush();
  }

  // Typing is debounced: Chromium throttles a page that replaces its URL hundreds of times in a few
  // seconds. A save still pending when the page is left is written to storage then.
  function save() {
    clearTimeout(saving);
    saving = setTimeout(flush, 200);
  }
  function flush() {
    clearTimeout(saving);
    saving = undefined;
    const sqls = cells.map((c) => c.editor.value);
    history.replaceState(history.state, "", location.pathname + location.search + encodeCells(sqls));
    if (asking) return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(sqls));
    } catch {
      // Storage may be full or disabled; the URL still holds the cells.
    }
  }
  const flushPending = () => saving !== undefined && flush();
  addEventListener("pagehide", flushPending);

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

  /** Shows these cells; runs them only when they are the site's own. */
  function load(sqls: string[], origin: Origin | "site") {
    for (const cell of cells) cell.dispose();
    cells = sqls.map(create);
    active = undefined;
    render();
    if (origin === "site") return runAll();
    const one = cells.length === 1;
    notRun.hidden = !cells.length;
    notRun.textContent = `${one ? "This cell" : `These ${cells.length} cells`} ${ORIGIN[origin][one ? 0 : 1]} and ${one ? "has" : "have"} not run. Read ${one ? "it, then run it (▶ Run)" : "them, then run each one (▶ Run) or all of them (▶ Run all cells)"}.`;
  }

  function runAll() {
    notRun.hidden = true;
    // In order: DuckDB runs one query at a time anyway, and a cell may read what an earlier one made.
    void cells.reduce((previous, cell) => previous.then(cell.run), Promise.resolve());
  }

  function showCut(text: string | null) {
    cut.hidden = !text;
    cut.textContent = text ?? "";
  }

  function ask(link: string[], saved: string[]) {
    asking = true;
    load(link, "link");
    const count = (n: number) => `${n} ${n === 1 ? "cell" : "cells"}`;
    const choose = (sqls: string[] | null, origin: Origin) => () => {
      asking = false;
      question.replaceChildren();
      if (!sqls) return save();
      showCut(cutNotice({ cells: sqls.slice(0, MAX_CELLS), total: sqls.length }, origin));
      load(sqls.slice(0, MAX_CELLS), origin);
    };
    const id = `conflict-${Math.random().toString(36).slice(2)}`;
    const openLink = html`<button type="button" onclick=${choose(null, "link")}>Open the link's cells</button>` as HTMLButtonElement;
    question.replaceChildren(
      html`<section class="conflict" role="group" aria-labelledby=${id} data-testid="conflict">
      <p><strong id=${id}>This link's cells differ from the cells saved in this browser</strong></p>
      <p>This link has ${count(link.length)}; this browser has ${saved.length} saved. The link's cells are shown below, not run. Opening them replaces the saved ones.</p>
      <p class="choices">${openLink}
        <button type="button" onclick=${() => choose(saved, "saved")()}>Keep mine</button>
        <button type="button" onclick=${() => choose([...saved, ...cells.map((c) => c.editor.value)], "both")()}>Keep both</button></p>
    </section>` as HTMLElement,
    );
    // On arrival the notebook is not yet in the page (its cell displays it next): focus once it is.
    requestAnimationFrame(() => openLink.focus());
  }

  /** Opens the link in the address, or else the saved cells, or else the site's own first cell. */
  function arrive() {
    const link = decodeCells(location.hash);
    let saved: ReturnType<typeof parseStoredCells> = null;
    try {
      saved = parseStoredCells(localStorage.getItem(STORAGE_KEY));
    } catch {
      // Storage disabled: nothing saved.
    }
    question.replaceChildren();
    asking = false;
    if (link) {
      showCut(cutNotice(link, "link"));
      if (saved?.cells.length && !sameCells(saved.cells, link.cells)) ask(link.cells, saved.cells);
      else load(link.cells, "link");
    } else if (saved) {
      showCut(cutNotice(saved, "saved"));
      load(saved.cells, "saved");
    } else load(defaultCells, "site");
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
  const runAllButton = html`<button type="button" class="run-all" onclick=${runAll}>▶ Run all cells</button>` as HTMLButtonElement;
  arrive();

  // A link pasted into the address bar of this very page changes only the fragment: open its cells.
  const onHashChange = () => {
    const link = decodeCells(location.hash);
    if (
      link &&
      !sameCells(
        link.cells,
        cells.map((c) => c.editor.value),
      )
    )
      arrive();
  };
  addEventListener("hashchange", onHashChange);
  invalidation?.then(() => {
    removeEventListener("hashchange", onHashChange);
    removeEventListener("pagehide", flushPending);
    clearTimeout(saving);
    for (const cell of cells) cell.dispose();
  });

  return {
    element:
      html`<div class="notebook">${ready}${question}${cut}${notRun}<p class="notebook-bar">${runAllButton}</p>${list}${empty}${addButton}</div>` as HTMLElement,
    add(sql) {
      notRun.hidden = true;
      void add(sql).run();
    },
    insert(text) {
      (active ?? cells.at(-1) ?? add("")).insert(text);
    },
  };
}
