// Every TanStack Query key in one place; a key holds every input of its query.
export const queryKeys = {
  summary: (slug: string) => ["workspace", slug, "summary"] as const,
  overview: (slug: string, search: string) => ["workspace", slug, "overview", search] as const,
  filterOptions: (slug: string) => ["workspace", slug, "filter-options"] as const,
  campaigns: (slug: string, search: string) => ["workspace", slug, "campaigns", search] as const,
  segments: (slug: string, search: string) => ["workspace", slug, "segments", search] as const,
  products: (slug: string, search: string) => ["workspace", slug, "products", search] as const,
  offers: (slug: string, search: string) => ["workspace", slug, "offers", search] as const,
  abTest: (slug: string, search: string) => ["workspace", slug, "abtest", search] as const,
};
