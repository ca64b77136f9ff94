// The participation page (template: participation.md.tmpl) with its default matrix drawn at build time.
import { printPage } from "../scripts/page-loader/printPage.ts";

await printPage(new URL("participation.md.tmpl", import.meta.url));
