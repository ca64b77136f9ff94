// The states a view's controls can produce, for the tests that run them through both paths.
import type { BaseRows, ViewDefinition, ViewState } from "../../src/components/views/view.ts";

/** At most this many states per view run in full; past it, every pair of two controls' values is run. */
export const FULL_PRODUCT = 300;

/**
 * Searches for a control's text: none; a word of the column as written and in capitals (the search
 * ignores case); capitals of a piece with a Danish letter (lower() must fold Æ Ø Å as JavaScript does);
 * a wildcard of LIKE, which must stay a letter; a quote, which a literal must double; and a text
 * found nowhere.
 */
export function searches(rows: BaseRows["rows"], column: string): string[] {
  const texts = rows.map((row) => row[column]).filter((text): text is string => typeof text === "string");
  const word = texts.flatMap((text) => text.split(/\s+/)).find((w) => /^\p{L}{5,}$/u.test(w))!;
  const danish = texts.map((text) => /\p{L}*[æøå]\p{L}*/u.exec(text)?.[0]).find((w) => w && w.length >= 3)!;
  return ["", word, word.toUpperCase(), danish.toUpperCase(), "100%", "it's", "no such text"];
}

/** Each of the view's parameters with the values its controls offer: "all" (null) first. */
export function dimensions(view: ViewDefinition, base: BaseRows): Array<[string, unknown[]]> {
  const dims: Array<[string, unknown[]]> = view.filters.flatMap((filter): Array<[string, unknown[]]> => {
    if (filter.param === undefined) return [];
    // A condition the reader may lift (provisional rows): a switch.
    if (filter.value !== undefined) return [[filter.param, [false, true]]];
    if (filter.kind === "contains") return [[filter.param, searches(base.rows, filter.column)]];
    const offered = base.options[filter.param].map((o) => o.value);
    return [[filter.param, [null, ...offered, ...(filter.none === undefined ? [] : [filter.none])]]];
  });
  if (!Array.isArray(view.order)) dims.push([view.order.param, Object.keys(view.order.options)]);
  return dims;
}

function product(dims: Array<[string, unknown[]]>): ViewState[] {
  return dims.reduce<ViewState[]>((states, [param, values]) => states.flatMap((state) => values.map((value) => ({ ...state, [param]: value }))), [{}]);
}

/**
 * States in which every pair of two parameters' values occurs at least once (a greedy covering array):
 * where the full product is too many to run, most mistakes of a filter show with one other filter set.
 */
function pairwise(dims: Array<[string, unknown[]]>): ViewState[] {
  const key = (i: number, a: number, j: number, b: number) => `${i}:${a}|${j}:${b}`;
  const uncovered = new Set<string>();
  for (const [i, [, as]] of dims.entries()) {
    for (const [j, [, bs]] of dims.entries()) {
      if (i < j) for (const a of as.keys()) for (const b of bs.keys()) uncovered.add(key(i, a, j, b));
    }
  }
  const chosen: number[][] = [];
  const cover = (picks: number[]) => {
    for (const [i, a] of picks.entries()) for (const [j, b] of picks.entries()) if (i < j) uncovered.delete(key(i, a, j, b));
  };
  // The state with every control on "all" first, as a page opens.
  chosen.push(dims.map(() => 0));
  cover(chosen[0]);
  while (uncovered.size) {
    const [first] = uncovered;
    const [[i, a], [j, b]] = first.split("|").map((part) => part.split(":").map(Number));
    const picks = dims.map(() => -1);
    picks[i] = a;
    picks[j] = b;
    dims.forEach(([, values], k) => {
      if (picks[k] >= 0) return;
      // The value that covers the most pairs not yet covered with the values already picked.
      let best = 0;
      let most = -1;
      values.forEach((_, v) => {
        const gain = picks.filter((p, m) => p >= 0 && uncovered.has(m < k ? key(m, p, k, v) : key(k, v, m, p))).length;
        if (gain > most) [best, most] = [v, gain];
      });
      picks[k] = best;
    });
    chosen.push(picks);
    cover(picks);
  }
  return chosen.map((picks) => Object.fromEntries(picks.map((v, k) => [dims[k][0], dims[k][1][v]])));
}

/** The states to run: every combination of the controls' values, or past FULL_PRODUCT every pair of them. */
export function controlStates(view: ViewDefinition, base: BaseRows): { states: ViewState[]; full: boolean } {
  const dims = dimensions(view, base);
  const size = dims.reduce((n, [, values]) => n * values.length, 1);
  return size <= FULL_PRODUCT ? { states: product(dims), full: true } : { states: pairwise(dims), full: false };
}
