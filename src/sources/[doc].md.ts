// A source page (template: [doc].md.tmpl) with its listing of lines written into the page for readers
// without JavaScript; Framework passes the document's id as --doc=<id>.
import { printPage } from "../../scripts/page-loader/printPage.ts";

await printPage(new URL("[doc].md.tmpl", import.meta.url));
