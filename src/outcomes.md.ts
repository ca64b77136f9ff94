// The outcomes page (template: outcomes.md.tmpl) with its default charts drawn at build time.
import { printPage } from "../scripts/page-loader/printPage.ts";

await printPage(new URL("outcomes.md.tmpl", import.meta.url));
