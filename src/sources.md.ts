// The list of sources (template: sources.md.tmpl), written into the page at build time so that readers
// without JavaScript reach every source page.
import { printPage } from "../scripts/page-loader/printPage.ts";

await printPage(new URL("sources.md.tmpl", import.meta.url));
