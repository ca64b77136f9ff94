/** `npm run add` end to end, on a temporary copy of seeds/ and data/ (FRIKOMMUNE_ROOT), as a user runs it. */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT, readSeeds } from "../../loaders/reference.ts";
import { fiveSeedRoot, SEED_FILES, seedText } from "../loaders/helpers.ts";

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, "node_modules/.bin/tsx");
const META = [
  "--title",
  "Status for frikommuneforsøgene",
  "--issuer",
  "Styrelsen for Arbejdsmarked og Rekruttering",
  "--date",
  "2022-11-10",
  "--url",
  "https://example.org/bilag12.pdf",
  "--licence",
  "offentligt dokument",
];

function tempRoot(): string {
  const root = fiveSeedRoot("frikommune-add-");
  mkdirSync(join(root, "src/.observablehq/cache/data"), { recursive: true });
  writeFileSync(join(root, "src/.observablehq/cache/data/documents.parquet"), "stale");
  return root;
}

async function add(root: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, FRIKOMMUNE_ROOT: root };
  return run(TSX, [join(PROJECT_ROOT, "scripts/add.ts"), ...args], { env, encoding: "utf8" }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe("npm run add", () => {
  it("adds the eleven-page PDF as seed 005 with its PDF and metadata, reports, clears the cache, then refuses it again", async () => {
    const root = tempRoot();
    const pdf = join(PROJECT_ROOT, "test/corpus/documents/beu-bilag-status.pdf");
    const first = await add(root, pdf, ...META);
    expect(first.stderr).toMatch(/^side 11\/11: text layer/m);
    expect(first.code).toBe(0);
    const name = readdirSync(join(root, "seeds"))
      .find((f) => f.startsWith("005_") && f.endsWith(".txt"))!
      .replace(/\.txt$/, "");
    expect(name).toMatch(/^005_[0-9a-f]{16}$/);
    expect(readFileSync(join(root, "seeds", `${name}.pdf`))).toEqual(readFileSync(pdf));
    expect(JSON.parse(readFileSync(join(root, "seeds", `${name}.meta.json`), "utf8"))).toMatchObject({ date: "2022-11-10", source_file: `${name}.pdf` });
    const text = readFileSync(join(root, "seeds", `${name}.txt`), "utf8");
    expect(text.match(/^--- side \d+ ---$/gm)).toHaveLength(11);
    expect(first.stdout).toContain(`added seeds/${name}.txt (and the PDF beside it: 11 pages, all from the text layer)`);
    // No layout parser knows a committee annex; the general layer still finds the catalogue's trials in it.
    expect(first.stdout).toMatch(/^genre: unknown \(no layout parser recognised it; read by the general layer\)/m);
    expect(first.stdout).toMatch(/^rows: documents 1 · trials 0 · mentions [1-9]\d* .* lines \d+$/m);
    expect(first.stdout).toMatch(/^lines: \d+ \([1-9]\d* parsed, 11 skipped, \d+ unparsed/m);
    expect(existsSync(join(root, "src/.observablehq/cache/data"))).toBe(false);
    expect(readSeeds(root)).toHaveLength(6);

    const again = await add(root, pdf, ...META);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`refused: the same text as seeds/${name}.txt (doc_id ${name})`);
    expect(readSeeds(root)).toHaveLength(6);
  }, 300_000);

  it("refuses a document with a CPR number, saying why, and writes nothing", async () => {
    const root = tempRoot();
    const file = join(root, "notat.txt");
    writeFileSync(file, `${"Notat om frikommuneforsøg i Hjørring Kommune. ".repeat(6)}\nBorgeren (cpr.nr. 150372-1234) deltog i forsøget.\n`);
    const { code, stderr } = await add(root, file, ...META);
    expect(code).toBe(1);
    expect(stderr).toMatch(/notat\.txt:2: refused: "150372-1234" has the form of a CPR number .* publishes every line word for word/);
    expect(readSeeds(root)).toHaveLength(5);
  }, 120_000);

  it("refuses missing metadata, naming each field, when stdin is no terminal", async () => {
    const root = tempRoot();
    const { code, stderr } = await add(
      root,
      join(PROJECT_ROOT, "test/corpus/documents/hjoerring-forsoegsliste.txt"),
      "--title",
      "Frikommuneforsøg",
      "--date",
      "2021-02-31",
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/issuer is missing/);
    expect(stderr).toMatch(/date "2021-02-31" is not a real date/);
    expect(stderr).toMatch(/source_url is missing/);
    expect(readSeeds(root)).toHaveLength(5);
  }, 120_000);

  it("warns on the staff contact, lists unknown names in a review file, and --accept applies its decisions", async () => {
    const root = tempRoot();
    const hjoerring = await add(root, join(PROJECT_ROOT, "test/corpus/documents/hjoerring-forsoegsliste.txt"), ...META);
    expect(hjoerring.code).toBe(0);
    expect(hjoerring.stdout).toMatch(/^warning: seeds\/005_[0-9a-f]{16}\.txt:34: an e-mail address \(mette\.kristiansen@hjoerring-kommune\.example\)/m);
    expect(hjoerring.stdout).toMatch(/^warning: seeds\/005_[0-9a-f]{16}\.txt:34: a phone number \(99 99 12 34\)/m);

    // The overview with two titles reworded, in place of the original (else it is a duplicate).
    const overview = join(root, "oversigt.txt");
    writeFileSync(
      overview,
      seedText(SEED_FILES.overview)
        .replace("2 Nørremarken som social økonomisk", "2 Nørremarken som socialt økonomisk")
        .replace("kontanthjælpsmodtagere uanset", "kontanthjælpsmodtager uanset"),
    );
    const original = join(root, SEED_FILES.overview);
    rmSync(original);
    const added = await add(root, overview, ...META);
    expect(added.code).toBe(0);
    const doc = /^added seeds\/(\d{3}_[0-9a-f]{16})\.txt/m.exec(added.stdout)![1];
    expect(added.stdout).toMatch(/^genre: overview$/m);
    expect(added.stdout).toMatch(/^unknown names: 2/m);
    // The decision letter's applications are the letter's to review, said once.
    expect(added.stdout).toMatch(/^elsewhere in the corpus: 4 unknown names, provisional \(first: seeds\/003_3dbcc80b57291c50\.txt:32 "Én handleplan"\)$/m);
    expect(added.stdout).toMatch(/^ {2}line 23: trial "Nørremarken som socialt økonomisk virksomhed" — nearest: fk1-noerremarken/m);
    expect(added.stdout).toContain(`review: fill in the decision column of data/review/${doc}.tsv, then run: npm run add -- --accept ${doc}`);

    const review = join(root, `data/review/${doc}.tsv`);
    const rows = readFileSync(review, "utf8").split("\n");
    rows[1] += "fk1-noerremarken";
    writeFileSync(review, rows.join("\n"));
    const first = await add(root, "--accept", doc);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('data/trial_titles.tsv: added "Nørremarken som socialt økonomisk virksomhed\\tfk1-noerremarken"');
    expect(first.stdout).toMatch(/1 names still without a decision/);
    expect(first.stdout).toMatch(/the build keeps 5 unknown names provisional/);

    const left = readFileSync(review, "utf8").split("\n");
    left[1] += "fk1-fritagelse-fremmoede";
    writeFileSync(review, left.join("\n"));
    const second = await add(root, "--accept", doc);
    expect(second.stdout).toMatch(/every name decided; file removed/);
    // What is left is the decision letter's.
    expect(second.stdout).toMatch(/^the build keeps 4 unknown names provisional \(first: seeds\/003_3dbcc80b57291c50\.txt:32/m);
    expect(existsSync(review)).toBe(false);
  }, 300_000);
});
