// A notebook cell's SQL read with DuckDB's own tokenizer (AsyncDuckDB.tokenize), not with regexes:
// split into statements at top-level semicolons (DuckDB-WASM sends one statement at a time, which is
// what makes each cancellable), and checked before anything runs, so that no cell can make a published
// table's name resolve to anything else: no statement may create, replace, alter, drop, insert into,
// update, delete from or rename to an object of that name (a temporary view or a macro called `trials`
// would shadow the table), nor change where names are looked up (USE, SET search_path / schema).

/** DuckDB-WASM's ScriptTokens: where each token starts, and its kind. */
export interface ScriptTokens {
  offsets: number[];
  types: number[];
}

// DuckDB-WASM's TokenType.
const IDENTIFIER = 0;
const NUMERIC = 1;
const STRING = 2;
const OPERATOR = 3;
const KEYWORD = 4;

export interface Token {
  /** A keyword in lower case, a name unquoted in lower case (DuckDB matches names case-insensitively), an operator as written. */
  text: string;
  type: number;
  /** Parenthesis depth: 0 is the statement's own level. */
  depth: number;
}

export interface Statement {
  sql: string;
  tokens: Token[];
}

// Whitespace and comments, which the tokenizer leaves inside the span of the token before them.
const TRIVIA = /\/\*[\s\S]*?\*\/|--[^\n]*|\s+/g;

