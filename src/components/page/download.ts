// Download links for a table or the current filtered view: CSV, CSV for Danish Excel, and the
// Parquet file when there is one. Files are made in the browser (blob: URLs), never fetched.
import { toCsv, toExcelCsv, type CsvColumn } from "./csv.js";

export interface DownloadOptions {
  /** File name without extension. */
  name: string;
  columns: CsvColumn[];
  /** URL of the published Parquet file for the whole table. */
  parquet?: string;
}

function link(label: string, file: string, make: () => Blob): HTMLAnchorElement {
  const a = document.createElement("a");
  a.textContent = label;
  a.download = file;
  a.href = "#";
  a.dataset.format = label;
  // The file is made on first click, so a page with many tables does not build them all up front.
  a.addEventListener(
    "click",
    () => {
      if (a.href.startsWith("blob:")) return;
      a.href = URL.createObjectURL(make());
    },
    { capture: true },
  );
  return a;
}

export function downloadLinks(rows: Array<Record<string, unknown>>, { name, columns, parquet }: DownloadOptions): HTMLElement {
  const span = document.createElement("span");
  span.className = "downloads";
  const csv = "text/csv;charset=utf-8";
  const links = [
    link("CSV", `${name}.csv`, () => new Blob([toCsv(rows, columns)], { type: csv })),
    link("CSV (Excel, dansk)", `${name}.excel-da.csv`, () => new Blob([toExcelCsv(rows, columns)], { type: csv })),
  ];
  if (parquet) {
    const a = document.createElement("a");
    a.textContent = "Parquet";
    a.href = parquet;
    a.download = `${name}.parquet`;
    a.dataset.format = "Parquet";
    links.unshift(a);
  }
  span.append("Download: ", ...links.flatMap((a, i) => (i ? [" · ", a] : [a])));
  return span;
}
