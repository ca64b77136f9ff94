/** A seed document as numbered lines, decoded strictly so damaged input fails loudly. */
import type { SourceMeta } from "./documentMeta.ts";

export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(`${file}${line === null ? "" : `:${line}`}: ${message}`);
    this.name = "SeedError";
  }
}

export interface Seed {
  /** File name without extension, e.g. `000_e87aeb02a3b05123`. */
  docId: string;
  /** Path as given, for error messages. */
  file: string;
  /** `lines[0]` is line 1. */
  lines: string[];
  /** What the user stated when adding it (`seeds/<doc_id>.meta.json`), if anything. */
  meta?: SourceMeta;
}

const MIN_CHARS = 200;
/** The real seeds are 13–24 kB; a file 200 times that is not a document of this kind. */
export const MAX_SEED_BYTES = 5_000_000;

/** Decodes seed bytes as UTF-8, rejecting empty, binary, non-UTF-8 and UTF-16 input. */
export function decodeSeed(bytes: Uint8Array, file: string): Seed {
  const docId = file.replace(/^.*\//, "").replace(/\.[^.]*$/, "");
  if (bytes.length === 0) throw new SeedError(file, null, "the document is empty");
  if (bytes.length > MAX_SEED_BYTES) {
    throw new SeedError(
      file,
      null,
      `the document is ${(bytes.length / 1e6).toFixed(1)} MB; seeds are limited to ${MAX_SEED_BYTES / 1e6} MB — is it the right file?`,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SeedError(file, 1, "the document is UTF-16; seeds must be UTF-8");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SeedError(file, lineOfFirstInvalidByte(bytes), "the document is not valid UTF-8");
  }
  text = text.replace(/^\uFEFF/, "");
  const lines = text.split(/\r\n|\r|\n/);
  // A final newline ends the last line; it does not start another.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters other than white space (tab, line breaks, vertical tab, form feed): they mark a binary file
  const binary = lines.findIndex((line) => /[\u0000-\u0008\u000E-\u001F]/.test(line));
  if (binary >= 0) throw new SeedError(file, binary + 1, "the document contains binary control characters");
  if (text.replace(/\s+/g, "").length < MIN_CHARS) {
    throw new SeedError(file, null, `the document has fewer than ${MIN_CHARS} characters of text; is it truncated?`);
  }
  return { docId, file, lines };
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const size = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return line;
    for (let k = 1; k < size; k++) if (bytes[i + k] >> 6 !== 2) return line;
    if (b === 0x0a) line++;
    i += size;
  }
  return line;
}

/** Whitespace folded to single spaces, as quotes are compared. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Words broken by a line-end hyphen joined again (`Frede- rikshavn`, `frita-` / `gelse`). */
export function joinBrokenWords(text: string): string {
  return text.replace(/(\p{L})-\s+(\p{Ll})/gu, "$1$2");
}

/** The verbatim text of lines `from..to` (1-based, inclusive), blank lines skipped, joined by spaces. */
export function quoteLines(seed: Seed, from: number, to = from): string {
  return squash(seed.lines.slice(from - 1, to).join(" "));
}

/** True when `quote` occurs, whitespace-folded, within lines `from..to`. */
export function quoteOccurs(seed: Seed, quote: string, from: number, to = from): boolean {
  return quoteLines(seed, from, to).includes(squash(quote));
}
