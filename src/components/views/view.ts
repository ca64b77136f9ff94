// A chart's view, defined once: the SQL giving its base rows (joins and derived columns, DuckDB's
// dialect), and its filters and orders declared as data. Everything else comes from the definition:
//   - base rows at build time: src/data/views/<name>.json.ts runs `sql` with DuckDB (loaders/views.ts);
//   - applyView(): the filters and order over the base rows in JavaScript, for a page's first chart and
//     for embeds, which need no WebAssembly and nothing but the base rows;
//   - viewQuery(): the same filters and order as SQL around `sql`, for DuckDB-WASM once a page has it
//     (over the base rows it stores when it opens: storeViews()), and with the values written in for
//     "Edit this query" (editQuery.ts) and Explore.
// test/views/views.test.ts runs every state the controls can produce through both and requires the same rows.
// No imports, so the loaders and the unit tests load it in Node.

// biome-ignore lint/suspicious/noExplicitAny: a view's rows are whatever its SQL selects; each chart casts them to its own row type.
export type Row = Record<string, any>;
export type Value = string | number | boolean;
/** A page's or embed's state (ChartState): the values of the filters' parameters, by name. */
export type ViewState = object;
const stateValue = (state: ViewState, param: string): unknown => (state as Record<string, unknown>)[param];

export interface Filter {
  /** The state's key (a URL parameter and a control) whose value selects rows; null, undefined or "" selects all. */
  param?: string;
  /**
   * Instead of a state's value, one the view always applies: a condition of the view itself. With a
   * `param` too, it applies unless the state's value for `param` is true: rows a reader must ask for
   * (provisional ones, PROVISIONAL_FILTER).
   */
  value?: Value;
  /** The base rows' column the value is compared with. */
  column: string;
  /**
   * equals: the column holds the value; contains: the column's text holds the value, ignoring case;
   * member: the value is one of the column's list.
   */
  kind: "equals" | "contains" | "member";
  /** The state's value that selects the rows where `column` is NULL (findings attributed to no municipality). */
  none?: string;
  /**
   * SQL giving the values the control offers, in its order, as `value` (and `label` where the value is a
   * code), over the tables and the view's own rows as `base`: run at build time with the base rows, so
   * that the controls follow the data. By default, the column's distinct values (optionsQuery()).
   */
  options?: string;
}

/** Columns to sort by, first key first, each as in SQL: "start_date" or "days DESC". */
export type OrderKeys = string[];

export interface ViewDefinition {
  /** The base rows' name: data/views/<name>.json. Views over the same SQL share it. */
  name: string;
  /** The tables `sql` reads (the Arrow copies DuckDB-WASM loads). */
  tables: string[];
  /** The base rows: every row any state can select, with the columns the filters and orders need. */
  sql: string;
  filters: Filter[];
  /** One order, or one per value of a state's parameter (the page's "Sort by"). */
  order: OrderKeys | { param: string; options: Record<string, OrderKeys> };
  /** At most this many rows, the first in the order. */
  limit?: number;
  /** Past `above` selected rows, only those whose boolean column `keep` is true (milestones drawn on top of each other go). */
  thin?: { above: number; keep: string };
}

/** A declared filter with the value the state gives it; filters the state leaves open are not listed. */
interface ActiveFilter {
  filter: Filter;
  value: Value;
}

function activeFilters(view: ViewDefinition, state: ViewState): ActiveFilter[] {
  return view.filters.flatMap((filter) => {
    const asked = filter.param === undefined ? undefined : stateValue(state, filter.param);
    // The view's own condition (`value`), which a reader lifts by setting its `param`, if it has one, true.
    const value = filter.value === undefined ? asked : asked === true ? undefined : filter.value;
    if (value === null || value === undefined || value === "") return [];
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      throw new Error(`View ${view.name}: ${filter.param} is ${JSON.stringify(value)}, not a value to filter by`);
    }
    return [{ filter, value }];
  });
}

