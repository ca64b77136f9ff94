// Node `--import` preload for the Framework CLI (set in the npm scripts): pages declare their language
// and allow zooming. See template.ts.
import { register } from "node:module";

register("./hooks.ts", import.meta.url);
