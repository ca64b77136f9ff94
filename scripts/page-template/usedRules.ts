// The part of a stylesheet a page's HTML can use before its scripts run. Framework's stylesheet (30 kB)
// styles its sidebar, search, cards, grids and cells, much of which an embed or chart page never holds
// until its modules run; inlined whole, it stood before the drawing made at build time. Parsed with
// postcss, which keeps every rule's text as written.
import postcss, { type AtRule } from "postcss";

/**
 * The class and id names a selector requires at its top level: outside brackets, parentheses and strings,
 * where a name might be an alternative (`:is(.a, .b)`), a negation (`:not(.a)`) or an attribute's value.
 * A selector with an escape yields none (it is kept), as does a keyframe's ("50%", "to").
 */
export function requiredNames(selector: string): string[] {
  if (selector.includes("\\")) return [];
  let top = "";
  let depth = 0;
  let quote: string | null = null;
  for (const c of selector) {
    if (quote) quote = c === quote ? null : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0) top += c;
  }
  return [...top.matchAll(/[#.](-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);
}

/**
 * `css` without the rules none of whose selectors can match before a script runs: each names a class or id
 * that `html` (the whole page, its inline scripts and raw views too, but not its other stylesheets: a rule
 * naming a class makes no element of it) never mentions. Conservative: a name found anywhere in that text,
 * even inside a word, keeps its rule; at-rules left empty go too.
 */
export function usedRules(css: string, html: string): string {
  const root = postcss.parse(css);
  const text = html.replace(/<style[^>]*>[\s\S]*?<\/style>/gi, "");
  const absent = (name: string) => !text.includes(name);
  root.walkRules((rule) => {
    if (rule.selectors.every((selector) => requiredNames(selector).some(absent))) rule.remove();
  });
  // Innermost first: an emptied @media inside an @supports leaves that one empty too.
  const atRules: AtRule[] = [];
  root.walkAtRules((at) => {
    atRules.push(at);
  });
  for (const at of atRules.reverse()) if (at.nodes !== undefined && at.nodes.length === 0) at.remove();
  return root.toString();
}
