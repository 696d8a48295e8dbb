/** The six kinds a CSV can hold. */
export const CSV_KINDS = ["orders", "customers", "products", "campaigns", "offers", "feedback"] as const;
/** Every kind of import: a CSV's, or the demo data. */
export const IMPORT_KINDS = [...CSV_KINDS, "demo"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
