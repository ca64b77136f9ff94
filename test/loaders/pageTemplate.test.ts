// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the inputs are page Markdown, where `${…}` is Framework's code syntax the filler must leave alone or escape
import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { fillDrawings, rawView } from "../../loaders/pageTemplate.ts";

describe("fillDrawings", () => {
  const template = [
    "# Page",
    "",
    '<div class="drawing"><!-- drawn at build time: chart -->${chart}</div>',
    "",
    "Text <!--drawn at build time:count--> end.",
  ].join("\n");

  it("puts each drawing in place of its marker, the page's own code beside it", () => {
    const page = fillDrawings(template, "src/page.md.tmpl", { chart: "<svg><text>A</text></svg>", count: "<span>17</span>" });
    expect(page).toBe(["# Page", "", '<div class="drawing"><svg><text>A</text></svg>${chart}</div>', "", "Text <span>17</span> end."].join("\n"));
  });

  it("keeps a drawing on one line, with no `${` for Framework to read as code", () => {
    const drawing = "<svg>\n\n  <text>costs ${x} and $5</text>\n</svg>";
    const page = fillDrawings(template, "src/page.md.tmpl", { chart: drawing, count: "" });
    const line = page.split("\n")[2];
    expect(line).toBe('<div class="drawing"><svg> <text>costs &#36;{x} and &#36;5</text> </svg>${chart}</div>');
  });

  it("names the file and line of a marker with no drawing", () => {
    expect(() => fillDrawings(template, "src/page.md.tmpl", { chart: "<svg></svg>" })).toThrow('src/page.md.tmpl:5: no drawing named "count" (known: chart)');
  });
});

describe("rawView", () => {
  const where = "src/durations.md.tmpl: timeline";
  const view = "programme=Frikommunefors%C3%B8g+I";

  it("keeps a view's drawing as raw text, named as a view of the parameters it reads", () => {
    const html = '<div class="built" data-view="x"><svg><text>I</text></svg></div>';
    const raw = rawView(html, { reads: ["programme", "lang"], view, folder: ".", where });
    // A browser reads it as one text, no element in it, and then the script that parses it where asked for.
    const [text, parse, ...more] = new JSDOM(`<body>${raw}</body>`).window.document.body.children;
    expect(more).toEqual([]);
    expect([text.outerHTML.replace(html, "…"), text.childNodes.length, (text as HTMLScriptElement).text]).toEqual([
      `<script type="text/html" class="built" data-reads="programme lang" data-view="${view}">…</script>`,
      1,
      html,
    ]);
    expect(parse.outerHTML).toBe('<script class="built">frikommuneAskedView(document.currentScript)</script>');
  });

  it("names a piece that fills a part of the view (an embed's frame) by that part", () => {
    const raw = rawView("<svg></svg>", { reads: ["programme"], view, part: "narrow", folder: "embed", where });
    const [text] = new JSDOM(`<body>${raw}</body>`).window.document.body.children as HTMLCollectionOf<HTMLScriptElement>;
    expect([text.dataset.view, text.dataset.part, text.text]).toEqual([view, "narrow", "<svg></svg>"]);
  });

  // Framework makes the page's other links relative (the site may be served under any path); it reads no raw text.
  it.each([
    [".", "./durations?programme=I"],
    ["embed", "../durations?programme=I"],
    ["a/b", "../../durations?programme=I"],
  ])("makes a link from the site's root relative to the page's folder %s", (folder, link) => {
    const html = '<p><a href="/durations?programme=I">Open</a> <a href="//example.org/x">x</a> <a href="./sources/d#L2">L2</a></p>';
    const [text] = new JSDOM(`<body>${rawView(html, { view, folder, where })}</body>`).window.document.body.children as HTMLCollectionOf<HTMLScriptElement>;
    expect(text.text).toBe(`<p><a href="${link}">Open</a> <a href="//example.org/x">x</a> <a href="./sources/d#L2">L2</a></p>`);
  });

  it.each(["<text></script></text>", "<text></SCRIPT ></text>", "<!-- a note -->"])("refuses a drawing holding %s, naming it", (inside) => {
    expect(() => rawView(`<svg>${inside}</svg>`, { view, folder: ".", where })).toThrow(`${where}: the view ${view} holds`);
  });
});
