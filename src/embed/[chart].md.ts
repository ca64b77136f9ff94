// An embed page (template: [chart].md.tmpl) with its chart's default view drawn at build time; Framework
// passes the chart's name as --chart=<name>.
import { printPage } from "../../scripts/page-loader/printPage.ts";

await printPage(new URL("[chart].md.tmpl", import.meta.url));
