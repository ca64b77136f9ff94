// The overview page (template: index.md.tmpl) with its headline figures and status chart drawn at build time.
import { printPage } from "../scripts/page-loader/printPage.ts";

await printPage(new URL("index.md.tmpl", import.meta.url));
