// The corpus is extracted once per build although Framework runs every table's loader as its own process.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { cached } from "../../loaders/cache.ts";

const dir = mkdtempSync(join(tmpdir(), "frikommune-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cached", () => {
  it("computes once, then reads what was stored", () => {
    let runs = 0;
    const first = cached("once", () => ({ runs: ++runs }), dir);
    const second = cached("once", () => ({ runs: ++runs }), dir);
    expect(first).toEqual({ value: { runs: 1 }, fresh: true });
    expect(second).toEqual({ value: { runs: 1 }, fresh: false });
    expect(runs).toBe(1);
  });

  it("takes over a lock left by a process that died", () => {
    const lock = join(dir, "corpus-stale.json.lock");
    writeFileSync(lock, "");
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(lock, old, old);
    expect(cached("stale", () => 7, dir)).toEqual({ value: 7, fresh: true });
  });

  it("lets one of several processes started together compute, the others wait and read its value", async () => {
    const log = join(dir, "computed.log");
    const child = `
      import { appendFileSync } from "node:fs";
      import { cached } from ${JSON.stringify(join(import.meta.dirname, "../../loaders/cache.ts"))};
      const { value } = cached("together", () => {
        appendFileSync(${JSON.stringify(log)}, process.pid + "\\n");
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
        return { by: process.pid };
      }, ${JSON.stringify(dir)});
      process.stdout.write(JSON.stringify(value));`;
    const run = () => promisify(execFile)(process.execPath, ["--import", "tsx/esm", "--input-type=module", "-e", child]);
    const outputs = await Promise.all([run(), run(), run()]);
    const computedBy = readFileSync(log, "utf8").trim().split("\n");
    expect(computedBy).toHaveLength(1);
    for (const { stdout } of outputs) expect(JSON.parse(stdout)).toEqual({ by: Number(computedBy[0]) });
  }, 60_000);
});
