/**
 * Personal data in a document. `lines` publishes every line word for word, so a CPR number (a person's
 * national id) refuses a document `npm run add` is given, and e-mail addresses and phone numbers that
 * may belong to a person are reported for the user to judge — by `npm run add` and by every extraction.
 */

export interface Finding {
  line: number;
  kind: "cpr" | "email" | "phone";
  text: string;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `ddmmyy-xxxx` (or a space, or none) whose first six digits are a real day: the CPR number's form. */
function cprNumbers(line: string): string[] {
  return [...line.matchAll(/(?<![\d.,/-])(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?![\d.,/-]?\d)/g)]
    .filter(([, dd, mm, yy]) => {
      const day = Number(dd),
        month = Number(mm);
      if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) return false;
      return !(month === 2 && day === 29 && Number(yy) % 4 !== 0);
    })
    .map((m) => m[0]);
}

/** Mailboxes of an office rather than a person. */
const ROLE_MAILBOX = /^(post|info|kontakt|mail|sekretariat\w*|jobcenter\w*|borgerservice|frikommune\w*|noreply|no-reply|presse|service|digitalpost)$/i;

function emails(line: string): string[] {
  return [...line.matchAll(/[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu)].map((m) => m[0]).filter((address) => !ROLE_MAILBOX.test(address.split("@")[0]));
}

/**
 * Danish numbers: eight digits together or in pairs (`99 99 12 34`), `+45` before any form, or two
 * groups of four after `tlf.`/`telefon`. A `CVR` number has eight digits too and is not a phone.
 */
function phones(line: string): string[] {
  const forms =
    /(?:\+45[ -]?)(?:\d{2}[ -]?){3}\d{2}|(?:tlf\.?|telefon(?:nummer)?|mobil)\s*:?\s*\d{4} \d{4}|(?<![\d.,])(?:\d{2} ){3}\d{2}(?![\d.,]?\d)|(?<![\d.,-])\d{8}(?![\d.,-]?\d)/gi;
  return [...line.matchAll(forms)]
    .filter((m) => !/CVR[\s.-]*(?:nr\.?)?\s*:?\s*$/i.test(line.slice(0, m.index)))
    .map((m) => m[0].replace(/^(?:tlf\.?|telefon(?:nummer)?|mobil)\s*:?\s*/i, ""));
}

/** Every CPR-like number, e-mail address and phone number, by line (1-based). */
export function personalData(lines: string[]): Finding[] {
  return lines.flatMap((line, i) => [
    ...cprNumbers(line).map((text) => ({ line: i + 1, kind: "cpr" as const, text })),
    ...emails(line).map((text) => ({ line: i + 1, kind: "email" as const, text })),
    ...phones(line)
      .filter((p) => !cprNumbers(p).length)
      .map((text) => ({ line: i + 1, kind: "phone" as const, text })),
  ]);
}

const KIND_NAMES = { email: "an e-mail address", phone: "a phone number" };

/** The warning for one finding, naming file and line; a CPR number is not repeated in it. */
export function personalDataWarning(file: string, f: Finding): string {
  const published = "`lines` publishes every line word for word";
  if (f.kind === "cpr") return `${file}:${f.line}: a CPR number (ddmmyy-xxxx with a real date); ${published} — remove or black it out`;
  return `${file}:${f.line}: ${KIND_NAMES[f.kind]} (${f.text}); ${published} — is it a person's?`;
}
