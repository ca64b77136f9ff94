// DuckDB for the SQL notebook. A cell's SQL is read with DuckDB's tokenizer and checked before anything
// runs (statements.ts: no published table's name may come to mean anything else), then sent one
// statement at a time on one connection, so that each can be cancelled: DuckDB-WASM's cancelSent stops
// a sent query between its steps. A query that cancel cannot reach (the worker busy inside one step)
// is stopped by ending the worker; DuckDB is then opened again by `open`, which inserts the tables and
// locks it down as on arrival.
import { type RecordBatch, type Schema, Table } from "npm:apache-arrow";
import { refusal, splitStatements, type ScriptTokens } from "./statements.js";

interface Connection {
  send(sql: string): Promise<AsyncIterable<RecordBatch> & { schema: Schema }>;
  cancelSent(): Promise<boolean>;
  close(): Promise<void>;
}
/** Framework's DuckDBClient, which keeps DuckDB-WASM's AsyncDuckDB as `_db`. */
export interface Client {
  _db: { connect(): Promise<Connection>; tokenize(sql: string): Promise<ScriptTokens>; terminate(): Promise<void> };
}

export interface NotebookDatabaseOptions {
  /** A new DuckDB with the tables in and locked down; called again to reopen after a worker is ended. */
  open(): Promise<Client>;
  /** The tables no cell may replace, change or shadow. */
  published: readonly string[];
  /** How long a cancel may take before the worker is ended. */
  cancelGraceMs?: number;
  onStatus?(status: "ready" | "restarting" | "failed", error?: unknown): void;
}

export interface NotebookDatabase {
  /**
   * Runs a cell's SQL; resolves to the last statement's result and how long the statements took (not
   * counting the wait for DuckDB to open). Rejects with "Cancelled" once `signal` aborts.
   */
  run(sql: string, signal: AbortSignal): Promise<{ table: Table; ms: number }>;
}

export const CANCELLED = "Cancelled";

export function notebookDatabase({ open, published, cancelGraceMs = 2_000, onStatus }: NotebookDatabaseOptions): NotebookDatabase {
  const names = new Set(published.map((name) => name.toLowerCase()));
  let current = opened(open());
  // Runs waiting on the worker: when it is ended, they are told, rather than left waiting for ever.
  const waiting = new Set<(error: Error) => void>();

  function opened(client: Promise<Client>) {
    client.then(
      () => onStatus?.("ready"),
      (error) => onStatus?.("failed", error),
    );
    return client;
  }

  function restart() {
    onStatus?.("restarting");
    const ended = current.then((client) => client._db.terminate()).catch(() => undefined);
    for (const fail of waiting) fail(new Error("DuckDB was restarted to stop another query; run this cell again."));
    waiting.clear();
    current = opened(ended.then(open));
  }

  async function stop(connection: Connection) {
    const returned = await Promise.race([
      connection.cancelSent().then(
        () => true,
        () => true,
      ),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), cancelGraceMs)),
    ]);
    if (!returned) restart();
  }

  async function send(connection: Connection, sql: string, signal: AbortSignal): Promise<Table> {
    const reader = await connection.send(sql);
    const batches = [];
    for await (const batch of reader) {
      if (signal.aborted) break;
      batches.push(batch);
    }
    return new Table(reader.schema, batches);
  }

  return {
    async run(sql, signal) {
      const client = await current;
      const statements = splitStatements(sql, await client._db.tokenize(sql));
      statements.forEach((statement, i) => {
        const why = refusal(statement, names);
        if (why) throw new Error(statements.length > 1 ? `Statement ${i + 1} of ${statements.length}: ${why}` : why);
      });
      if (!statements.length) throw new Error("The cell holds no SQL statement, only comments.");
      const connection = await client._db.connect();
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const fail = (error: Error) => {
          waiting.delete(fail);
          reject(error);
        };
        const onAbort = () => {
          fail(new Error(CANCELLED));
          void stop(connection);
        };
        waiting.add(fail);
        signal.addEventListener("abort", onAbort, { once: true });
        statements
          .reduce<Promise<Table | null>>(
            (previous, { sql }) => previous.then(() => (signal.aborted ? null : send(connection, sql, signal))),
            Promise.resolve(null),
          )
          .then((table) => (table ? resolve({ table, ms: performance.now() - started }) : fail(new Error(CANCELLED))), fail)
          .finally(() => {
            waiting.delete(fail);
            signal.removeEventListener("abort", onAbort);
            // After a restart the old worker is gone and cannot answer.
            connection.close().catch(() => undefined);
          });
      });
    },
  };
}
