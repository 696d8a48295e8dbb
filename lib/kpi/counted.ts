/** Order statuses that are not sales (see docs/kpis.md, "Counted orders"). */
export const UNCOUNTED_STATUSES = ["refunded", "cancelled", "canceled", "voided"] as const;
