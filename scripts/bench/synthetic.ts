// Synthetic corpora k times the size of the seeds, written in the seeds' own grammar: copy n of each
// document names its trials "K<n> <title>" and speaks for its own municipality "Prøveby<n>", so the
// copies add new trials, municipalities and rows instead of repeating the same facts.
import { readReference, readSeeds, foldTitle, type Reference } from "../../loaders/reference.ts";
import type { Seed } from "../../loaders/seed.ts";

/** 1 → "a", 27 → "ab": letters only, because municipality names fold to their letters. */
function letters(n: number): string {
  let s = "";
  for (let m = n; m > 0; m = Math.floor((m - 1) / 26)) s = String.fromCharCode(97 + ((m - 1) % 26)) + s;
  return s;
}

function rewrite(seed: Seed, copy: number, prefix: string, owner: string): Seed {
  const lines = [...seed.lines];
  const prefixAt = (i: number, pattern: RegExp) => (lines[i] = lines[i].replace(pattern, `$1${prefix}`));
  if (seed.docId.startsWith("000")) {
    lines.forEach((line, i) => {
      if (/^\d{1,2} \p{L}/u.test(line)) prefixAt(i, /^(\d{1,2} )/);
      lines[i] = lines[i].replace("Jobcenter Viborg", `Jobcenter ${owner}`);
    });
  } else if (seed.docId.startsWith("001")) {
    lines.forEach((line, i) => {
      if (/^\s*\d{1,2}\.\s+\S/.test(line)) prefixAt(i, /^(\s*\d{1,2}\.\s+)/);
      if (/^\s*–\s*Forsøgets indhold/.test(line)) prefixAt(i - 1, /^(\s*)/);
      lines[i] = lines[i].replace(/^Vesthimmerlands kommune/, `${owner}s kommune`).replace(/^Forsøg i Vesthimmerland/, `Forsøg i ${owner}`);
    });
  } else if (seed.docId.startsWith("002")) {
    const title = lines.findIndex((l) => /^\s*Forsøgets titel\s*$/.test(l)) + 1;
    prefixAt(title, /^(\s*)/);
  }
  return { docId: `${seed.docId}-k${copy}`, file: `synthetic/${seed.docId}-k${copy}.txt`, lines };
}

export function syntheticCorpus(k: number): { seeds: Seed[]; reference: Reference } {
  const seeds = readSeeds();
  const reference = readReference();
  const trials = [...reference.trials];
  const trialTitles = new Map(reference.trialTitles);
  const municipalities = [...reference.register.municipalities];
  const aliases = [...reference.trialTitles];
  const titlesOf = new Map(reference.trials.map((t) => [t.trial_id, t.title]));
  const out = [...seeds];
  for (let copy = 1; copy < k; copy++) {
    const name = `Prøveby${letters(copy)}`;
    const prefix = `K${copy} `;
    municipalities.push({ code: 100_000 + copy, name, region: "Syntetisk" });
    for (const t of reference.trials) trials.push({ ...t, trial_id: `${t.trial_id}-k${copy}`, title: `${prefix}${titlesOf.get(t.trial_id)}` });
    for (const [folded, id] of aliases) trialTitles.set(foldTitle(prefix) + folded, `${id}-k${copy}`);
    out.push(...seeds.map((s) => rewrite(s, copy, prefix, name)));
  }
  return { seeds: out, reference: { ...reference, trials, trialTitles, register: { ...reference.register, municipalities } } };
}
