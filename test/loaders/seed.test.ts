import { describe, expect, it } from "vitest";
import { decodeSeed, quoteOccurs, SeedError } from "../../loaders/seed.ts";
import { realSeed, SEED_FILES, seedText } from "./helpers.ts";

const file = "seeds/999_hostile.txt";
const text = seedText(SEED_FILES.letter);

describe("decodeSeed", () => {
  it("decodes every real seed, keeping line numbers", () => {
    for (const f of Object.values(SEED_FILES)) expect(realSeed(f).lines.length).toBeGreaterThan(200);
    expect(realSeed(SEED_FILES.letter).lines[4]).toBe("Tak for jeres ansøgning om konkrete forsøg, som vi modtog d. 30. november 2016. ");
  });

  it("takes CRLF and a BOM without shifting lines", () => {
    const seed = decodeSeed(new TextEncoder().encode(`\uFEFF${text.replace(/\n/g, "\r\n")}`), file);
    expect(seed.lines[4]).toBe(realSeed(SEED_FILES.letter).lines[4]);
    expect(seed.docId).toBe("999_hostile");
  });

  it.each([
    ["empty", new Uint8Array(), /seeds\/999_hostile\.txt: the document is empty/],
    ["UTF-16", new Uint8Array([0xff, 0xfe, 0x41, 0x00]), /999_hostile\.txt:1: the document is UTF-16/],
    ["Latin-1", Uint8Array.from(Buffer.from("Linje et\nLinje to med \xf8 og \xe6\n", "latin1")), /999_hostile\.txt:2: the document is not valid UTF-8/],
    [
      "binary",
      Uint8Array.from([...new TextEncoder().encode(text.slice(0, 500)), 0, 1, 2, 3]),
      /999_hostile\.txt:\d+: the document contains binary control characters/,
    ],
    ["truncated", new TextEncoder().encode(text.slice(0, 120)), /999_hostile\.txt: the document has fewer than 200 characters of text; is it truncated\?/],
    ["50 MB", new Uint8Array(50_000_000).fill(0x61), /999_hostile\.txt: the document is 50\.0 MB; seeds are limited to 5 MB/],
  ])("rejects %s input naming the file", (_, bytes, message) => {
    expect(() => decodeSeed(bytes, file)).toThrow(SeedError);
    expect(() => decodeSeed(bytes, file)).toThrow(message);
  });

  it("checks quotes against line ranges with white space folded", () => {
    const seed = realSeed(SEED_FILES.letter);
    expect(quoteOccurs(seed, "ekstern høring d. 24. februar", 185)).toBe(true);
    expect(quoteOccurs(seed, "ekstern høring d. 25. februar", 185)).toBe(false);
  });
});
