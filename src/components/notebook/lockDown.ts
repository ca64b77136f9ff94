// The notebook runs whatever SQL a reader types or a shared link carries. DuckDB-WASM reads http(s) URLs
// by itself and fetches extensions when a query needs one, so once the tables are in, it is told to read
// no files, URLs or extensions, and the configuration is locked so SQL cannot switch that back.
const SETTINGS = [
  "SET GLOBAL autoinstall_known_extensions = false",
  "SET GLOBAL autoload_known_extensions = false",
  "SET GLOBAL enable_external_access = false",
  "SET GLOBAL lock_configuration = true",
];

export async function lockDown<T extends { query(sql: string): Promise<unknown> }>(db: T): Promise<T> {
  // One at a time and in this order: the lock comes last.
  for (const setting of SETTINGS) await db.query(setting);
  return db;
}
