/**
 * Accepting a review file (`data/review/<doc_id>.tsv`, written by `npm run add`): each decided name
 * becomes a line of the reference data the build reads; undecided rows stay for later.
 */
import { parseTsv } from "./curated.ts";
import { fold } from "./municipalities.ts";
import type { Reference } from "./reference.ts";
import { SeedError } from "./seed.ts";

export interface Accepted {
  appends: Array<{ file: string; lines: string[] }>;
  /** The review file with only the undecided rows, or "" when none are left. */
  remaining: string;
}

/** Decisions: a `trial_id` of data/trials.tsv, an official municipality name or code, a network of data/networks.tsv. */
export function acceptReview(text: string, file: string, ref: Reference): Accepted {
  const rows = parseTsv(text, file);
  const titles: string[] = [],
    aliases: string[] = [],
    networks: string[] = [],
    undecided: string[] = [];
  const networkNames = new Set(ref.networks.values());
  for (const row of rows) {
    const decision = row.decision.trim();
    const at = (message: string) => new SeedError(file, Number(row.line), message);
    if (!decision) {
      undecided.push(text.split("\n")[Number(row.line) - 1]);
      continue;
    }
    if (row.kind === "trial") {
      if (!ref.trials.some((t) => t.trial_id === decision))
        throw at(`"${decision}" is no trial_id of data/trials.tsv; a new trial goes there first (trial_id, programme, title)`);
      titles.push(`${row.as_written}\t${decision}`);
    } else if (row.kind === "municipality") {
      const m = ref.register.municipalities.find((x) => String(x.code) === decision || fold(x.name) === fold(decision));
      if (!m) throw at(`"${decision}" is no municipality of data/municipalities.csv (give the official name or code)`);
      if (row.as_written.includes(",")) throw at(`"${row.as_written}" holds a comma, which data/municipality_aliases.csv cannot store`);
      aliases.push(`${row.as_written},${m.code},review of ${file.replace(/^.*\/|\.tsv$/g, "")}`);
    } else if (row.kind === "network") {
      if (!networkNames.has(decision)) throw at(`"${decision}" is no network of data/networks.tsv`);
      networks.push(`${row.as_written}\t${decision}`);
    } else {
      throw at(`unknown kind "${row.kind}" (trial, municipality or network)`);
    }
  }
  return {
    appends: [
      { file: "data/trial_titles.tsv", lines: titles },
      { file: "data/municipality_aliases.csv", lines: aliases },
      { file: "data/networks.tsv", lines: networks },
    ],
    remaining: undecided.length ? `${text.split("\n")[0]}\n${undecided.join("\n")}\n` : "",
  };
}
