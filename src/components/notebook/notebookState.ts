// The SQL notebook's cells in the URL fragment, one `q` parameter per cell in order
// (#q=SELECT+count(*)+FROM+trials&q=…): a link shows its SQL, and reloading or sharing it restores every
// cell. The fragment never reaches a server. Also the same list as JSON for localStorage.

/** A link or stored state never creates more cells than this. */
export const MAX_CELLS = 50;

/** The fragment for these cells, "#q=…&q=…", or "" for none. */
export function encodeCells(cells: readonly string[]): string {
  if (!cells.length) return "";
  const params = new URLSearchParams();
  for (const sql of cells) params.append("q", sql);
  return `#${params}`;
}

/** Cells read from a link or from storage: at most MAX_CELLS, and how many there were. */
export interface OpenedCells {
  cells: string[];
  /** More than cells.length when the rest were left out. */
  total: number;
}

const opened = (all: string[]): OpenedCells => ({ cells: all.slice(0, MAX_CELLS), total: all.length });

/** The cells a fragment holds, or null when it holds none (another fragment, or none at all). Never throws. */
export function decodeCells(fragment: string): OpenedCells | null {
  // URLSearchParams decodes malformed escapes leniently instead of throwing.
  const cells = new URLSearchParams(fragment.replace(/^#/, "")).getAll("q");
  return cells.length ? opened(cells) : null;
}

/** The cells saved by `JSON.stringify(cells)`, or null for anything else. Never throws. */
export function parseStoredCells(text: string | null): OpenedCells | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((sql) => typeof sql === "string") ? opened(value) : null;
  } catch {
    return null;
  }
}

/** What a cut left out, in words, or null when nothing was cut. */
export function cutNotice({ cells, total }: OpenedCells, from: "link" | "saved" | "both"): string | null {
  const left = total - cells.length;
  if (left <= 0) return null;
  const held = { link: `This link has ${total} cells`, saved: `This browser had ${total} cells saved`, both: `Together they make ${total} cells` }[from];
  return `${held}; the first ${cells.length} are open here and ${left} ${left === 1 ? "was" : "were"} left out.`;
}

/** The same cells in the same order. */
export const sameCells = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((sql, i) => sql === b[i]);
