// Charts drawn in Node, as Plot tests its marks: into a jsdom document (the charts' `document` option),
// then written out one element a line, so that a snapshot's diff shows what changed in the drawing.
import { JSDOM } from "jsdom";

/** A fresh, empty document to draw into. */
export function newDocument(): Document {
  return new JSDOM("<!DOCTYPE html><html><head></head><body></body></html>").window.document;
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const RAW = new Set(["style", "script"]);
const escapeText = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const escapeAttribute = (text: string) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;");

/**
 * `element` as HTML (SVG as XML), one element a line, indented by depth. An element holding only text keeps
 * it on its line; text beside elements is a line of its own. Whitespace-only text between elements, which
 * only indents the source of a template, is left out.
 */
export function pretty(element: Element): string {
  const lines: string[] = [];
  const svg = (e: Element) => e.namespaceURI === "http://www.w3.org/2000/svg";
  const tag = (e: Element) => (svg(e) ? e.tagName : e.tagName.toLowerCase());
  const open = (e: Element) => `<${tag(e)}${Array.from(e.attributes, (a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join("")}`;
  const text = (e: Element, t: string) => (RAW.has(tag(e)) ? t : escapeText(t));
  function write(e: Element, depth: number) {
    const indent = "  ".repeat(depth);
    const children = Array.from(e.childNodes).filter(
      (n) => n.nodeType === 1 || (n.nodeType === 3 && (n.textContent!.trim() !== "" || e.childNodes.length === 1)),
    );
    if (children.length === 0) {
      lines.push(`${indent}${open(e)}${svg(e) ? "/>" : VOID.has(tag(e)) ? ">" : `></${tag(e)}>`}`);
    } else if (children.every((n) => n.nodeType === 3)) {
      lines.push(`${indent}${open(e)}>${text(e, e.textContent!)}</${tag(e)}>`);
    } else {
      lines.push(`${indent}${open(e)}>`);
      for (const n of children) {
        if (n.nodeType === 1) write(n as Element, depth + 1);
        else lines.push(`${indent}  ${text(e, n.textContent!)}`);
      }
      lines.push(`${indent}</${tag(e)}>`);
    }
  }
  write(element, 0);
  return `${lines.join("\n")}\n`;
}

/**
 * Numbered ids (Plot's `plot-clip-3`, the charts' `trial-hatch-2`, the keyboard marks' `kb-4-17`) count
 * every chart drawn since the module loaded, so they depend on which tests ran before. Plot's own
 * snapshot tests renumber them; so does this: per prefix, in order of first appearance, and every
 * reference to them (`url(#…)`, `aria-activedescendant`) with them.
 */
export function renumberIds(element: Element, html: string): string {
  const renamed = new Map<string, string>();
  const counters = new Map<string, Map<string, number>>();
  for (const { id } of element.querySelectorAll("[id]")) {
    const match = /^(.*?)-(\d+)((?:-\d+)?)$/.exec(id);
    if (!match || renamed.has(id)) continue;
    const [, prefix, count, suffix] = match;
    if (!counters.has(prefix)) counters.set(prefix, new Map());
    const seen = counters.get(prefix)!;
    if (!seen.has(count)) seen.set(count, seen.size + 1);
    renamed.set(id, `${prefix}-${seen.get(count)}${suffix}`);
  }
  if (!renamed.size) return html;
  const escapeRegExp = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(?<![\\w-])(${[...renamed.keys()].map(escapeRegExp).join("|")})(?![\\w-])`, "g");
  return html.replace(pattern, (id) => renamed.get(id)!);
}

/** What a snapshot holds: the chart pretty-printed, its numbered ids renumbered. */
export function serialize(element: Element): string {
  return renumberIds(element, pretty(element));
}

/** The ids that `url(#…)` and `href="#…"` point to in `element` but that no element in it has. */
export function danglingReferences(element: Element): string[] {
  const html = element.outerHTML;
  const ids = new Set(Array.from(element.querySelectorAll("[id]"), (e) => e.id));
  const referenced = [...html.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  return [...new Set(referenced)].filter((id) => !ids.has(id));
}
