// The durations page (template: durations.md.tmpl) with its default timeline drawn at build time.
import { printPage } from "../scripts/page-loader/printPage.ts";

await printPage(new URL("durations.md.tmpl", import.meta.url));
