// Cells are checked before they run, on DuckDB-WASM's own tokens (recorded from AsyncDuckDB.tokenize
// in Chromium into the fixture): split into statements, and refused when they would make a published
// table's name mean anything else.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { refusal, splitStatements, type ScriptTokens } from "../../src/components/notebook/statements.ts";

const TOKENS: Record<string, ScriptTokens> = JSON.parse(readFileSync(new URL("fixtures/duckdb-tokens.json", import.meta.url), "utf8"));
const PUBLISHED = new Set([
  "documents",
  "municipalities",
  "trials",
  "mentions",
  "participation",
  "outcomes",
  "decisions",
  "events",
  "networks",
  "disagreements",
  "lines",
]);

const statements = (sql: string) => {
  expect(TOKENS, "record this SQL's tokens in the fixture").toHaveProperty([sql]);
  return splitStatements(sql, TOKENS[sql]);
};
/** Each statement's refusal, or null. */
const refusals = (sql: string) => statements(sql).map((s) => refusal(s, PUBLISHED));

describe("splitting a cell into statements", () => {
  it("splits at top-level semicolons, not inside strings, quoted names or comments, and drops empty statements", () => {
    const sql = "SELECT 'a;b' AS \"x;y\" -- c;d\n; /* ; */ SELECT $$;$$ ;;";
    expect(statements(sql).map((s) => s.sql)).toEqual(["SELECT 'a;b' AS \"x;y\" -- c;d", "/* ; */ SELECT $$;$$"]);
  });

  it("reads DuckDB's offsets, which count UTF-8 bytes, at the tokens of a cell with æ, ø, å or ·", () => {
    // Read at the bytes, "'Programme-wide · ' |" and "| d": an operator the check could not read.
    const view = "SELECT 'Programme-wide · ' || d.programme AS row_label FROM documents d";
    expect(statements(view).map((s) => s.tokens.map((t) => t.text))).toEqual([
      ["select", "'", "||", "d", ".", "programme", "as", "row_label", "from", "documents", "d"],
    ]);
    // And the statement after one is still found and refused.
    const danish = "SELECT 'æøå' AS x; DROP TABLE trials";
    expect(statements(danish).map((s) => s.sql)).toEqual(["SELECT 'æøå' AS x", "DROP TABLE trials"]);
    expect(refusals(danish)[1]).not.toBeNull();
  });

  it("reads casts, lambdas, structs, JSON arrows, dollar strings and doubled quotes as one statement", () => {
    const sql = Object.keys(TOKENS).find((k) => k.startsWith("SELECT a::INT"))!;
    expect(statements(sql)).toHaveLength(1);
    expect(refusals(sql)).toEqual([null]);
    expect(statements(sql)[0].tokens.map((t) => t.text)).toContain('mixed"quote');
  });

  it("keeps each statement's SQL as written", () => {
    expect(statements("CREATE TABLE mine AS SELECT 1; ALTER TABLE mine RENAME TO trials").map((s) => s.sql)).toEqual([
      "CREATE TABLE mine AS SELECT 1",
      "ALTER TABLE mine RENAME TO trials",
    ]);
  });

  it("refuses SQL the tokenizer could not read (a Unicode-escaped name), rather than pass it unchecked", () => {
    expect(() => statements('CREATE TEMP VIEW U&"tri\\0061ls" AS SELECT 1')).toThrow(/tokenizer could not read the SQL at “SELECT|VIEW U&/);
  });
});

describe("published tables keep their names", () => {
  it.each([
    "CREATE OR REPLACE TABLE trials AS SELECT 'x' AS trial_id",
    "CREATE TEMP VIEW trials AS SELECT 1",
    'create temporary table "Trials" as select 1',
    "CREATE MACRO trials() AS TABLE SELECT 1",
    "CREATE OR REPLACE TEMP MACRO lines(x) AS x + 1",
    "ALTER TABLE trials RENAME TO old_trials",
    "DROP TABLE IF EXISTS mine, trials",
    "DROP VIEW events",
    "INSERT INTO trials (trial_id) VALUES ('x')",
    "INSERT OR REPLACE INTO memory.main.documents SELECT * FROM documents",
    "UPDATE trials SET status = 'x'",
    "DELETE FROM trials",
    "WITH x AS (SELECT 1), y AS (SELECT * FROM trials) DELETE FROM main.trials",
    "TRUNCATE trials",
    "PREPARE p AS DELETE FROM trials",
    "EXPLAIN ANALYZE DELETE FROM trials",
    "CREATE INDEX idx ON trials (trial_id)",
    "COPY trials FROM 'x.csv'",
  ])("refuses %s", (sql) => {
    expect(refusals(sql).at(-1)).toMatch(/^“(trials|lines|events|documents)” is a published table: a cell cannot replace, change, shadow or remove it\./);
  });

  it("refuses a statement that renames another table to a published name, or creates one elsewhere", () => {
    expect(refusals("CREATE TABLE mine AS SELECT 1; ALTER TABLE mine RENAME TO trials")).toEqual([
      null,
      expect.stringMatching(/^“trials” is a published table/),
    ]);
    expect(refusals("ATTACH ':memory:' AS other; CREATE TABLE other.main.trials AS SELECT 1; USE other")).toEqual([
      null,
      expect.stringMatching(/^“trials” is a published table/),
      expect.stringMatching(/^USE is not available here/),
    ]);
  });

  it("refuses removing the schema or database that holds the published tables", () => {
    for (const sql of ["DROP SCHEMA main CASCADE", "DETACH memory", "DETACH DATABASE IF EXISTS memory"]) {
      expect(refusals(sql), sql).toEqual([expect.stringMatching(/^“(main|memory)” holds the published tables: a cell cannot drop, detach or alter it\.$/)]);
    }
    expect(refusals("DETACH other")).toEqual([null]);
  });

  it("refuses changing where names are looked up", () => {
    expect(refusals("SET search_path = 'other.main'")).toEqual([expect.stringMatching(/^SET search_path is not available here/)]);
    expect(refusals("SET SESSION schema = 'x'")).toEqual([expect.stringMatching(/^SET schema is not available here/)]);
    expect(refusals("RESET search_path")).toEqual([expect.stringMatching(/^RESET search_path is not available here/)]);
  });

  it.each([
    "SELECT count(*) FROM trials",
    "WITH x AS (SELECT * FROM trials) SELECT * FROM x",
    "CREATE TABLE my_trials AS SELECT * FROM trials JOIN mentions ON trials.trial_id = mentions.trial_id; SELECT count(*) FROM my_trials",
    "INSERT INTO my_trials SELECT * FROM trials",
    "ALTER TABLE mine RENAME COLUMN a TO trials",
    "COMMENT ON TABLE trials IS 'x'",
    "SET VARIABLE v = 1",
    // Left to DuckDB, whose locked configuration refuses it.
    "SET GLOBAL enable_external_access = true",
  ])("lets %s run: it reads the published tables or writes only its own", (sql) => {
    expect(refusals(sql).every((r) => r === null)).toBe(true);
  });
});
