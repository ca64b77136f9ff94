// Keyboard access to a chart's marks (WCAG 2.1.1, 2.4.3, 2.4.7): the chart is ONE tab stop, and the
// arrow keys move among its marks inside it, rather than every mark being a tab stop of its own.
// Focus stays on the chart (role group); aria-activedescendant names the current mark, so a screen
// reader reads its label, and the mark is outlined. Enter or Space does what a click on it does;
// Escape leaves the marks (the next Tab goes on past the chart).

export interface KeyboardMark {
  /** The drawn mark (outlined while current). */
  element: Element;
  /** Stable across redraws (a trial id, "municipality|trial"), so a redrawn chart keeps its place. */
  key: string;
  /** What a screen reader says: "Hjørring × Rehabiliteringsteam: 2 statements". */
  label: string;
  /** What a click on the mark does; marks without it are only read. */
  activate?: () => void;
}

export interface KeyboardOptions {
  /** Names the chart across redraws (a page draws a chart again after a click or a filter). */
  name: string;
  /** The chart as a whole, said when it takes focus. */
  label: string;
}

const CSS = `
[data-kb-chart] { outline: none; }
[data-kb-chart]:focus-visible { outline: 2px dotted var(--theme-foreground-muted, currentColor); outline-offset: 4px; }
[data-kb-chart]:focus-visible .kb-current {
  outline: 3px solid var(--theme-foreground, currentColor); outline-offset: 2px;
}
`;

/** Documents that have the style sheet: the page's own, or one a chart was drawn into (Plot's `document` option). */
const styled = new WeakSet<Document>();
let uid = 0;
/**
 * The chart that has the focus and its current mark. A chart removed while focused fires no blur, so
 * this outlives it: its redrawn copy (after a click, a filter, or DuckDB's rows) takes the focus back.
 */
let focused: { chart: Element; name: string; key: string } | null = null;

/** Marks in reading order: rows top to bottom (centres within half a row of each other), then left to right. */
function readingOrder(marks: KeyboardMark[]): Array<KeyboardMark & { x: number; y: number }> {
  const placed = marks.map((m) => {
    const box = m.element.getBoundingClientRect();
    return { ...m, x: box.left + box.width / 2, y: box.top + box.height / 2, h: box.height };
  });
  return placed.sort((a, b) => (Math.abs(a.y - b.y) < Math.max(2, Math.min(a.h, b.h) / 2) ? a.x - b.x : a.y - b.y));
}

/** The mark an arrow key leads to from `from`: Left/Right the previous/next in reading order, Up/Down the nearest in the next row. */
export function nextIndex(points: Array<{ x: number; y: number }>, from: number, key: string): number {
  const last = points.length - 1;
  if (key === "Home") return 0;
  if (key === "End") return last;
  if (key === "ArrowRight") return Math.min(last, from + 1);
  if (key === "ArrowLeft") return Math.max(0, from - 1);
  const down = key === "ArrowDown";
  const here = points[from];
  const ahead = points.map((p, i) => ({ ...p, i })).filter((p) => (down ? p.y > here.y + 1 : p.y < here.y - 1));
  if (!ahead.length) return from;
  const row = down ? Math.min(...ahead.map((p) => p.y)) : Math.max(...ahead.map((p) => p.y));
  const inRow = ahead.filter((p) => Math.abs(p.y - row) <= 1);
  return inRow.reduce((best, p) => (Math.abs(p.x - here.x) < Math.abs(best.x - here.x) ? p : best)).i;
}

const KEYS = new Set(["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "Home", "End"]);

/** Makes `chart` one tab stop whose arrow keys move among `marks`. */
/** What a chart's label adds about its keys (a drawing made at build time, answering none, drops it). */
export const KEYS_SENTENCE = ". Arrow keys move between the marks";
/** How the ids of a chart's marks begin, which aria-activedescendant names. */
export const KEYS_ID_PREFIX = "kb-";

export function keyboardMarks(chart: HTMLElement | SVGElement, marks: KeyboardMark[], { name, label }: KeyboardOptions): void {
  const document = chart.ownerDocument;
  if (!styled.has(document)) {
    styled.add(document);
    const style = document.createElement("style");
    style.textContent = CSS;
    document.head.append(style);
  }
  chart.dataset.kbChart = name;
  chart.setAttribute("tabindex", "0");
  // Marks inside a role="img" would be hidden from assistive technology.
  chart.setAttribute("role", "group");
  // A label that ends its own sentence does not end it twice ("statements.. Arrow keys").
  chart.setAttribute("aria-label", `${label.replace(/\.\s*$/, "")}${KEYS_SENTENCE}${marks.some((m) => m.activate) ? ", Enter opens one" : ""}.`);
  const prefix = `${KEYS_ID_PREFIX}${++uid}`;
  marks.forEach((m, i) => {
    m.element.id ||= `${prefix}-${i}`;
    // Links and buttons drawn as marks are reached through the chart, not each by Tab.
    m.element.setAttribute("tabindex", "-1");
    if (!m.element.getAttribute("role") && m.element.tagName !== "a") m.element.setAttribute("role", m.activate ? "button" : "img");
    m.element.setAttribute("aria-label", m.label);
  });
  if (!marks.length) return;

  let order = readingOrder(marks);
  let current = -1;
  const show = (i: number) => {
    order[current]?.element.classList.remove("kb-current");
    current = i;
    const mark = order[i];
    mark.element.classList.add("kb-current");
    chart.setAttribute("aria-activedescendant", mark.element.id);
    focused = { chart, name, key: mark.key };
    (mark.element as Element & { scrollIntoView?: (o: object) => void }).scrollIntoView?.({ block: "nearest", inline: "nearest" });
  };
  const at = (key: string) => order.findIndex((m) => m.key === key);

  chart.addEventListener("focus", () => {
    // Positions are read on focus: the chart may have been resized since it was drawn.
    const key = order[current]?.key;
    order = readingOrder(marks);
    current = -1;
    show(key === undefined ? 0 : Math.max(0, at(key)));
  });
  chart.addEventListener("blur", () => {
    order[current]?.element.classList.remove("kb-current");
    chart.removeAttribute("aria-activedescendant");
    // Left by the reader (not removed with its chart): no redraw should take the focus back.
    requestAnimationFrame(() => {
      if (chart.isConnected && focused?.chart === chart) focused = null;
    });
  });
  chart.addEventListener("keydown", (event) => {
    const e = event as KeyboardEvent;
    if (e.target !== chart || e.altKey || e.ctrlKey || e.metaKey || current < 0) return;
    if (KEYS.has(e.key)) {
      e.preventDefault();
      show(nextIndex(order, current, e.key));
    } else if (e.key === "Enter" || e.key === " ") {
      const mark = order[current];
      if (!mark.activate) return;
      e.preventDefault();
      mark.activate();
    } else if (e.key === "Escape") {
      (chart as HTMLElement).blur();
    }
  });

  // A redrawn chart takes the focus back where its predecessor had it, once it is on the page, if the
  // focus fell to the page with the predecessor.
  if (focused?.name === name && focused.chart !== chart && at(focused.key) >= 0) {
    const { key } = focused;
    let frames = 300;
    const retake = () => {
      if (!chart.isConnected) return void (--frames > 0 && requestAnimationFrame(retake));
      if (document.activeElement && document.activeElement !== document.body) return;
      order = readingOrder(marks);
      current = at(key);
      (chart as HTMLElement).focus();
    };
    requestAnimationFrame(retake);
  }
}

/** A click on an element as a pointer would make it (Plot's links and D3's listeners both answer it). */
export function clickOn(element: Element): void {
  element.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window }));
}
