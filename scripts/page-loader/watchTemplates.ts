// `npm run dev` preload: Framework re-runs a page loader only when the loader file changes, so an edited
// template (src/<page>.md.tmpl) touches its loader (src/<page>.md.ts) and the preview reloads the page.
import { existsSync, utimesSync, watch } from "node:fs";
import { join } from "node:path";

const src = join(process.cwd(), "src");
watch(src, { recursive: true }, (_, name) => {
  if (!name?.endsWith(".md.tmpl")) return;
  const loader = join(src, name.replace(/\.tmpl$/, ".ts"));
  if (existsSync(loader)) utimesSync(loader, new Date(), new Date());
}).unref();
