// A tiny static server for dist/, on 127.0.0.1 at a random port, serving
// Framework's clean URLs (/foo → foo.html) with the MIME types the site needs; with `compress`, text and
// WebAssembly go out as brotli or gzip when the browser accepts it, as from any CDN.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file",
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  close(): Promise<void>;
}

// Already compressed, or too small to be worth it.
const INCOMPRESSIBLE = new Set([".png", ".woff2", ".parquet"]);

type Encoding = "br" | "gzip";

/** The file's bytes in `encoding`, compressed once (at the levels a CDN's static compression uses). */
function encoder() {
  const done = new Map<string, Buffer>();
  return (file: string, encoding: Encoding): Buffer => {
    const key = `${encoding} ${file}`;
    let body = done.get(key);
    if (!body) {
      const raw = readFileSync(file);
      body = encoding === "br" ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 });
      done.set(key, body);
    }
    return body;
  };
}

/**
 * `trickle`: each page's HTML goes out in pieces of that many bytes, a pause between them, as over a slow
 * network, where a browser paints what it has parsed so far.
 */
export async function serveDirectory(root: string, { compress = false, trickle = 0 } = {}): Promise<StaticServer> {
  const encode = encoder();
  const server = createServer((request, response) => {
    const file = resolveFile(root, new URL(request.url ?? "/", "http://localhost").pathname);
    if (!file) {
      const notFound = join(root, "404.html");
      response.writeHead(404, { "content-type": MIME_TYPES[".html"]! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end("not found");
      return;
    }
    const type = MIME_TYPES[extname(file)] ?? "application/octet-stream";
    const accepted = String(request.headers["accept-encoding"] ?? "");
    const encoding: Encoding | null =
      !compress || INCOMPRESSIBLE.has(extname(file)) ? null : /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : null;
    if (encoding) {
      const body = encode(file, encoding);
      response.writeHead(200, { "content-type": type, "content-encoding": encoding, "content-length": body.length, vary: "accept-encoding" });
      response.end(request.method === "HEAD" ? undefined : body);
      return;
    }
    response.writeHead(200, { "content-type": type, "content-length": statSync(file).size });
    if (request.method === "HEAD") response.end();
    else if (trickle && extname(file) === ".html") void sendInPieces(response, readFileSync(file), trickle);
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

const PAUSE_MS = 50;

async function sendInPieces(response: ServerResponse, body: Buffer, size: number) {
  for (let start = 0; start < body.length; start += size) {
    if (start) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    response.write(body.subarray(start, start + size));
  }
  response.end();
}

function resolveFile(root: string, pathname: string): string | undefined {
  const path = normalize(decodeURIComponent(pathname));
  if (path.split(sep).includes("..")) return undefined;
  const base = join(root, path);
  const candidates = path.endsWith("/") ? [join(base, "index.html")] : [base, `${base}.html`];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}
