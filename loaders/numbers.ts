/** Danish amounts and counts → numbers with their unit. */

export type Unit = "DKK" | "persons" | "municipalities" | "applications" | "trials";

export interface Quantity {
  value: number;
  unit: Unit;
  approximate: boolean;
  /** The words the quantity was read from. */
  text: string;
  index: number;
}

const WORDS: Record<string, number> = {
  en: 1, én: 1, et: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10,
  elleve: 11, tolv: 12,
};

/** `2,5` → 2.5, `720.000` → 720000 (Danish: `.` groups thousands, `,` marks decimals). */
export function parseDanishNumber(text: string): number {
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(text)) throw new RangeError(`not a Danish number: "${text}"`);
  return Number(text.replace(/\./g, "").replace(",", "."));
}

function count(word: string): number {
  const lower = word.toLowerCase();
  return /^\d+$/.test(lower) ? Number(lower) : WORDS[lower];
}

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const WORD = String.raw`\d+|${Object.keys(WORDS).join("|")}`;

const MONEY = new RegExp(String.raw`(ca\.\s*)?(${NUMBER})\s*(mio\.|mia\.)?\s*kr\.`, "gi");
const COUNTED = new RegExp(
  String.raw`(ca\.\s*)?\b(${WORD})\s+(?:af\s+(?:de|jeres)\s+\w+\s+)?(kommuner|borgere|deltagere|ansøgninger|frikommuneforsøg)\b`,
  "gi",
);

const UNIT_OF: Record<string, Unit> = {
  kommuner: "municipalities", borgere: "persons", deltagere: "persons",
  ansøgninger: "applications", frikommuneforsøg: "trials",
};

/** Every amount of money (`ca. 2,5 mio. kr.`) and every count of municipalities or persons in `text`. */
export function findQuantities(text: string): Quantity[] {
  const money = [...text.matchAll(MONEY)].map((m) => {
    const scale = m[3]?.toLowerCase() === "mio." ? 1e6 : m[3]?.toLowerCase() === "mia." ? 1e9 : 1;
    return { value: Math.round(parseDanishNumber(m[2]) * scale), unit: "DKK" as Unit, approximate: !!m[1], text: m[0], index: m.index! };
  });
  const counts = [...text.matchAll(COUNTED)].map((m) => ({
    value: count(m[2]), unit: UNIT_OF[m[3].toLowerCase()], approximate: !!m[1], text: m[0], index: m.index!,
  }));
  return [...money, ...counts].sort((a, b) => a.index - b.index);
}
