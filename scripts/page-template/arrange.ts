// What a built page must fetch before it paints. Framework links a page's stylesheets from its head, and
// they block rendering: one more round trip after the HTML, and until they arrive the parser also waits at
// the head's first inline script. Inlined, a page paints from its HTML alone (under the mobile profile the
// page shell's first paint came 0.5 s sooner). A page holding a chart drawn at build time (scripts/page-loader)
// also gets its module script (Framework's cell definitions, 10–25 kB) and its 50–70 module preloads (0.8 MB)
// after its content: in the head they shared the first second's bandwidth with the HTML that holds the
// drawing. Cells run only once the document is parsed, so nothing starts later. Its inlined stylesheets
// keep only the rules its HTML can use (usedRules: an embed's 30 kB became 10 kB); each whole sheet is linked
// after the content, where it blocks nothing drawn before it yet arrives before any module runs (a module
// waits for the stylesheets the parser met). Other pages show nothing before their scripts run, and keep
// everything in the head. Applied to dist/ after `observable build` (arrangeDist.ts).

import { usedRules } from "./usedRules.ts";

const STYLESHEET = /<link rel="stylesheet" type="text\/css" href="([^"]+)">/g;
/** A stylesheet Framework links, or a `<style>` of the config's head. */
const HEAD_STYLE = new RegExp(`${STYLESHEET.source}|<style[^>]*>[\\s\\S]*?<\\/style>`, "g");
const STYLESHEET_PRELOAD = /\n?<link rel="preload" as="style" href="[^"]+">/g;
const MODULE_PRELOAD = /\n?<link rel="modulepreload" href="[^"]+">/g;
const MODULE_SCRIPT = '<script type="module">';

/** What ends a drawing made at build time (scripts/page-loader/printPage.ts; src/style.css shows it from then on). */
export const DRAWING_END = '<span class="built-end"></span>';
const drawnAtBuildTime = (html: string) => html.includes(DRAWING_END);

/**
 * The page as it should be served. `readStylesheet(href)`: the text of a stylesheet the page links to, by
 * its href as written there. Throws, naming the page, where the page is not shaped as Framework 1.13.4 writes it.
 */
export function arrangeBuiltPage(html: string, readStylesheet: (href: string) => string, name = "page"): string {
  const fail = (why: string) => {
    throw new Error(`scripts/page-template: ${name}: ${why} — has Framework's page template changed?`);
  };
  if (!html.includes("</head>") || !html.includes("</body>")) fail("no </head> or </body>");
  const inline = (href: string) => {
    const css = readStylesheet(href);
    if (/<\/style/i.test(css)) fail(`${href} holds "</style", which would end its inlined copy`);
    return css;
  };
  const unloaded = html.replace(STYLESHEET_PRELOAD, "");
  if (!drawnAtBuildTime(html)) return unloaded.replace(STYLESHEET, (_, href: string) => `<style>${inline(href)}</style>`);
  // After the content, the whole sheets, then again the head's styles that followed them: the cascade's
  // order is the head's, as if the sheets had stood there whole.
  const afterContent: string[] = [];
  const [unstyled, body] = unloaded.split("</head>");
  const head = unstyled.replace(HEAD_STYLE, (style, href: string | undefined) => {
    if (href !== undefined || afterContent.length > 0) afterContent.push(style);
    if (href === undefined) return style;
    const used = usedRules(inline(href), html);
    return used === "" ? "" : `<style>${used}</style>`;
  });
  const start = head.lastIndexOf(MODULE_SCRIPT);
  if (start < 0) fail("a drawn page without a module script in its head");
  const end = head.indexOf("</script>", start) + "</script>".length;
  const preloads = head.match(MODULE_PRELOAD) ?? [];
  const rest = `${head.slice(0, start)}${head.slice(end)}`.replace(MODULE_PRELOAD, "");
  const bodyEnd = body.lastIndexOf("</body>");
  return `${rest}</head>${body.slice(0, bodyEnd)}${afterContent.join("\n")}${preloads.join("")}\n${head.slice(start, end)}\n${body.slice(bodyEnd)}`;
}
