// "Edit this query" under a chart: the chart's query for the filters shown (viewQuery() with the values
// written in, so the view is defined in one place) in a notebook cell (sqlCell.ts) the reader can change
// and run. When the result has the columns the chart reads (columnsFit.ts), the element's value becomes
// its rows and the page draws the chart above from them (Generators.input); otherwise the cell says why
// and shows the rows as a table. Reset puts the view's query back; a link opens the query in Explore.
//
// The cell runs in the page's own DuckDB (pageDatabase(): opened once the first chart is drawn, with the
// view's tables and its stored base rows, and locked down), read and checked before anything runs as
// Explore's cells are (notebookDatabase.ts): no statement may change or shadow any of its tables, so the
// reader's SQL cannot change what the page's filters query. The cell's code is imported when the section
// is first opened: it brings Arrow, which the page keeps behind its first chart.
import { html } from "npm:htl";
import { pageDatabase } from "../page/database.js";
import type { Client, NotebookDatabase } from "../notebook/notebookDatabase.js";
import { encodeCells } from "../notebook/notebookState.js";
import { columnsMisfit } from "./columnsFit.js";
import { type BaseRows, type ResultTable, type Row, rowsOf, type ViewDefinition, type ViewState, viewQuery } from "./view.js";

// The page's one DuckDB, for every cell on the page, however often a cell is made again for new filters.
let session: Promise<NotebookDatabase> | undefined;

function database(): Promise<NotebookDatabase> {
  session ??= import("../notebook/notebookDatabase.js").then(async ({ notebookDatabase }) => {
    const page = pageDatabase();
    if (!page) throw new Error("This page opens no DuckDB to run the query in.");
    const db = await page;
    const published = rowsOf((await db.query("SELECT DISTINCT table_name FROM duckdb_tables()")) as ResultTable).map((t) => String(t.table_name));
    // Ending the worker is how notebookDatabase stops a query that cancel cannot reach; the page's DuckDB is
    // not opened again behind the page's back. Framework's DuckDBClient keeps DuckDB-WASM's AsyncDuckDB as
    // `_db`, which notebookDatabase uses to tokenize and send statements one by one; its declared type omits it.
    let first = true;
    const open = () => {
      if (!first) return Promise.reject(new Error("DuckDB was ended to stop a query that did not stop when cancelled; reload the page to query again."));
      first = false;
      return Promise.resolve(db as unknown as Client);
    };
    return notebookDatabase({ open, published });
  });
  return session;
}

// The views whose section the reader has open: it stays open when a filter change makes it again.
const opened = new Set<string>();

export interface EditQueryOptions {
  view: ViewDefinition;
  /** The page's state: the filters' values written into the query. */
  state: ViewState;
  /** The view's base rows: the columns the chart reads, and the kind of value each holds. */
  base: BaseRows;
  /** The chart, in running text: "the timeline". */
  name: string;
}

export type EditQuery = HTMLDetailsElement & {
  /** The rows of the last result the chart can draw, or null for the view's own. */
  value: Row[] | null;
};

const exploreHref = (sql: string) => `./explore${encodeCells([sql])}`;

export function editQuery(options: EditQueryOptions): EditQuery {
  const { view, name } = options;
  const element = html`<details class="edit-query" data-testid="edit-query"><summary>Edit this query</summary></details>` as EditQuery;
  element.value = null;
  let filled = false;
  const open = () => {
    void database();
    if (filled) return;
    filled = true;
    fill(element, options).catch((error) =>
      element.append(
        html`<p class="error" role="alert">The query cell did not load: ${error instanceof Error ? error.message : String(error)}</p>` as HTMLElement,
      ),
    );
  };
  element.open = opened.has(view.name);
  if (element.open) open();
  element.addEventListener("toggle", () => {
    if (element.open) open();
    opened[element.open ? "add" : "delete"](view.name);
  });
  element.append(
    html`<p class="muted">The query of ${name} for the filters above, run by DuckDB in this browser. Change it and run it (▶ Run, <kbd>Ctrl</kbd>+<kbd>Enter</kbd>): ${name} above is drawn from its result, if it has the view's columns.</p>` as HTMLElement,
  );
  return element;
}

/** Puts the cell, Reset and the link to Explore into the section. */
async function fill(element: EditQuery, { view, state, base, name }: EditQueryOptions): Promise<void> {
  const [{ sqlCell }, { resultTable }] = await Promise.all([import("../notebook/sqlCell.js"), import("../notebook/resultTable.js")]);
  const sql = viewQuery(view, state, { literals: true }).sql;
  const link = html`<a href=${exploreHref(sql)} data-testid="open-in-explore">Open in Explore</a>` as HTMLAnchorElement;
  const draw = (rows: Row[] | null) => {
    element.value = rows;
    element.dispatchEvent(new Event("input"));
  };
  const cell = sqlCell({
    sql,
    db: { run: async (text, signal) => (await database()).run(text, signal) },
    onInput: () => (link.href = exploreHref(cell.editor.value)),
    show(table, columns) {
      const rows = rowsOf(table as unknown as ResultTable);
      const misfit = columnsMisfit(
        base.rows,
        columns.map((c) => c.name),
        rows,
      );
      if (misfit) return [html`<p class="error" role="alert">${misfit} The chart above is unchanged.</p>` as HTMLElement, resultTable(table, columns)];
      draw(rows);
      return [html`<p class="drawn">The chart above is drawn from this result; <i>Reset</i> draws the view again.</p>` as HTMLElement];
    },
  });
  cell.editor.setAttribute("aria-label", `The query of ${name}`);
  // The page reads the element's value on its own "input" events only, not on every key typed.
  cell.element.addEventListener("input", (event) => event.stopPropagation());
  const reset = () => {
    cell.reset(sql);
    link.href = exploreHref(sql);
    if (element.value) draw(null);
  };
  element.append(cell.element, html`<p class="edit-query-links"><button type="button" onclick=${reset}>Reset</button> ${link}</p>` as HTMLElement);
}
