// Hostile variants of the real seeds. Each case must end in one of two ways: rows whose quotes stand at
// their lines with every line of every seed accounted for in `lines`, or a SeedError naming the file
// (and line). Never a hang, never another exception, never a line silently lost.
import { describe, expect, it } from "vitest";
import { buildTables, type Tables } from "../../loaders/corpus.ts";
import { fragmentsOccur } from "../../loaders/curated.ts";
import { decodeSeed, SeedError, type Seed } from "../../loaders/seed.ts";
import { reference, fiveSeeds } from "./helpers.ts";

const seeds = fiveSeeds();
const encoder = new TextEncoder();

/** Deterministic, so a failing case can be replayed from its name. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

interface Case {
  name: string;
  file: string;
  bytes: Uint8Array;
}

function cases(): Case[] {
  const out: Case[] = [];
  const rnd = random(20261123);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  for (const seed of seeds) {
    const file = `seeds/${seed.docId}.txt`;
    const text = `${seed.lines.join("\n")}\n`;
    const bytes = encoder.encode(text);
    for (let i = 0; i < 8; i++) {
      const at = Math.floor(rnd() * text.length);
      out.push({ name: `${seed.docId} truncated at ${at}`, file, bytes: encoder.encode(text.slice(0, at)) });
    }
    for (let i = 0; i < 4; i++) {
      const lines = [...seed.lines];
      for (let k = lines.length - 1; k > 0; k--) {
        const j = Math.floor(rnd() * (k + 1));
        [lines[k], lines[j]] = [lines[j], lines[k]];
      }
      out.push({ name: `${seed.docId} lines shuffled #${i}`, file, bytes: encoder.encode(lines.join("\n")) });
    }
    for (let i = 0; i < 6; i++) {
      const flipped = bytes.slice();
      for (let k = 0; k < 1 + i * 3; k++) flipped[Math.floor(rnd() * flipped.length)] ^= 1 << Math.floor(rnd() * 8);
      out.push({ name: `${seed.docId} ${1 + i * 3} bits flipped`, file, bytes: flipped });
    }
    for (let i = 0; i < 4; i++) {
      // A line dropped or doubled: text shifts under the curated line numbers.
      const lines = [...seed.lines];
      const at = Math.floor(rnd() * lines.length);
      if (i % 2) lines.splice(at, 1);
      else lines.splice(at, 0, lines[at]);
      out.push({ name: `${seed.docId} line ${at + 1} ${i % 2 ? "dropped" : "doubled"}`, file, bytes: encoder.encode(lines.join("\n")) });
    }
    out.push(
      { name: `${seed.docId} as Latin-1`, file, bytes: Uint8Array.from(Buffer.from(text, "latin1")) },
      { name: `${seed.docId} as UTF-16LE with BOM`, file, bytes: Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])) },
      { name: `${seed.docId} with BOM and CRLF`, file, bytes: encoder.encode(`\uFEFF${text.replace(/\n/g, "\r\n")}`) },
      {
        name: `${seed.docId} with a word changed`,
        file,
        bytes: encoder.encode(text.replace(pick(["Aalborg", "frikommuneforsøg", "2015", "Nej", "kommune"]), "Xyzzy")),
      },
    );
  }
  out.push(
    { name: "empty file", file: "seeds/005_empty.txt", bytes: new Uint8Array() },
    { name: "binary file", file: "seeds/005_binary.txt", bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256) },
    {
      name: "unknown document",
      file: "seeds/005_referat.txt",
      bytes: encoder.encode("Referat af styregruppemøde\n\nDeltagere: Aalborg, Rebild.\n".repeat(20)),
    },
    { name: "hostile markup", file: "seeds/005_markup.txt", bytes: encoder.encode('<script>alert(1)</script>\n<img src=x onerror="alert(2)">\n'.repeat(10)) },
    {
      name: "50 MB file",
      file: "seeds/005_large.txt",
      bytes: encoder.encode(
        seeds[0].lines
          .join("\n")
          .repeat(Math.ceil(50e6 / 20e3))
          .slice(0, 50e6),
      ),
    },
    // Just under the size limit: parsed, not refused, and in reasonable time.
    {
      name: "4.9 MB file",
      file: "seeds/000_e87aeb02a3b05123.txt",
      bytes: encoder.encode(
        seeds[0].lines
          .join("\n")
          .repeat(Math.ceil(4.9e6 / 20e3))
          .slice(0, 4.9e6),
      ),
    },
  );
  return out;
}

type Outcome = "rows" | "stopped";

function check(c: Case): Outcome {
  let seed: Seed;
  try {
    seed = decodeSeed(c.bytes, c.file);
  } catch (error) {
    expect(error, c.name).toBeInstanceOf(SeedError);
    expect((error as SeedError).message.startsWith(`${c.file}`), c.name).toBe(true);
    return "stopped";
  }
  const corpus = [...seeds.filter((s) => s.docId !== seed.docId), seed].sort((a, b) => a.docId.localeCompare(b.docId));
  let tables: Tables;
  try {
    ({ tables } = buildTables(corpus, reference));
  } catch (error) {
    expect(error, `${c.name}: ${error}`).toBeInstanceOf(SeedError);
    const message = (error as SeedError).message;
    expect(message.startsWith(c.file) || message.startsWith("data/"), `${c.name}: ${message}`).toBe(true);
    return "stopped";
  }
  // Every line of every seed is accounted for, and every row's words stand at its lines.
  expect(tables.lines, c.name).toHaveLength(corpus.reduce((n, s) => n + s.lines.length, 0));
  const byDoc = new Map(corpus.map((s) => [s.docId, s]));
  for (const table of ["mentions", "participation", "decisions", "events", "networks"] as const) {
    for (const row of tables[table]) {
      const s = byDoc.get(row.doc_id as string)!;
      expect(
        fragmentsOccur(s, row.quote as string, row.source_line as number, row.source_line_end as number),
        `${c.name}: ${table} ${row.doc_id}:${row.source_line}`,
      ).toBe(true);
    }
  }
  return "rows";
}

describe("fuzzing the loaders with damaged seeds", () => {
  it("ends every case in rows with provenance or a clear stop", { timeout: 120_000 }, () => {
    const all = cases();
    const tally = { tried: 0, rows: 0, stopped: 0, failed: 0 };
    const failures: string[] = [];
    for (const c of all) {
      tally.tried++;
      const started = performance.now();
      try {
        tally[check(c)]++;
      } catch (error) {
        tally.failed++;
        failures.push(`${c.name}: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
      }
      expect(performance.now() - started, `${c.name} took too long`).toBeLessThan(20_000);
    }
    console.info(
      `fuzz: ${tally.tried} cases tried, ${tally.rows + tally.stopped} handled (${tally.rows} with rows, ${tally.stopped} stopped with a message naming the file), ${tally.failed} failed`,
    );
    expect(failures).toEqual([]);
    expect(tally.tried).toBe(all.length);
  });
});
