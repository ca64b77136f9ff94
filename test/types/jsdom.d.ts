// jsdom ships no types and @types/jsdom is not installed: the one constructor the unit tests use
// (test/components/dom.ts) to draw charts into a document in Node.
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
