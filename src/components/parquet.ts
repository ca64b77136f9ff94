// Reads Parquet attachments into Arrow tables with one parquet-wasm engine per page. Framework's
// FileAttachment.parquet() initialises the engine on every call, so a page reading six tables
// downloaded its 5 MB of WebAssembly six times.
import * as Arrow from "npm:apache-arrow";
import initParquet, { readParquet } from "npm:parquet-wasm";

// Started on first use, so a page whose first chart needs no Parquet does not download the engine before it.
let ready: Promise<unknown> | undefined;

export async function loadParquet(file: { arrayBuffer(): Promise<ArrayBuffer> }): Promise<Arrow.Table> {
  ready ??= initParquet(import.meta.resolve("npm:parquet-wasm/esm/parquet_wasm_bg.wasm"));
  const [, buffer] = await Promise.all([ready, file.arrayBuffer()]);
  return Arrow.tableFromIPC(readParquet(new Uint8Array(buffer)).intoIPCStream());
}

/** Rows as plain objects (Arrow rows are proxies; dates stay epoch milliseconds). */
export function rowsOf(table: Iterable<{ toJSON(): Record<string, unknown> }>): Array<Record<string, any>> {
  return Array.from(table, (row) => row.toJSON());
}

/**
 * Resolves once `element` shows what its cells display (none is still loading), two frames later so
 * that a resized chart has been drawn: lets heavy loading wait for a page's first chart.
 */
export function drawn(element: Element): Promise<void> {
  return new Promise((resolve) => {
    const check = () =>
      element.querySelector("observablehq-loading") ? requestAnimationFrame(check) : requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    check();
  });
}
