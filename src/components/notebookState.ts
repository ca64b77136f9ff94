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

/** The cells a fragment holds, or null when it holds none (another fragment, or none at all). Never throws. */
export function decodeCells(fragment: string): string[] | null {
  // URLSearchParams decodes malformed escapes leniently instead of throwing.
  const cells = new URLSearchParams(fragment.replace(/^#/, "")).getAll("q");
  return cells.length ? cells.slice(0, MAX_CELLS) : null;
}

/** The cells saved by `JSON.stringify(cells)`, or null for anything else. Never throws. */
export function parseStoredCells(text: string | null): string[] | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((sql) => typeof sql === "string") ? value.slice(0, MAX_CELLS) : null;
  } catch {
    return null;
  }
}