interface OrderKey {
  column: string;
  descending: boolean;
}

function parseKeys(view: ViewDefinition, keys: OrderKeys): OrderKey[] {
  return keys.map((key) => {
    const match = /^(\w+)( DESC)?$/.exec(key);
    if (!match) throw new Error(`View ${view.name}: order key ${JSON.stringify(key)} is not "column" or "column DESC"`);
    return { column: match[1], descending: match[2] !== undefined };
  });
}

function orderKeys(view: ViewDefinition, state: ViewState): OrderKey[] {
  const keys = Array.isArray(view.order) ? view.order : view.order.options[String(stateValue(state, view.order.param))];
  if (!keys) throw new Error(`View ${view.name}: no order ${JSON.stringify(stateValue(state, (view.order as { param: string }).param))}`);
  return parseKeys(view, keys);
}

const orderBy = (keys: OrderKey[]) => keys.map(({ column, descending }) => `${identifier(column)} ${descending ? "DESC" : "ASC"} NULLS LAST`).join(", ");

/**
 * The order the build writes the base rows in (loaders/views.ts): the view's, or its first one. applyView's
 * sort is stable and goes through rows already in order once: over the 1000× statements, all of them
 * took 12 ms instead of 20 (Node).
 */
export function storedOrder(view: ViewDefinition): string {
  return orderBy(parseKeys(view, Array.isArray(view.order) ? view.order : Object.values(view.order.options)[0]));
}

/**
 * The ORDER BY the base rows are written and stored in: the view's order (storedOrder()), then every
 * column (`columns`, identifiers), so that ties, which a window or a join leaves to DuckDB's threads,
 * fall the same way in the build (loaders/views.ts) and in a page's DuckDB (storeViews()).
 */
export function baseOrder(view: ViewDefinition, columns: string[]): string {
  return [storedOrder(view), ...columns].filter(Boolean).join(", ");
}

/** What `make` gives for the base rows and a key (a column, an order), made once and kept as long as the rows are. */
function perRows<T>(cache: WeakMap<readonly Row[], Map<string, T>>, rows: readonly Row[], key: string, make: () => T): T {
  const byKey = cache.get(rows) ?? new Map<string, T>();
  cache.set(rows, byKey);
  const made = byKey.get(key) ?? make();
  byKey.set(key, made);
  return made;
}

/** What charts make of rows once and read at every filter change (baseColumns()), by rows and name. */
const made = new WeakMap<readonly Row[], Map<string, unknown>>();

/**
 * Columns a chart reads of every row at each filter change: `make`'s, made once per base rows and `name`
 * from the base rows `rows` were selected from (selectionOf()), with where each of `rows` stands in them
 * (`positions[i]`, or `i` where null); for rows with no selection (a reader's own query), made of `rows`
 * themselves. Reading fields of tens of thousands of rows at each change is slow; typed columns are not.
 */
export function baseColumns<R extends Row, C>(
  rows: readonly R[],
  name: string,
  make: (rows: readonly R[]) => C,
): { columns: C; positions: ArrayLike<number> | null } {
  const selection = selectionOf(rows);
  const base = (selection?.base as readonly R[] | undefined) ?? rows;
  return { columns: perRows(made, base, name, () => make(base)) as C, positions: selection?.positions ?? null };
}

/** Each base rows' column of text, lowercased once: a search tests every row at each keystroke. */
const lowercased = new WeakMap<readonly Row[], Map<string, Array<string | null>>>();

const lowercase = (rows: readonly Row[], column: string) =>
  perRows(lowercased, rows, column, () => rows.map((row) => (row[column] === null ? null : String(row[column]).toLowerCase())));

/** Each base rows' positions by a column's value, made once per column: an equals filter visits only its rows. */
const indexed = new WeakMap<readonly Row[], Map<string, Map<unknown, number[]>>>();

