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
