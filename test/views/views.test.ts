// Both paths of every view (src/components/views/) give the same rows for every state its controls can
// produce: applyView() over the base rows the build writes (DuckDB's Node API, loaders/views.ts), and the
// SQL viewQuery() makes, run by DuckDB-WASM's own Node build over the tables' Arrow copies, both around
// the view's SQL (what a page shows and Explore runs) and over the base rows a page's DuckDB stores when
// it opens (what the page runs at each filter change). Danish order and the similarity seriation come after either path (participationMatrix.ts), in
// JavaScript, and are not part of a view.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseRows } from "../../loaders/views.ts";
import type { TableName } from "../../loaders/schema.ts";
import { BASES, VIEWS } from "../../src/components/views/all.ts";
import { documentsParsed, headlineFigures, lineCoverage, periodCovered } from "../../src/components/views/overview.ts";
import { applyView, queryView, type Row, selectionOf, storedOrder, storedView, storeViews, viewQuery, type BaseRows } from "../../src/components/views/view.ts";
import { fiveSeedCorpus } from "../loaders/helpers.ts";
import { duckdbWasm } from "./duckdbWasm.ts";
import { controlStates } from "./states.ts";

const { tables } = fiveSeedCorpus();
/** The overview's views without controls, which its page runs once through DuckDB-WASM and the build through DuckDB. */
const OVERVIEW = [headlineFigures, periodCovered, lineCoverage, documentsParsed];
const base = new Map<string, BaseRows>();
let db: Awaited<ReturnType<typeof duckdbWasm>>;

beforeAll(async () => {
  for (const view of BASES) base.set(view.name, await baseRows(view, tables));
  db = await duckdbWasm(tables, [...new Set([...VIEWS, ...OVERVIEW].flatMap((view) => view.tables))] as TableName[]);
  await storeViews(db, VIEWS);
}, 120_000);
afterAll(() => db?.close());

/** Whether selectionOf() knows where each of `rows` stands in its base rows. */
function standsIn(rows: Row[]): boolean {
  const selection = selectionOf(rows);
  if (!selection) return false;
  expect(rows.every((row, i) => selection.base[selection.positions === null ? i : selection.positions[i]] === row)).toBe(true);
  if (selection.positions) expect(selection.positions).toHaveLength(rows.length);
  return true;
}

/** States run and rows compared, over all views: the figures the README and the commit give. */
const compared = { states: 0, rows: 0 };
afterAll(() => console.info(`views: ${compared.states} states compared through both paths, ${compared.rows} rows`));

/** "trials by sort, first 200": a view by its base rows, its order's parameter and its limit. */
const label = (view: (typeof VIEWS)[number]) =>
  `${view.name}${Array.isArray(view.order) ? "" : ` by ${view.order.param}`}${view.limit === undefined ? "" : `, first ${view.limit}`}`;

// Views over the same base rows (the timeline's trials) share the order of the one that writes them; the
// overview's one-row views have no order.
it.each([...BASES, ...OVERVIEW].map((view) => ({ label: label(view), view })))(
  "$label: the base rows are written in the view's order, or its first one (storedOrder), so that applyView's sort goes through them once",
  async ({ view }) => {
    const { rows } = base.get(view.name) ?? (await baseRows(view, tables));
    expect(rows.length).toBeGreaterThan(0);
    const state = Array.isArray(view.order) ? {} : { [view.order.param]: Object.keys(view.order.options)[0] };
    expect(applyView({ ...view, filters: [], thin: undefined, limit: undefined }, rows, state)).toEqual(rows);
  },
);

describe.each(VIEWS.map((view) => ({ label: label(view), view })))("view $label", ({ view }) => {
  it("gives the same rows in JavaScript and in DuckDB-WASM (around the view's SQL, over its stored rows or their ids, with the values written in) for every state of its controls", async () => {
    const { rows } = base.get(view.name)!;
    const { states, full } = controlStates(view, base.get(view.name)!);
    const selected = new Set<unknown>();
    let kept = 0;
    for (const state of states) {
      const expected = applyView(view, rows, state);
      expect(await queryView(db, view, state), JSON.stringify(state)).toEqual(expected);
      // As a page's DuckDB runs it, over the base rows it stored when it opened.
      expect(await queryView(db, view, state, { stored: true }), `stored, ${JSON.stringify(state)}`).toEqual(expected);
      // As a page's filter change asks it: the stored rows' ids, each row made plain once when DuckDB opened.
      const stored = await storedView(db, view, state);
      expect(stored, `stored ids, ${JSON.stringify(state)}`).toEqual(expected);
      // Both say where their rows stand in the base rows (applyView where it kept their order), for a chart that reads a column of them.
      expect(standsIn(stored)).toBe(true);
      if (standsIn(expected)) kept += 1;
      // As "Edit this query" shows it and Explore runs it: the values written into the SQL.
      expect(await queryView(db, view, state, { literals: true }), `literals, ${JSON.stringify(state)}`).toEqual(expected);
      for (const row of expected) selected.add(row);
      compared.states += 1;
      compared.rows += expected.length;
    }
    // The states select something, and between them every base row but those no state can reach.
    expect(selected.size).toBeGreaterThan(0);
    // Only rows thinned, or asked for in another order than their base rows are written in, lose their positions.
    const writer = BASES.find((base) => base.name === view.name)!;
    if (!view.thin && Array.isArray(view.order) && storedOrder(view) === storedOrder(writer)) expect(kept).toBe(states.length);
    console.info(
      `${label(view)}: ${states.length} states (${full ? "every combination" : "every pair of values"}), ${selected.size} of ${rows.length} base rows selected`,
    );
  }, 300_000);
});