const positions = (rows: readonly Row[], column: string) =>
  perRows(indexed, rows, column, () => {
    const byValue = new Map<unknown, number[]>();
    for (let index = 0; index < rows.length; index++) {
      const list = byValue.get(rows[index][column]);
      if (list) list.push(index);
      else byValue.set(rows[index][column], [index]);
    }
    return byValue;
  });

/** The value an equals filter selects in its column: NULL for its `none` (as its SQL says `IS NULL`). */
const equalsValue = ({ filter, value }: ActiveFilter): unknown => (value === filter.none ? null : value);

/** Whether the base row at an index matches a filter, as a function made once per filter (a redraw tests every base row). */
function matcher(active: ActiveFilter, rows: readonly Row[]): (row: Row, index: number) => boolean {
  const { filter, value } = active;
  const { column } = filter;
  if (filter.kind === "equals") {
    const wanted = equalsValue(active);
    return (row) => row[column] === wanted;
  }
  if (filter.kind === "contains") {
    const text = String(value).toLowerCase();
    const texts = lowercase(rows, column);
    return (_, index) => texts[index]?.includes(text) === true;
  }
  return (row) => Array.isArray(row[column]) && row[column].includes(value);
}

/**
 * SQL's ORDER BY … NULLS LAST: NULL after any value in either direction; numbers, booleans (false
 * first) and text by value. Text compares by UTF-16 code unit, DuckDB's by UTF-8 byte: the same order
 * for every character outside the astral planes. Danish order (Aa = Å) is the charts' own, after this.
 */
function compare(a: unknown, b: unknown, descending: boolean): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  const order = (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
  return descending ? -order : order;
}

/** Rows sorted as SQL's ORDER BY `keys` sorts them, ties in their order (Array.prototype.sort is stable). */
function comparator(keys: OrderKey[]): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const { column, descending } of keys) {
      const order = compare(a[column], b[column], descending);
      if (order) return order;
    }
    return 0;
  };
}

/** Whether base rows are in an order already, checked once per rows and order. */
const ordered = new WeakMap<readonly Row[], Map<string, boolean>>();

function inOrder(rows: readonly Row[], keys: OrderKey[]): boolean {
  return perRows(ordered, rows, orderBy(keys), () => {
    const compare = comparator(keys);
    for (let i = 1; i < rows.length; i++) if (compare(rows[i - 1], rows[i]) > 0) return false;
    return true;
  });
}

/** The view's rows for a state: the base rows its filters select, in its order, thinned and limited as declared. */
export function applyView<R extends Row>(view: ViewDefinition, rows: readonly R[], state: ViewState = {}): R[] {
  const active = activeFilters(view, state);
  // The rows of the equals filter that selects fewest, from its column's index (positions(), in the base
  // rows' order); the other filters test only those.
  let visited: readonly number[] | null = null;
  let first: ActiveFilter | null = null;
  for (const filter of active) {
    if (filter.filter.kind !== "equals") continue;
    const list = positions(rows, filter.filter.column).get(equalsValue(filter)) ?? [];
    if (visited === null || list.length < visited.length) [visited, first] = [list, filter];
  }
  const tests = active.filter((filter) => filter !== first).map((filter) => matcher(filter, rows));
  const keys = orderKeys(view, state);
  // Indexed loops without callbacks: run once per filter change, this code stays in the browser's
  // unoptimised tiers, where a map() callback or a for…of step costs several times an index (README).
  let selected: R[] = [];
  let picked: readonly number[] | null = visited;
  const count = visited === null ? rows.length : visited.length;
  if (tests.length === 0 && visited === null) selected = rows.slice();
  else if (tests.length === 0) {
    selected = new Array(count);
    for (let i = 0; i < count; i++) selected[i] = rows[visited![i]];
  } else {
    const indices: number[] = [];
    next: for (let i = 0; i < count; i++) {
      const index = visited === null ? i : visited[i];
      for (let t = 0; t < tests.length; t++) if (!tests[t](rows[index], index)) continue next;
      selected.push(rows[index]);
      indices.push(index);
    }
    picked = indices;
  }
  const thinned = view.thin !== undefined && selected.length > view.thin.above;
  if (thinned) selected = selected.filter((row) => row[view.thin!.keep] === true);
  // The rows were visited in the base rows' order: if that is the state's order already, so is theirs.
  const sorted = !inOrder(rows, keys);
  if (sorted) selected.sort(comparator(keys));
  if (view.limit !== undefined) selected = selected.slice(0, view.limit);
  if (!thinned && !sorted) selections.set(selected, { base: rows, positions: view.limit === undefined ? picked : (picked?.slice(0, selected.length) ?? null) });
  return selected;
}

