// A chart as an image file, made in the browser: one SVG with the title, the legend, the chart's own
// SVG(s) and the source line with the date, and a PNG drawn from that SVG at twice its size. The SVG must
// stand alone (no page stylesheet, no CSS variables, no currentColor), so every element gets the styles
// it is drawn with on the page, as concrete values of the theme in use.
import { formatDate } from "../text/locale.js";

export interface ImageText {
  title: string;
  /** What the chart is filtered to, under the title. */
  subtitle?: string;
  /** "Source: …", printed under the chart with the date after it. */
  source: string;
  /** Defaults to today; printed as da-DK ("24. november 2026"). */
  date?: Date;
}

export interface ChartImage {
  /** The SVG document. */
  svg: string;
  width: number;
  height: number;
  /** The image rasterised at `scale` × its size. */
  png(scale?: number): Promise<Blob>;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Thrown where the filters leave no chart to draw: the caller tells the reader so. */
export class NothingToExport extends Error {
  constructor() {
    super("No chart to export: these filters leave nothing to draw.");
  }
}
const PAD = 16;
// Inherited properties are written on an element only where they differ from its parent's; the
// attributes and inline styles they came from are dropped, so inheritance in the file gives the same
// values. Classes stay as names (no stylesheet in the file refers to them).
const INHERITED = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "paint-order",
  "visibility",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "font-variant-numeric",
  "text-anchor",
  "dominant-baseline",
  "letter-spacing",
  "white-space",
];
const DROPPED = [...INHERITED, "opacity", "color", "style"];

const measure = document.createElement("canvas").getContext("2d")!;
function textWidth(text: string, font: string): number {
  measure.font = font;
  return measure.measureText(text).width;
}

