/** A view's query string in one canonical form (keys sorted, no leading "?"), so the same view
 * saved twice stores the same text. Sorting is stable: repeated keys keep their order. */
export function normalizeReportQuery(search: string): string {
  const params = new URLSearchParams(search.trim());
  params.sort();
  return params.toString();
}
