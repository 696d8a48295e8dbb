// Every TanStack Query key in one place; a key holds every input of its query.
export const queryKeys = {
  /** A dashboard view's data of one kind (lib/share/report-kinds.ts); `search` is its query string. */
  report: (slug: string, kind: string, search: string) => ["workspace", slug, kind, search] as const,
  /** The same through a share link: the link's saved filters decide, so the search is not part of it. */
  sharedReport: (token: string, kind: string) => ["share", token, kind] as const,
  /** The customers page's target lists and their pickers (workspace only, never shared). */
  customerTargets: (slug: string, search: string) => ["workspace", slug, "customers", "targets", search] as const,
  customerTargetOptions: (slug: string) => ["workspace", slug, "customers", "target-options"] as const,
};
