// Copies of one drawing on one page (an embed's frames) need ids of their own.

/**
 * `element`, a copy, with ids of its own (`<id>-<suffix>`), and its references to them (`url(#…)`, `#…`) with
 * them. Frames copied from one frame would share its legend's pattern ids, and a swatch would then be
 * filled from the first frame's pattern, which is not drawn where that frame is hidden.
 */
export function ownIds<E extends Element>(element: E, suffix: string): E {
  const renamed = new Map<string, string>();
  for (const e of [element, ...element.querySelectorAll("[id]")].filter((x) => x.id)) {
    renamed.set(e.id, `${e.id}-${suffix}`);
    e.id = `${e.id}-${suffix}`;
  }
  if (renamed.size === 0) return element;
  const reference = /url\(#([^)]+)\)|^#(.+)$/g;
  for (const e of [element, ...element.querySelectorAll("*")]) {
    for (const attribute of Array.from(e.attributes)) {
      const value = attribute.value.replace(reference, (text, inUrl?: string, bare?: string) => {
        const id = renamed.get(inUrl ?? bare ?? "");
        return id === undefined ? text : inUrl === undefined ? `#${id}` : `url(#${id})`;
      });
      if (value !== attribute.value) e.setAttribute(attribute.name, value);
    }
  }
  return element;
}
