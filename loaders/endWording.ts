/**
 * How documents say a trial goes on or ends: `fortsættes til`, `forlænges/forlænget/forlænge … til`,
 * `udløber`, `permanentgøres`, `annulleret`. Dates are read by `dates.ts`; this module only finds the
 * words that say what a date means.
 */
import { readDates } from "./dates.ts";

export interface EndWording {
  /** The date a trial was continued or extended to. */
  extended_until: string | null;
  /** The date it runs out (`udløber`). */
  expires: string | null;
  permanent: boolean;
  cancelled: boolean;
}

// An unreadable date after these words is reported where the document's dates are read.
// OCR writes forlænget as `forlenget`, `forleenget`; a few words may stand between verb and `til`
// (`forlænge forsøget med ledighedsydelse til`), but not a sentence end.
const EXTENDED = /\b(?:forl\S{0,2}ng(?:es|et|e)|fortsættes|fortsætter)\b[^.;]{0,80}?\b(?:ind|frem\s+)?til\b\s*(?:og\s+med\s+)?/giu;
const EXPIRES = /\budløber\b\s*(?:den\s+|d\.\s*|med\s+)?/giu;

/** The first date that starts right after `pattern` (a date is read only where the words lead to it). */
function dateAfter(text: string, pattern: RegExp): string | null {
  for (const m of text.matchAll(pattern)) {
    const rest = text.slice(m.index! + m[0].length);
    const date = readDates(rest).dates[0];
    if (date && date.index === 0) return date.date;
  }
  return null;
}

export function readEndWording(text: string): EndWording {
  return {
    extended_until: dateAfter(text, EXTENDED),
    expires: dateAfter(text, EXPIRES),
    permanent: /\bpermanentgø?r(?:es|else)\b/iu.test(text),
    cancelled: /\bannull?eret\b/iu.test(text),
  };
}