/** The token's text, or null when its span holds more than one token (the tokenizer gave up there, e.g. at U&"…"). */
function readToken(span: string, type: number): string | null {
  if (type === STRING) return "'";
  // Numbers (1, 1.5e3) cannot name anything.
  if (type === NUMERIC) return span.trim();
  let word: string;
  let text: string;
  const quoted = type === IDENTIFIER ? /^"((?:[^"]|"")*)"/.exec(span) : null;
  if (quoted) {
    word = quoted[0];
    text = quoted[1].replaceAll('""', '"').toLowerCase();
  } else {
    // A word, or else operator characters (DuckDB marks some operators, such as ::, as keywords).
    word = /^[\p{L}\p{N}_$]+/u.exec(span)?.[0] ?? (/^[^\s\p{L}\p{N}_$'"]+/u.exec(span)?.[0] ?? "").replace(/(\/\*|--)[\s\S]*$/, "");
    text = /^[\p{L}\p{N}_$]/u.test(word) ? word.toLowerCase() : word;
  }
  return word && !span.slice(word.length).replace(TRIVIA, "") ? text : null;
}

/**
 * DuckDB's token offsets count the bytes of the SQL's UTF-8; a JavaScript string counts UTF-16 code
 * units. The string index of each offset, so that a cell with æ, ø, å or · before a token is read at
 * its tokens (read at the bytes, `'… · ' || x` split as "'… · ' |" and "| x").
 */
function stringIndices(sql: string, byteOffsets: readonly number[]): number[] {
  const indices: number[] = [];
  let byte = 0;
  let index = 0;
  let next = 0;
  for (const character of sql) {
    for (; next < byteOffsets.length && byteOffsets[next] <= byte; next++) indices.push(index);
    const point = character.codePointAt(0)!;
    byte += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    index += character.length;
  }
  for (; next < byteOffsets.length; next++) indices.push(index);
  return indices;
}

/**
 * The statements of `sql` given DuckDB's tokens of it, empty ones left out. Throws when the tokenizer
 * could not read a span: what it cannot read cannot be checked.
 */
export function splitStatements(sql: string, { offsets: byteOffsets, types }: ScriptTokens): Statement[] {
  const offsets = stringIndices(sql, byteOffsets);
  const statements: Statement[] = [];
  let start = 0;
  let tokens: Token[] = [];
  let depth = 0;
  const end = (at: number) => {
    if (tokens.length) statements.push({ sql: sql.slice(start, at).trim(), tokens });
    tokens = [];
  };
  offsets.forEach((offset, i) => {
    const span = sql.slice(offset, offsets[i + 1] ?? sql.length);
    const text = readToken(span, types[i]);
    if (text === null) throw new Error(`DuckDB's tokenizer could not read the SQL at “${span.trim().slice(0, 40)}”; the notebook runs only SQL it can check.`);
    if (types[i] === OPERATOR && text === ";" && depth === 0) {
      end(offset);
      start = offset + 1;
      return;
    }
    if (types[i] === OPERATOR && /^[([]$/.test(text)) depth++;
    tokens.push({ text, type: types[i], depth });
    if (types[i] === OPERATOR && /^[)\]]$/.test(text)) depth = Math.max(0, depth - 1);
  });
  end(sql.length);
  return statements;
}

// Words between a statement's verb and the name it acts on.
const MODIFIERS = new Set([
  "or",
  "replace",
  "ignore",
  "temp",
  "temporary",
  "persistent",
  "unique",
  "table",
  "view",
  "macro",
  "function",
  "sequence",
  "type",
  "schema",
  "index",
  "if",
  "not",
  "exists",
  "into",
  "from",
  "only",
  "cascade",
  "restrict",
  "database",
]);
// Where the published tables are: dropping the schema or detaching the database would remove them all.
const HOLDERS = new Set(["main", "memory"]);
const READING = new Set(["select", "from", "values", "table", "pivot", "unpivot", "summarize", "describe", "show"]);

const isWord = (t: Token | undefined): t is Token => !!t && (t.type === IDENTIFIER || t.type === KEYWORD);

/** The last part of the (possibly qualified) name starting at `i`, and where it ends. */
function nameAt(tokens: Token[], i: number): { name: string; next: number } | null {
  if (!isWord(tokens[i])) return null;
  let name = tokens[i].text;
  let next = i + 1;
  while (tokens[next]?.text === "." && isWord(tokens[next + 1])) {
    name = tokens[next + 1].text;
    next += 2;
  }
  return { name, next };
}

/** The names a statement acts on (creates, replaces, alters, drops, renames to, writes to). */
function targets(tokens: Token[]): string[] {
  let i = 0;
  // EXPLAIN ANALYZE runs its statement; PREPARE p AS … is run later by EXECUTE p.
  while (tokens[i]?.text === "explain" || tokens[i]?.text === "analyze") i++;
  if (tokens[i]?.text === "prepare") {
    const as = tokens.findIndex((t, j) => j > i && t.depth === 0 && t.text === "as");
    return as < 0 ? [] : targets(tokens.slice(as + 1));
  }
  // WITH a AS (…), b AS (…) DELETE …: the verb is the first word at the top level after the definitions.
  if (tokens[i]?.text === "with") {
    i = tokens.findIndex(
      (t, j) => j > i && t.depth === 0 && t.type === KEYWORD && /^(select|insert|update|delete|from|values|table|pivot|unpivot)$/.test(t.text),
    );
    if (i < 0) return [];
  }
  const verb = tokens[i]?.text;
  if (!verb || READING.has(verb)) return [];
  if (!/^(create|alter|drop|insert|update|delete|truncate|copy|comment|detach)$/.test(verb)) return [];
  if (verb === "comment") return [];
  const found: string[] = [];
  let j = i + 1;
  while (tokens[j] && MODIFIERS.has(tokens[j].text) && tokens[j].type === KEYWORD) j++;
  const index = verb === "create" && tokens.slice(i, j).some((t) => t.text === "index");
  // DROP TABLE a, b: every name in the list.
  for (let name = nameAt(tokens, j); name; name = tokens[name.next]?.text === "," && verb === "drop" ? nameAt(tokens, name.next + 1) : null) {
    found.push(name.name);
  }
  // ALTER … RENAME TO name; CREATE INDEX i ON name.
  tokens.forEach((t, k) => {
    const after = (t.text === "to" && tokens[k - 1]?.text === "rename") || (index && t.text === "on") ? nameAt(tokens, k + 1) : null;
    if (after && t.depth === 0) found.push(after.name);
  });
  return found;
}

/** Why this statement may not run here, or null when it may. `published` in lower case. */
export function refusal(statement: Statement, published: ReadonlySet<string>): string | null {
  const first = statement.tokens[0];
  if (first?.text === "use") return "USE is not available here: it would change which table a name such as trials means.";
  const setting = statement.tokens.find((t) => t.depth === 0 && /^(search_path|schema)$/.test(t.text));
  if ((first?.text === "set" || first?.text === "reset") && setting) {
    return `${first.text.toUpperCase()} ${setting.text} is not available here: it would change which table a name such as trials means.`;
  }
  const found = targets(statement.tokens);
  const holder = /^(drop|detach|alter)$/.test(first?.text ?? "") ? found.find((n) => HOLDERS.has(n)) : undefined;
  if (holder) return `“${holder}” holds the published tables: a cell cannot drop, detach or alter it.`;
  const name = found.find((n) => published.has(n));
  return name
    ? `“${name}” is a published table: a cell cannot replace, change, shadow or remove it. Give your own table, view or macro another name, e.g. CREATE TABLE my_${name} AS SELECT * FROM ${name}.`
    : null;
}
