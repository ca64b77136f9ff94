// A box that scrolls (a wide table on a phone) must be reachable by keyboard to be scrolled (WCAG 2.1.1),
// and say what it holds when it takes the focus.

/** Makes `element` a focusable, named region; returns it. */
export function scrollRegion<T extends HTMLElement>(element: T, label: string): T {
  element.tabIndex = 0;
  element.setAttribute("role", "region");
  element.setAttribute("aria-label", label);
  return element;
}
