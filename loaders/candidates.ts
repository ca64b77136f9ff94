/** The names nearest to one the reference data does not know, for the user to choose from. */
import { distance } from "fastest-levenshtein";
import { fold } from "./municipalities.ts";
import { foldTitle, type Reference } from "./reference.ts";

export type NameKind = "trial" | "municipality" | "network";

export interface Candidate {
  /** What a decision names: a trial_id, an official municipality name, a network name. */
  value: string;
  /** How it reads, for the user: the title or name. */
  label: string;
  distance: number;
}

/** The `n` nearest by edit distance between folded forms; a trial is ranked by its nearest known title. */
export function nearestCandidates(asWritten: string, kind: NameKind, ref: Reference, n = 3): Candidate[] {
  const options: Candidate[] = [];
  if (kind === "trial") {
    const key = foldTitle(asWritten);
    const titleOf = new Map(ref.trials.map((t) => [t.trial_id, t.title]));
    const known = [...ref.trials.map((t) => [foldTitle(t.title), t.trial_id] as const), ...ref.trialTitles];
    for (const [title, id] of known) options.push({ value: id, label: titleOf.get(id) ?? id, distance: distance(key, title) });
  } else if (kind === "municipality") {
    const key = fold(asWritten);
    for (const m of ref.register.municipalities) options.push({ value: m.name, label: m.name, distance: distance(key, fold(m.name)) });
  } else {
    const key = foldTitle(asWritten);
    for (const [name, network] of ref.networks) options.push({ value: network, label: network, distance: distance(key, name) });
  }
  const best = new Map<string, Candidate>();
  for (const c of options.sort((a, b) => a.distance - b.distance)) if (!best.has(c.value)) best.set(c.value, c);
  return [...best.values()].slice(0, n);
}
