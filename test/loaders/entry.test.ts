// The loader entry points as Framework runs them: a process writing Parquet to stdout, or failing clearly.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { tableFromIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../loaders/build.ts";
import { PROJECT_ROOT } from "../../loaders/reference.ts";
import { fiveSeedRoot } from "./helpers.ts";

const run = promisify(execFile);
// Each test starts a tsx process that reads every seed: seconds on a busy machine.
const SPAWN = { timeout: 60_000 };
const TSX = join(PROJECT_ROOT, "node_modules/.bin/tsx");

/** A copy of seeds/ and data/ with one seed file added. */
function rootWith(name: string, content: Uint8Array | string): string {
  const root = fiveSeedRoot("frikommune-root-");
  writeFileSync(join(root, "seeds", name), content);
  return root;
}

/** Runs one entry point; each test gets its own extraction cache unless it passes one. */
async function load(table: string, root?: string, format = "parquet", cache = mkdtempSync(join(tmpdir(), "frikommune-cache-"))) {
  const env = { ...process.env, FRIKOMMUNE_ROOT: root ?? "", FRIKOMMUNE_CACHE: cache };
  return run(TSX, [join(PROJECT_ROOT, `src/data/${table}.${format}.ts`)], { env, encoding: "buffer", maxBuffer: 1 << 26 });
}

describe("src/data/*.parquet.ts", SPAWN, () => {
  it("writes a Parquet file to stdout and the build summary to stderr, each document's unparsed lines counted once", async () => {
    // The five seeds alone: a document a researcher added may rightly warn.
    const { stdout, stderr } = await load("trials", fiveSeedRoot());
    expect(stdout.subarray(0, 4).toString()).toBe("PAR1");
    expect(stderr.toString()).toMatch(/^frikommune corpus: \d+ documents, \d+ trials, extracted once/);
    expect(stderr.toString()).toMatch(/^ {2}001_17a181aa244a306b +webinar +14 +10 +21 +0 +1 +0 +40 +0$/m);
    expect(stderr.toString()).toMatch(/^ {2}unparsed: non-blank lines that fed no row and were not skipped on purpose/m);
    // The webinar's 40 unparsed lines are said once, in its row: no warning repeats them.
    expect(stderr.toString().match(/001_17a181aa244a306b/g)).toHaveLength(1);
    expect(stderr.toString()).not.toMatch(/^warning:/m);
  });

  it("extracts once per build: the next loader reads the cache and prints no second summary", async () => {
    const cache = mkdtempSync(join(tmpdir(), "frikommune-cache-"));
    const first = await load("trials", undefined, "json", cache);
    const second = await load("mentions", undefined, "json", cache);
    expect(first.stderr.toString()).toMatch(/^frikommune corpus:/);
    expect(second.stderr.toString()).toBe("");
    expect(JSON.parse(second.stdout.toString())).toHaveLength(readCorpus().tables.mentions.length);
    expect(readdirSync(cache).filter((f) => f.endsWith(".json"))).toHaveLength(1);
    // Another seed is another corpus: extracted afresh.
    const third = await load(
      "mentions",
      rootWith("005_note.txt", `Notat om frikommuneforsøg\n\n${"Forsøget med ledighedsydelse fortsætter. ".repeat(8)}`),
      "json",
      cache,
    );
    expect(third.stderr.toString()).toMatch(/^ {2}005_note +general /m);
    expect(readdirSync(cache).filter((f) => f.endsWith(".json"))).toHaveLength(2);
  });

  it.each([
    ["an empty seed", "005_empty.txt", "", "error: seeds/005_empty.txt: the document is empty\n"],
    [
      "a Latin-1 seed",
      "005_latin1.txt",
      Uint8Array.from(Buffer.from("Kære frikommunenetværk\nRegeringen har nu behandlet ansøgningerne ø\n".repeat(5), "latin1")),
      "error: seeds/005_latin1.txt:1: the document is not valid UTF-8\n",
    ],
  ])("stops on %s with one line naming the file, no stack trace", async (_, name, content, message) => {
    const failure = await load("documents", rootWith(name, content)).then(
      () => null,
      (error) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout.length).toBe(0);
    expect(failure?.stderr.toString()).toBe(message);
  });
});

describe("src/data/*.json.ts", SPAWN, () => {
  it("writes the table as JSON with dates as epoch milliseconds, like the Parquet file's Arrow columns", async () => {
    const { stdout } = await load("trials", undefined, "json");
    const rows = JSON.parse(stdout.toString());
    const { tables } = readCorpus();
    expect(rows).toHaveLength(tables.trials.length);
    expect(rows[0]).toMatchObject({
      trial_id: "fk1-medborgerskab",
      start_date: Date.UTC(2012, 6, 1),
      extended_until: Date.UTC(2017, 6, 1),
      status: "completed",
    });
    expect(rows.find((r: { status: string }) => r.status === "not_used").start_date).toBeNull();
  });
});

describe("src/data/*.arrow.ts", SPAWN, () => {
  it("writes an Arrow IPC stream with the Parquet file's types and the JSON copy's rows", async () => {
    const [{ stdout: arrow }, { stdout: json }] = await Promise.all([load("outcomes", undefined, "arrow"), load("outcomes", undefined, "json")]);
    const table = tableFromIPC(new Uint8Array(arrow));
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]));
    expect(types).toMatchObject({ outcome_id: "Utf8", value: "Float64", approximate: "Bool", themes: "List<Utf8>", source_line: "Int32" });
    const rows = Array.from(table, (row) =>
      Object.fromEntries(Object.entries(row.toJSON()).map(([k, v]) => [k, v && typeof v === "object" ? Array.from(v as Iterable<unknown>) : v])),
    );
    expect(rows).toEqual(JSON.parse(json.toString()));
  });

  it("keeps dates as dates (Date32, epoch milliseconds in JavaScript)", async () => {
    const table = tableFromIPC(new Uint8Array((await load("trials", undefined, "arrow")).stdout));
    expect(String(table.schema.fields.find((f) => f.name === "start_date")?.type)).toBe("Date32<DAY>");
    expect(table.get(0)?.toJSON()).toMatchObject({ trial_id: "fk1-medborgerskab", start_date: Date.UTC(2012, 6, 1) });
  });
});
