// The presenter's buttons beside a chart on its page: the chart as SVG or PNG (2×), and "Embed" with
// the iframe and module snippets that reproduce the current view.
import { embedUrl, exportFileName, iframeSnippet, moduleSnippet, type ChartName, type ChartState } from "./chartState.js";
import { altText, chartImage, NothingToExport, saveFile, type ImageText } from "./exportImage.js";

export interface ChartToolsOptions {
  chart: ChartName;
  state: ChartState;
  /** Selector of the element holding the chart (and its legend) as drawn. */
  target: string;
  text: ImageText;
  /** The name of the state's municipality, for the file name. */
  names?: { municipality?: string | null };
}

/** The site's root URL without the trailing slash; chart pages sit at the root. */
export const siteUrl = () => new URL(".", location.href).href.replace(/\/$/, "");

const CSS = `
.chart-tools { display: flex; flex-wrap: wrap; align-items: start; gap: 0.4rem; font: 13px var(--sans-serif); margin: 0.2rem 0 0.5rem; }
.chart-tools button, .chart-tools summary { font: inherit; padding: 0.15rem 0.6rem; border: 1px solid var(--theme-foreground-faint); border-radius: 4px; background: var(--theme-background); color: var(--theme-foreground); cursor: pointer; }
.chart-tools summary { list-style: none; }
.chart-tools details[open] { flex-basis: 100%; order: 1; }
.chart-tools details[open] summary { display: inline-block; margin-bottom: 0.4rem; }
.chart-tools textarea { display: block; width: 100%; max-width: 960px; font: 12px var(--monospace); box-sizing: border-box; }
.chart-tools details p { margin: 0.4rem 0 0.2rem; max-width: 960px; }
.chart-tools [role="status"]:empty { display: none; }
.chart-tools [role="status"] { align-self: center; color: var(--theme-foreground-muted); }
`;
let styled = false;

/** A button; a NothingToExport from its action is told in `status` rather than thrown. */
function button(label: string, title: string, onClick: () => Promise<void> | void, status?: HTMLElement): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.title = title;
  b.addEventListener("click", async () => {
    b.disabled = true;
    if (status) status.textContent = "";
    try {
      await onClick();
    } catch (error) {
      if (!(status && error instanceof NothingToExport)) throw error;
      status.textContent = error.message;
    } finally {
      b.disabled = false;
    }
  });
  return b;
}

function snippet(code: string, rows: number): HTMLTextAreaElement {
  const area = document.createElement("textarea");
  area.readOnly = true;
  area.rows = rows;
  area.value = code;
  area.addEventListener("focus", () => area.select());
  return area;
}

export function chartTools({ chart, state, target, text, names = {} }: ChartToolsOptions): HTMLElement {
  if (!styled) {
    styled = true;
    const style = document.createElement("style");
    style.textContent = CSS;
    document.head.append(style);
  }
  const chartRoot = () => {
    const root = document.querySelector(target);
    if (!root) throw new Error(`No chart at ${target}`);
    return root;
  };
  const image = () => chartImage(chartRoot(), text);
  const file = (extension: string) => exportFileName(chart, state, extension, names);
  const status = document.createElement("span");
  status.setAttribute("role", "status");
  const site = siteUrl();
  const title = text.subtitle ? `${text.title} — ${text.subtitle}` : text.title;
  const iframe = snippet(iframeSnippet(site, chart, state, title), 3);
  iframe.dataset.snippet = "iframe";
  const module = snippet(moduleSnippet(site, chart, state), 5);
  module.dataset.snippet = "module";
  const preview = document.createElement("a");
  preview.href = embedUrl(site, chart, state);
  preview.target = "_blank";
  preview.textContent = "Open the embed on its own";
  const copy = button("Copy", "Copy the iframe code", async () => {
    // Where the clipboard is refused (plain http), the code stays selected for Ctrl+C.
    iframe.select();
    await navigator.clipboard?.writeText(iframe.value).catch(() => undefined);
  });

  const details = document.createElement("details");
  const summary = document.createElement("summary");
  summary.textContent = "Embed";
  summary.title = "Code that shows this chart, with these filters, on another page";
  const p = (...content: Array<Node | string>) => {
    const element = document.createElement("p");
    element.append(...content);
    return element;
  };
  details.append(
    summary,
    p("Paste into a web page, slide tool or CMS; the chart fills the frame and follows its size. ", copy),
    iframe,
    p(
      "Or draw it into an element of your own page with the module this site exports (this site must then send ",
      code("Access-Control-Allow-Origin"),
      " for your page's origin):",
    ),
    module,
    p(preview, " · add ", code("present"), " for projectors, ", code("theme=dark"), " or ", code("lang=da"), " to the address."),
  );

  const tools = document.createElement("div");
  tools.className = "chart-tools";
  tools.dataset.chart = chart;
  tools.append(
    button(
      "SVG",
      "Download the chart as SVG, with title, source and date",
      () => {
        saveFile(new Blob([image().svg], { type: "image/svg+xml" }), file("svg"));
      },
      status,
    ),
    button(
      "PNG",
      "Download the chart as PNG at twice its size, with title, source and date",
      async () => {
        saveFile(await image().png(2), file("png"));
      },
      status,
    ),
    altTextTool(() => altText(chartRoot(), text), status),
    details,
    status,
  );
  return tools;
}

/** "Alt text": the text alternative for the exported image, ready to paste into a slide's alt text. */
function altTextTool(describe: () => string, status: HTMLElement): HTMLElement {
  const details = document.createElement("details");
  details.dataset.tool = "alt-text";
  const summary = document.createElement("summary");
  summary.textContent = "Alt text";
  summary.title = "A text alternative for the image, for a slide or document";
  const area = snippet("", 3);
  area.dataset.snippet = "alt-text";
  const copy = button("Copy", "Copy the alt text", async () => {
    area.select();
    await navigator.clipboard?.writeText(area.value).catch(() => undefined);
  });
  // Written when opened, from the chart as drawn then.
  details.addEventListener("toggle", () => {
    if (!details.open) return;
    status.textContent = "";
    try {
      area.value = describe();
    } catch (error) {
      if (!(error instanceof NothingToExport)) throw error;
      details.open = false;
      status.textContent = error.message;
    }
  });
  const p = document.createElement("p");
  p.append("Paste it as the image's alt text. ", copy);
  details.append(summary, p, area);
  return details;
}

function code(text: string): HTMLElement {
  const element = document.createElement("code");
  element.textContent = text;
  return element;
}
