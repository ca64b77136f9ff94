// Every figure and statement opens the line it was read from on the Sources page.
export function sourceHref(docId: string, line: number): string {
  return `./sources?doc=${encodeURIComponent(docId)}#L${line}`;
}