/** Where a view's rows stand in its base rows: `positions[i]` is row i's, or all of them in order where null. */
export interface Selection {
  base: readonly Row[];
  positions: ArrayLike<number> | null;
}

const selections = new WeakMap<readonly Row[], Selection>();

/**
 * The base rows and positions of rows applyView() or storedView() selected (applyView's only where it
 * kept the base rows' order), if `rows` are such: a chart that reads a field of every selected row can
 * read it from a column made once per base rows instead (themeRows()), since reading tens of thousands of
 * rows' fields at each filter change is slow.
 */
export const selectionOf = (rows: readonly Row[]): Selection | undefined => selections.get(rows);

/**
 * Rows naming a trial or municipality the reference data does not know yet stay out of a view, its
 * chart and its counts, unless the reader asks for them (the state's `provisional`, `?provisional`).
 */
export const PROVISIONAL_FILTER: Filter = { param: "provisional", column: "provisional", kind: "equals", value: false };

/** The base rows a state's view leaves out only because they are provisional (none once the reader includes them). */
export function provisionalLeftOut<R extends Row>(view: ViewDefinition, rows: readonly R[], state: ViewState = {}): R[] {
  if (stateValue(state, "provisional") === true) return [];
  return applyView(view, rows, { ...state, provisional: true }).filter((row) => row.provisional === true);
}

export const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The table storeViews() keeps a view's base rows in. */
export const storedName = (view: ViewDefinition) => `${view.name}_rows`;

/** A value as a DuckDB literal: text quoted, its quotes doubled. */
function literal(value: Value): string {
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`${value} has no SQL literal`);
  return String(value).toUpperCase();
}

/**
 * The view's rows for a state as one DuckDB query around the view's SQL, the state's values as
 * parameters ($1, $2, …): what applyView() does, in SQL. `stored`: from the base rows storeViews() kept,
 * rather than the view's SQL, which a page's DuckDB would otherwise run again at every filter change.
 * `literals`: the values written into the SQL instead, for a query a reader edits or takes to Explore.
 * `ids`: the stored rows' ids only, in order (storedView()).
 */
