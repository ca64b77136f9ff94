// Framework's page template, as scripts/page-template hands it to Node: language declared, zoom allowed.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test } from "vitest";
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
