import type { ReportPage } from "@/lib/schemas/share";

/** The data a dashboard page reads, one API route each (/api/v1/workspaces/SLUG/<kind>). A share
 * link of a page may read exactly these kinds and nothing else (so no target lists, which name
 * customers). */
export const REPORT_KINDS = {
  overview: ["overview", "filter-options", "summary"],
  segments: ["segments", "filter-options"],
  campaigns: ["campaigns"],
  offers: ["offers", "abtest", "filter-options"],
  products: ["products"],
  customers: ["customers", "customers/predicted"],
} as const satisfies Record<ReportPage, readonly string[]>;

export type ReportKind = (typeof REPORT_KINDS)[ReportPage][number];

export function isReportKindOf(page: ReportPage, kind: string): kind is ReportKind {
  return (REPORT_KINDS[page] as readonly string[]).includes(kind);
}
