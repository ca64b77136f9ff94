// Framework resolves `npm:` imports to the installed packages when it builds (vitest by an alias,
// vitest.config.ts); these tell tsc the same, for the packages that ship their types. (d3's are in d3.d.ts.)
declare module "npm:@observablehq/plot" {
  export * from "@observablehq/plot";
}
declare module "npm:htl" {
  export * from "htl";
}
declare module "npm:apache-arrow" {
  export * from "apache-arrow";
}