// A paint server keeps its local reference (#id), never the page's URL before it.
const localUrl = (value: string) => value.replace(/url\("?[^#")]*(#[^")]+)"?\)/g, "url($1)");

// Colours mixed from theme variables compute to CSS Color 4 forms (color(srgb …)) that many SVG viewers
// cannot read; a pixel painted in the colour gives its rgb(a).
const pixel = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
const rgbCache = new Map<string, string>();
function rgb(color: string): string {
  if (!/^(color|oklch|oklab|lab|lch|hwb)\(/.test(color)) return color;
  if (!rgbCache.has(color)) {
    pixel.clearRect(0, 0, 1, 1);
    pixel.fillStyle = color;
    pixel.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
    rgbCache.set(color, a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${+(a / 255).toFixed(3)})`);
  }
  return rgbCache.get(color)!;
}
const PAINT = new Set(["fill", "stroke"]);

function inlineStyles(source: Element, clone: Element, parent: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(source);
  const declarations: string[] = [];
  for (const property of INHERITED) {
    const value = style.getPropertyValue(property);
    if (!parent || parent.getPropertyValue(property) !== value) declarations.push(`${property}: ${PAINT.has(property) ? rgb(localUrl(value)) : value}`);
  }
  if (style.opacity !== "1") declarations.push(`opacity: ${style.opacity}`);
  if (style.display === "none") declarations.push("display: none");
  for (const name of DROPPED) clone.removeAttribute(name);
  if (declarations.length) clone.setAttribute("style", declarations.join("; "));
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i], clone.children[i], style);
}

/** A standalone copy of a chart's SVG: styles inlined, tooltips and hover bands left out, links absolute. */
function standalone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, null);
  for (const e of clone.querySelectorAll('style, g[aria-label="tip"], .pm-band')) e.remove();
  for (const a of clone.querySelectorAll("a[href]")) a.setAttribute("href", new URL(a.getAttribute("href")!, document.baseURI).href);
  return clone;
}

// The size the chart is shown at (a chart wider than its card is scaled down by CSS); its viewBox keeps the drawing.
const size = (svg: SVGSVGElement) => {
  const box = svg.getBoundingClientRect();
  return box.width ? { width: box.width, height: box.height } : { width: Number(svg.getAttribute("width")), height: Number(svg.getAttribute("height")) };
};

function background(element: Element): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const color = rgb(getComputedStyle(e).backgroundColor);
    if (color && color !== "transparent" && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return "white";
}

function wrap(text: string, width: number, font: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length ? lines[lines.length - 1] : null;
    if (last !== null && textWidth(`${last} ${word}`, font) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The charts inside `root` that an image shows: its top-level SVGs, not the legend's swatches. */
function chartsIn(root: Element): SVGSVGElement[] {
  return Array.from(root.querySelectorAll("svg")).filter((svg) => !svg.parentElement?.closest("svg, [data-legend]"));
}

/**
 * A text alternative for the image on a slide: title, filters, and what each chart says it shows (the
 * aria-label it is drawn with, e.g. "Timeline of 16 trial periods from … to …").
 */
export function altText(root: Element, { title, subtitle }: ImageText): string {
  const charts = chartsIn(root);
  if (!charts.length) throw new NothingToExport();
  const labels = charts.map((svg) => svg.getAttribute("aria-label")?.trim().replace(/\.$/, "")).filter(Boolean);
  const heading = subtitle ? `${title} (${subtitle})` : title;
  return `${[heading, ...labels].join(". ")}.`;
}

/**
 * The image of the charts inside `root`: every top-level SVG in it (panels stacked, each under its
 * figure caption), and the items of a `[data-legend]` element (each an SVG swatch and its text).
 */
export function chartImage(root: Element, { title, subtitle, source, date = new Date() }: ImageText): ChartImage {
  const charts = chartsIn(root);
  if (!charts.length) throw new NothingToExport();
  const family = getComputedStyle(charts[0]).fontFamily;
  const foreground = rgb(getComputedStyle(root).color);
  const width = Math.ceil(Math.max(...charts.map((svg) => size(svg).width))) + 2 * PAD;
  const inner = width - 2 * PAD;

  const out = document.createElementNS(SVG_NS, "svg");
  const add = <K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attributes: Record<string, string | number> = {}) => {
    const element = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    parent.append(element);
    return element;
  };
  const text = (content: string, x: number, y: number, px: number, weight = 400, opacity = 1) => {
    add(out, "text", { x, y, "font-size": px, "font-weight": weight, ...(opacity < 1 ? { "fill-opacity": opacity } : {}) }).textContent = content;
    return textWidth(content, `${weight} ${px}px ${family}`);
  };
  add(out, "title").textContent = subtitle ? `${title} — ${subtitle}` : title;
  add(out, "desc").textContent = source;
  const backdrop = add(out, "rect", { width: "100%", height: "100%", fill: background(root) });

  let y = PAD + 18;
  text(title, PAD, y, 18, 700);
  if (subtitle) {
    y += 20;
    text(subtitle, PAD, y, 13, 400, 0.75);
  }
  y += 12;

  const legend = root.querySelector("[data-legend]");
  if (legend) {
    let x = PAD;
    let lineHeight = 0;
    // Only what the legend shows: not its <style>, nor anything hidden.
    for (const item of Array.from(legend.children).filter((e) => e.checkVisibility())) {
      const swatch = item.querySelector("svg");
      const label = Array.from(item.childNodes, (n) => (n.nodeName.toLowerCase() === "svg" ? "" : n.textContent))
        .join("")
        .trim();
      const swatchSize = swatch ? size(swatch) : { width: 0, height: 0 };
      const itemWidth = swatchSize.width + (swatch ? 5 : 0) + textWidth(label, `12px ${family}`);
      if (x > PAD && x + itemWidth > PAD + inner) {
        x = PAD;
        y += lineHeight + 6;
      }
      lineHeight = Math.max(lineHeight, swatchSize.height, 14);
      if (swatch) {
        const copy = standalone(swatch);
        copy.setAttribute("x", String(x));
        copy.setAttribute("y", String(y));
        out.append(copy);
        x += swatchSize.width + 5;
      }
      x += text(label, x, y + 11, 12) + 16;
    }
    y += lineHeight + 12;
  }

  for (const svg of charts) {
    const caption = svg.closest("figure")?.querySelector(":scope > figcaption")?.textContent;
    if (caption && root.contains(svg.closest("figure"))) {
      y += 14;
      text(caption, PAD, y, 13, 600);
      y += 6;
    }
    const { width: w, height: h } = size(svg);
    const copy = standalone(svg);
    copy.setAttribute("x", String(PAD));
    copy.setAttribute("y", String(y));
    copy.setAttribute("width", String(w));
    copy.setAttribute("height", String(h));
    if (!copy.getAttribute("viewBox")) copy.setAttribute("viewBox", `0 0 ${svg.getAttribute("width") ?? w} ${svg.getAttribute("height") ?? h}`);
    out.append(copy);
    y += h + 8;
  }

  for (const line of wrap(`${source} · ${formatDate(date)}`, inner, `11px ${family}`)) {
    y += 14;
    text(line, PAD, y, 11, 400, 0.75);
  }
  const height = Math.ceil(y + PAD);

  out.setAttribute("viewBox", `0 0 ${width} ${height}`);
  out.setAttribute("font-family", family);
  out.setAttribute("fill", foreground);
  out.setAttribute("role", "img");
  out.setAttribute("aria-label", title);
  backdrop.setAttribute("height", String(height));
  const serialise = (scale: number) => {
    out.setAttribute("width", String(width * scale));
    out.setAttribute("height", String(height * scale));
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`;
  };
  return {
    svg: serialise(1),
    width,
    height,
    // The SVG is rasterised at the final size (not drawn small and scaled up), so the PNG stays sharp.
    async png(scale = 2) {
      const url = URL.createObjectURL(new Blob([serialise(scale)], { type: "image/svg+xml" }));
      try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        canvas.getContext("2d")!.drawImage(image, 0, 0, canvas.width, canvas.height);
        return await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
        );
      } finally {
        URL.revokeObjectURL(url);
      }
    },
  };
}

/** Offers `blob` as a download named `name`. */
export function saveFile(blob: Blob, name: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser reads the blob after the click returns; release it once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
