// What `observablehq:stdlib` is to components run by a page loader (npmHooks.ts): they may import
// modules that fetch the site's files in the browser, but a page loader computes what it draws from the
// loaders' library (Framework runs page loaders before data loaders), so reading a file is a mistake.
export function FileAttachment(name: string): never {
  throw new Error(`A page loader cannot read the file attachment ${name}: compute it from the loaders' library`);
}
