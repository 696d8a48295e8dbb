// Every TanStack Query key in one place; a key holds every input of its query.
export const queryKeys = {
  summary: (slug: string) => ["workspace", slug, "summary"] as const,
};
