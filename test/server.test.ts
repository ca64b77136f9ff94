// The test and bench server: what it sends compressed must arrive as the same bytes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { serveDirectory } from "./browser/server.ts";

const root = mkdtempSync(join(tmpdir(), "frikommune-server-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const script = "export const navn = 'Brønderslev';\n".repeat(200);
writeFileSync(join(root, "a.js"), script);
writeFileSync(join(root, "b.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

async function get(origin: string, path: string, acceptEncoding: string) {
  return new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
    request(`${origin}${path}`, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

describe("serveDirectory", () => {
  it("sends files as they are unless asked to compress", async () => {
    const server = await serveDirectory(root);
    try {
      const { encoding, body } = await get(server.origin, "/a.js", "gzip, br");
      expect(encoding).toBeUndefined();
      expect(body.toString()).toBe(script);
    } finally {
      await server.close();
    }
  });

  it("with compress, sends brotli or gzip as accepted, decoding to the same bytes; images as they are", async () => {
    const server = await serveDirectory(root, { compress: true });
    try {
      const br = await get(server.origin, "/a.js", "gzip, deflate, br");
      expect(br.encoding).toBe("br");
      expect(br.body.length).toBeLessThan(script.length / 10);
      expect(brotliDecompressSync(br.body).toString()).toBe(script);
      const gzip = await get(server.origin, "/a.js", "gzip");
      expect(gzip.encoding).toBe("gzip");
      expect(gunzipSync(gzip.body).toString()).toBe(script);
      expect((await get(server.origin, "/a.js", "identity")).body.toString()).toBe(script);
      expect((await get(server.origin, "/b.png", "br")).encoding).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
