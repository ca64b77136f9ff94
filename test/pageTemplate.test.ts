// Framework's page template, as scripts/page-template hands it to Node: language declared, zoom allowed.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { arrangeBuiltPage } from "../scripts/page-template/arrange.ts";
import { requiredNames, usedRules } from "../scripts/page-template/usedRules.ts";
import { accessibleTemplate } from "../scripts/page-template/template.ts";

const RENDER = createRequire(import.meta.url).resolve("@observablehq/framework/dist/render.js");

test("the installed template gains lang, a zoomable viewport and a named sidebar", () => {
  const source = readFileSync(RENDER, "utf8");
  expect(source).toContain("maximum-scale=1");
  const edited = accessibleTemplate(source);
  expect(edited).toContain('<html lang="en">\n<head>');
  expect(edited).not.toContain("maximum-scale");
  expect(edited).toContain('<nav id="observablehq-sidebar" aria-label="Pages">');
  expect(edited).toContain('title="Toggle sidebar" aria-label="Toggle sidebar"');
});

test("a template that changed stops the build, naming what it missed", () => {
  expect(() => accessibleTemplate("<html>\n<head>\n</head>")).toThrow(/expected ".*maximum-scale=1.*" once in Framework's render\.js, found it 0 times/);
});

describe("a built page as it is served (arrangeBuiltPage)", () => {
  const CSS: Record<string, string> = { "./_import/style.css": "body{margin:0}", "./_observablehq/stdlib/inputs.css": "form{display:block}" };
  const page = (body: string) => `<!DOCTYPE html>
<html lang="en">
<head>
<link rel="preload" as="style" href="./_import/style.css">
<link rel="preload" as="style" href="./_observablehq/stdlib/inputs.css">
<link rel="stylesheet" type="text/css" href="./_import/style.css">
<link rel="stylesheet" type="text/css" href="./_observablehq/stdlib/inputs.css">
<link rel="modulepreload" href="./_observablehq/client.js">
<link rel="modulepreload" href="./_npm/d3.js">
<script>/* inline */</script>
<script type="module">
import {define} from "./_observablehq/client.js";
</script>
</head>
<body>
<main>${body}</main>
</body>
</html>
`;
  const arranged = (body: string) => arrangeBuiltPage(page(body), (href) => CSS[href] ?? expect.unreachable(href), "test.html");

  test("every page carries its stylesheets inline, without their preloads", () => {
    const html = arranged("<p>text</p>");
    expect(html).not.toMatch(/<link rel="(stylesheet|preload)"/);
    expect(html).toContain("<style>body{margin:0}</style>\n<style>form{display:block}</style>");
  });

  test("a page that draws nothing before its scripts run keeps its module script and preloads in the head", () => {
    const [head, body] = arranged("<p>text</p>").split("</head>");
    expect(head.match(/modulepreload/g)).toHaveLength(2);
    expect(head).toContain('<script type="module">');
    expect(body).not.toContain("<script");
  });

  test("a page with a chart drawn at build time gets its module script and preloads after its content", () => {
    const html = arranged('<div class="built"><svg></svg><span class="built-end"></span></div>');
    const [head, body] = html.split("</head>");
    expect(head).not.toContain("modulepreload");
    expect(head).not.toContain('<script type="module">');
    expect(head).toContain("<script>/* inline */</script>");
    const content = body.indexOf("built-end");
    expect(body.indexOf('<link rel="modulepreload" href="./_observablehq/client.js">')).toBeGreaterThan(content);
    expect(body.indexOf('<link rel="modulepreload" href="./_npm/d3.js">')).toBeGreaterThan(content);
    expect(body.indexOf('<script type="module">\nimport {define}')).toBeGreaterThan(body.indexOf("_npm/d3.js"));
    expect(body.trimEnd().endsWith("</script>\n</body>\n</html>")).toBe(true);
  });

  test("a drawn page keeps in its head the rules its HTML can use, and links its whole sheets after its content, in the head's order", () => {
    const css = { "./_import/style.css": "p{color:red}\n#observablehq-sidebar{width:10rem}", "./_observablehq/stdlib/inputs.css": ".inputs-a{gap:1px}" };
    const drawn = page('<div class="built"><p>text</p><span class="built-end"></span></div>').replace(
      "<script>/* inline */</script>",
      '<style id="embed">.fk-embed{margin:0}</style>\n<script>/* inline */</script>',
    );
    const [head, body] = arrangeBuiltPage(drawn, (href) => css[href as keyof typeof css], "test.html").split("</head>");
    expect(head).toContain("<style>p{color:red}</style>\n\n");
    expect(head).not.toMatch(/observablehq-sidebar|inputs-a|<style><\/style>/);
    const after = body.slice(body.indexOf("built-end"));
    expect(after).toContain(
      '<link rel="stylesheet" type="text/css" href="./_import/style.css">\n<link rel="stylesheet" type="text/css" href="./_observablehq/stdlib/inputs.css">\n<style id="embed">.fk-embed{margin:0}</style>',
    );
    expect(after.indexOf(".fk-embed")).toBeLessThan(after.indexOf("modulepreload"));
  });

  test("what cannot be inlined or moved stops the build, naming the page", () => {
    expect(() => arrangeBuiltPage(page("<p></p>"), () => "a{}</style><script>", "x.html")).toThrow(/x\.html: \.\/_import\/style\.css holds "<\/style"/);
    expect(() => arrangeBuiltPage("<html><body></body></html>", () => "", "y.html")).toThrow(/y\.html: no <\/head>/);
    const noModule = page('<span class="built-end"></span>').replace(/<script type="module">[\s\S]*?<\/script>/, "");
    expect(() => arrangeBuiltPage(noModule, (href) => CSS[href], "z.html")).toThrow(/z\.html: a drawn page without a module script/);
  });
});

describe("the rules a page's HTML can use (usedRules)", () => {
  test("a selector requires the classes and ids at its top level, not those inside brackets, parentheses or strings", () => {
    expect(requiredNames("#observablehq-sidebar>ol .card:hover::before")).toEqual(["observablehq-sidebar", "card"]);
    expect(requiredNames(':is(.a, .b) p:not(.c)[data-x=".d"]')).toEqual([]);
    expect(requiredNames("a[href^='#top'] .e")).toEqual(["e"]);
    expect(requiredNames(".grid-cols-2\\:wide")).toEqual([]);
    expect(requiredNames("50%")).toEqual([]);
  });

  const CSS = `:root{--x:1}
p,.gone{margin:0}
.gone{color:red}
@media (min-width:640px){#sidebar{width:1px}.also-gone{width:2px}}
@supports (display:grid){@media print{.gone{color:blue}}}
@keyframes spin{from{rotate:0}to{rotate:1turn}}
@font-face{font-family:x;src:local(x)}
.kept>li{padding:0}`;

  test("drops the rules every selector of which names a class or id the page never mentions, and the at-rules they leave empty", () => {
    const html = '<body id="sidebar"><ul class="kept"><li>x</li></ul><p>y</p></body>';
    expect(usedRules(CSS, html)).toBe(`:root{--x:1}
p,.gone{margin:0}
@media (min-width:640px){#sidebar{width:1px}}
@keyframes spin{from{rotate:0}to{rotate:1turn}}
@font-face{font-family:x;src:local(x)}
.kept>li{padding:0}`);
  });

  test("a name a script of the page mentions keeps its rule; one only another stylesheet mentions does not", () => {
    const kept = usedRules(".also-gone{width:2px}", '<script>document.body.classList.add("also-gone")</script>');
    expect(kept).toBe(".also-gone{width:2px}");
    expect(usedRules(".also-gone{width:2px}", "<style>.also-gone{height:1px}</style><p></p>")).toBe("");
  });
});