export function viewQuery(
  view: ViewDefinition,
  state: ViewState = {},
  { stored = false, literals = false, ids = false, rowOrder }: { stored?: boolean; literals?: boolean; ids?: boolean; rowOrder?: string } = {},
): { sql: string; params: Value[] } {
  // Only a stored table has row ids.
  if (ids && !stored) throw new Error(`${view.name}: row ids are asked of the stored base rows only`);
  const params: Value[] = [];
  const parameter = (value: Value) => {
    if (literals) return literal(value);
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = activeFilters(view, state).map(({ filter, value }) => {
    const column = identifier(filter.column);
    if (filter.kind === "equals") return value === filter.none ? `${column} IS NULL` : `${column} = ${parameter(value)}`;
    // contains(), not ILIKE: the search text's % and _ are letters, not wildcards. A stored table holds
    // the column lowercased already (storeViews()).
    if (filter.kind === "contains") {
      const text = stored ? identifier(lowercasedName(filter.column)) : `lower(${column})`;
      return `contains(${text}, lower(${parameter(String(value))}::VARCHAR))`;
    }
    return `list_contains(${column}, ${parameter(value)})`;
  });
  const from = stored ? identifier(storedName(view)) : `(\n${view.sql.trim()}\n) AS ${identifier(view.name)}`;
  const where = conditions.length ? `\nWHERE ${conditions.join("\n  AND ")}` : "";
  // The view's columns: a stored table's lowercased copies are not among them.
  const lowercased = stored ? searchedColumns(view).map((column) => identifier(lowercasedName(column))) : [];
  const all = lowercased.length ? `* EXCLUDE (${lowercased.join(", ")})` : "*";
  // Row ids as INTEGER, not BIGINT: Arrow gives them as one Int32Array, where BigInts were read one by one.
  const columns = ids ? "rowid::INTEGER AS rowid" : all;
  let sql = `SELECT ${columns} FROM ${from}${where}`;
  if (view.thin) {
    const { above, keep } = view.thin;
    sql = `WITH selected AS (\nSELECT ${ids ? "rowid, " : ""}${all} FROM ${from}${where}\n)\nSELECT ${columns} FROM selected\nWHERE ${identifier(keep)} OR (SELECT count(*) FROM selected) <= ${above}`;
  }
  // Stored rows whose ids follow an order (`rowOrder`, storeViews()): asked for that order, a query sorts
  // their ids, one integer, instead of the view's columns; asked for another, it breaks ties by id, as
  // applyView's stable sort of the base rows breaks them by their order.
  const order = orderBy(orderKeys(view, state));
  const byRow = stored && rowOrder !== undefined && (ids || !view.thin);
  if (byRow && order === rowOrder) sql += "\nORDER BY rowid";
  else if (order || byRow) sql += `\nORDER BY ${[order, byRow ? "rowid" : ""].filter(Boolean).join(", ")}`;
  if (view.limit !== undefined) sql += `\nLIMIT ${view.limit}`;
  return { sql, params };
}

/** A query's result as DuckDB-WASM gives it: an Arrow table, its columns by position. */
export interface ResultTable {
  schema: { fields: ReadonlyArray<{ name: string }> };
  numRows: number;
  getChildAt(index: number): (Iterable<unknown> & { toArray(): ArrayLike<unknown> }) | null;
}

/** A client that runs SQL with parameters: Framework's DuckDBClient, or a test's. */
export interface QueryClient {
  query(sql: string, params?: unknown[]): Promise<ResultTable>;
}

/** The view's rows for a state, from DuckDB: viewQuery() run, its rows made plain as applyView() gives them. */
export async function queryView(
  db: QueryClient,
  view: ViewDefinition,
  state: ViewState = {},
  options: { stored?: boolean; literals?: boolean } = {},
): Promise<Row[]> {
  const { sql, params } = viewQuery(view, state, options);
  return rowsOf(await db.query(sql, params));
}

/** Each stored view's rows made plain once, in row id order, and the order their ids follow, by client (storeViews()). */
const storedRows = new WeakMap<QueryClient, Map<string, { rows: Row[]; order: string }>>();

/**
 * Runs each view's SQL once and keeps its base rows as a table (storedName()), as the build does: what a
 * page's DuckDB does when it opens, so that a filter change filters and sorts those rows only. Their
 * rows are made plain objects here, once: a filter change then takes only row ids from DuckDB
 * (storedView()), where making every selected row plain again cost most of a redraw.
 */
export async function storeViews(db: QueryClient, views: ViewDefinition[]): Promise<void> {
  const rows = storedRows.get(db) ?? new Map<string, { rows: Row[]; order: string }>();
  for (const view of new Map(views.map((v) => [v.name, v])).values()) {
    const table = identifier(storedName(view));
    // In the order the build writes base rows in, so that the row ids follow the view's order (storedView()).
    // DESCRIBE only binds the view's SQL: its columns without running it a second time.
    const columns = rowsOf(await db.query(`DESCRIBE ${view.sql}`)).map((column) => identifier(String(column.column_name)));
    // Each searched column lowercased once, beside it: lowercasing 93028 findings at every search was
    // most of a search's time (viewQuery()).
    const lowercased = searchedColumns(view).map((column) => `, lower(${identifier(column)}) AS ${identifier(lowercasedName(column))}`);
    await db.query(`CREATE TABLE ${table} AS SELECT *${lowercased.join("")} FROM (${view.sql}) ORDER BY ${baseOrder(view, columns)}`);
    const stored = rowsOf(await db.query(`SELECT ${columns.join(", ")} FROM ${table} ORDER BY rowid`));
    rows.set(view.name, { rows: stored, order: storedOrder(view) });
  }
  storedRows.set(db, rows);
}

/** The columns a view's filters search in (`contains`). */
const searchedColumns = (view: ViewDefinition) => [...new Set(view.filters.filter((f) => f.kind === "contains").map((f) => f.column))];

/** A stored table's lowercased copy of a searched column: a name no view's SQL gives a column. */
const lowercasedName = (column: string) => `${column} (lowercased for search)`;

/** The view's rows for a state from the base rows storeViews() stored: DuckDB selects and orders their row ids. */
export async function storedView(db: QueryClient, view: ViewDefinition, state: ViewState = {}): Promise<Row[]> {
  const stored = storedRows.get(db)?.get(view.name);
  if (!stored) throw new Error(`${view.name}: storeViews() has not stored this view's rows in this database`);
  const { rows, order } = stored;
  const { sql, params } = viewQuery(view, state, { stored: true, ids: true, rowOrder: order });
  const positions = ((await db.query(sql, params)).getChildAt(0)?.toArray() ?? []) as ArrayLike<number>;
  const selected = new Array<Row>(positions.length);
  for (let i = 0; i < positions.length; i++) selected[i] = rows[positions[i]];
  selections.set(selected, { base: rows, positions });
  return selected;
}

/**
 * The view's rows for a state on a page: applied in JavaScript to its base rows until DuckDB has loaded
 * (`db` null), so the first chart needs no WebAssembly; then from DuckDB, as SQL over the base rows it
 * stored when it opened (storedView()).
 */
export function viewRows(db: QueryClient | null, view: ViewDefinition, base: BaseRows, state: ViewState): Row[] | Promise<Row[]> {
  return db ? storedView(db, view, state) : applyView(view, base.rows, state);
}

/**
 * Rows as plain objects, as the base rows' JSON has them: lists are Arrow vectors, made arrays; dates
 * are epoch milliseconds already. Read column by column: each row's proxy and its toJSON() cost far more
 * (see rowsOf's figures in the README).
 */
export function rowsOf(table: ResultTable): Row[] {
  const columns = table.schema.fields.map((field, j) => [field.name, Array.from(table.getChildAt(j) ?? [], plain)] as const);
  return Array.from({ length: table.numRows }, (_, i) => {
    const row: Row = {};
    for (const [name, values] of columns) row[name] = values[i];
    return row;
  });
}

const plain = (value: unknown) =>
  value !== null && typeof value === "object" && typeof (value as { toArray?: unknown }).toArray === "function"
    ? Array.from(value as Iterable<unknown>)
    : value;

/** The SQL listing a filter's options (a state's filter without a control, `contains`, has none). */
export function optionsQuery(filter: Filter): string | null {
  if (filter.param === undefined || filter.value !== undefined || filter.kind === "contains") return null;
  if (filter.options) return filter.options;
  const column = identifier(filter.column);
  return filter.kind === "member"
    ? `SELECT DISTINCT unnest(${column}) AS value FROM base ORDER BY value`
    : `SELECT DISTINCT ${column} AS value FROM base WHERE ${column} IS NOT NULL ORDER BY value`;
}

/** A control's values: as the view's JSON lists them. */
export interface FilterOption {
  value: Value;
  label?: string;
}

/** A view's base rows as src/data/views/<name>.json.ts writes them: the rows, and each filter's options by parameter. */
export interface BaseRows {
  rows: Row[];
  options: Record<string, FilterOption[]>;
}
