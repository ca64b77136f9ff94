// Framework's standard library (observablehq:stdlib, also imported as npm:@observablehq/stdlib) is
// client code it serves itself, without types: what the components use of it.
declare module "observablehq:stdlib" {
  /** A file the page names by a literal path (Framework finds files by reading the code). */
  export function FileAttachment(name: string): FileAttachment;
  export interface FileAttachment {
    readonly name: string;
    readonly mimeType: string;
    readonly href: string;
    url(): Promise<string>;
    json(): Promise<unknown>;
    text(encoding?: string): Promise<string>;
    arrayBuffer(): Promise<ArrayBuffer>;
  }
  export const Generators: {
    /** The element's content width, and again whenever it changes (a ResizeObserver's). */
    width(element: Element): AsyncGenerator<number>;
  };
  /** A div that calls `render` with its width (and height, if `render` takes two arguments) whenever that changes. */
  export function resize(render: (width: number, height: number) => Node | null | Promise<Node | null>, invalidation?: Promise<unknown>): HTMLDivElement;
}

declare module "npm:@observablehq/stdlib" {
  export * from "observablehq:stdlib";
}

declare module "observablehq:stdlib/duckdb" {
  /** A DuckDB-WASM client over the given tables (a file attachment each, or an Arrow table). */
  export class DuckDBClient {
    static of(sources?: Record<string, unknown>, config?: object): Promise<DuckDBClient>;
    query(query: string, params?: unknown[]): Promise<unknown>;
  }
}
