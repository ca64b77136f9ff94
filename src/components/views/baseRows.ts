// A view's base rows in the browser: the JSON the build writes (src/data/views/<name>.json.ts), fetched
// once per page however many charts or cells ask for it.
import { FileAttachment } from "observablehq:stdlib";
import type { BaseRows, ViewDefinition } from "./view.js";

// Literal paths: Framework finds a page's files by reading its code.
const FILES: Record<string, () => { json(): Promise<unknown> }> = {
  statuses: () => FileAttachment("../../data/views/statuses.json"),
  trials: () => FileAttachment("../../data/views/trials.json"),
  milestones: () => FileAttachment("../../data/views/milestones.json"),
  statements: () => FileAttachment("../../data/views/statements.json"),
  figures: () => FileAttachment("../../data/views/figures.json"),
  findings: () => FileAttachment("../../data/views/findings.json"),
};

const fetched = new Map<string, Promise<BaseRows>>();

/** The view's base rows and its filters' options. */
export function loadBase(view: ViewDefinition): Promise<BaseRows> {
  // The build writes each file from the view it is named after (loaders/views.ts).
  if (!fetched.has(view.name)) fetched.set(view.name, FILES[view.name]().json() as Promise<BaseRows>);
  return fetched.get(view.name)!;
}