describe("a search over stored rows", () => {
  const searched = VIEWS.filter((v) => v.filters.some((f) => f.kind === "contains"));
  it.each(searched.map((view) => ({ label: label(view), view })))(
    "$label: reads the column storeViews() lowercased once, not lower() of every row",
    ({ view }) => {
      const filter = view.filters.find((f) => f.kind === "contains")!;
      const order = Array.isArray(view.order) ? {} : { [view.order.param]: Object.keys(view.order.options)[0] };
      const state = { ...order, [filter.param!]: "Fleksjob" };
      const stored = viewQuery(view, state, { stored: true, ids: true }).sql;
      expect(stored).toContain(`contains("${filter.column} (lowercased for search)", lower($1::VARCHAR))`);
      expect(stored).not.toContain(`lower("${filter.column}")`);
      // The view's own SQL, which a reader sees and Explore runs, has no such column.
      expect(viewQuery(view, state, { literals: true }).sql).toContain(`contains(lower("${filter.column}"), lower('Fleksjob'::VARCHAR))`);
    },
  );

  it("keeps the lowercased copy out of the rows", async () => {
    const view = searched[0];
    const [row] = await queryView(db, view, {}, { stored: true });
    expect(Object.keys(row)).toEqual(Object.keys(base.get(view.name)!.rows[0]));
  });
});

it.each(OVERVIEW.map((view) => ({ label: label(view), view })))(
  "$label gives the build's rows through DuckDB-WASM (queryView, as the overview runs it)",
  async ({ view }) => {
    const expected = applyView(view, (await baseRows(view, tables)).rows);
    expect(expected.length).toBeGreaterThan(0);
    expect(await queryView(db, view)).toEqual(expected);
  },
);

describe("the stored rows' ids", () => {
  it("are sorted alone when a state asks for the order they follow, and break ties otherwise", () => {
    const view = VIEWS.find((v) => !Array.isArray(v.order))!;
    const [first, second] = Object.keys((view.order as { options: Record<string, string[]> }).options);
    const param = (view.order as { param: string }).param;
    const rowOrder = storedOrder(view);
    expect(viewQuery(view, { [param]: first }, { stored: true, ids: true, rowOrder }).sql).toMatch(/\nORDER BY rowid(\nLIMIT \d+)?$/);
    expect(viewQuery(view, { [param]: second }, { stored: true, ids: true, rowOrder }).sql).toMatch(/\nORDER BY .+, rowid(\nLIMIT \d+)?$/);
    // Without the order the ids follow, or for a query a reader sees, the view's own order only.
    for (const sql of [viewQuery(view, { [param]: first }, { stored: true, ids: true }).sql, viewQuery(view, { [param]: first }, { literals: true }).sql])
      expect(sql).not.toMatch(/ORDER BY[\s\S]*rowid/);
  });

  it("are asked of a database that stored the view, and of its stored table only", async () => {
    const [view] = VIEWS;
    const elsewhere = { query: async () => db.query("SELECT 1") };
    await expect(storedView(elsewhere, view)).rejects.toThrow(`${view.name}: storeViews() has not stored this view's rows in this database`);
    expect(() => viewQuery(view, {}, { ids: true })).toThrow(`${view.name}: row ids are asked of the stored base rows only`);
  });
});

describe("applyView's order", () => {
  const view = {
    name: "numbers",
    tables: [],
    sql: "",
    filters: [{ param: "kind", column: "kind", kind: "equals" as const }],
    order: { param: "sort", options: { up: ["n"], down: ["n DESC"] } },
  };
  const row = (n: number, kind: string) => ({ n, kind });

  it("sorts rows given out of order, and skips the sort only for rows already in the state's order", () => {
    const shuffled = [row(3, "a"), row(1, "b"), row(2, "a"), row(4, "b")];
    expect(applyView(view, shuffled, { sort: "up" }).map((r) => r.n)).toEqual([1, 2, 3, 4]);
    expect(applyView(view, shuffled, { sort: "up", kind: "a" }).map((r) => r.n)).toEqual([2, 3]);
    // Rows in one order, asked for another: checked per order, not once per rows.
    const ascending = [row(1, "b"), row(2, "a"), row(3, "a"), row(4, "b")];
    expect(applyView(view, ascending, { sort: "up", kind: "b" }).map((r) => r.n)).toEqual([1, 4]);
    expect(applyView(view, ascending, { sort: "down", kind: "b" }).map((r) => r.n)).toEqual([4, 1]);
    expect(applyView(view, ascending, { sort: "down" }).map((r) => r.n)).toEqual([4, 3, 2, 1]);
    expect(applyView(view, ascending, { sort: "up" })).toEqual(ascending);
    // A copy, never the base rows themselves.
    expect(applyView(view, ascending, { sort: "up" })).not.toBe(ascending);
  });
});
