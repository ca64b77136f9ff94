// jsdom ships no types and @types/jsdom is not installed: what the tests use of it — a document to draw
// charts into in Node (test/components/dom.ts), and a built page read with a console of its own, which
// keeps jsdom's complaints about CSS it cannot parse out of the test output (test/browser/build-time.test.ts).
declare module "jsdom" {
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html?: string, options?: { virtualConsole?: VirtualConsole });
    readonly window: Window & typeof globalThis;
  }
}
