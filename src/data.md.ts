// The data page (template: data.md.tmpl) with its citation written at build time: the corpus version and
// the documents to cite, for a reader whose browser runs no scripts too.
import { printPage } from "../scripts/page-loader/printPage.ts";

await printPage(new URL("data.md.tmpl", import.meta.url));
