import type { ReportPage } from "../schemas/share";
import type { ReportKind } from "./report-kinds";

// A page's URL parameters that belong to one section only: the A/B test picker (offers) and the lifetime
// value settings and target lists (customers).
export const TEST_PARAMS = ["test", "control", "split"] as const;
export const CLV_PARAMS = ["cal", "discount"] as const;
export const TARGET_PARAMS = ["opp", "x", "y", "family", "tier", "sku", "days"] as const;

/** The given keys of `params` that are set, in that order. */
export function pickParams(params: URLSearchParams, keys: readonly string[]): string {
  const out = new URLSearchParams();
  for (const k of keys) {
    const v = params.get(k);
    if (v !== null && v !== "") out.set(k, v);
  }
  return out.toString();
}

/**
 * The query string a page asks one kind of its data with, from the page's URL parameters: the same on
 * the server, which loads the page's first data with it, and in the browser, whose TanStack Query keys
 * hold it. Kinds a page reads whole ("filter-options", "summary", "customers") take none.
 */
export function reportSearch(kind: ReportKind, params: URLSearchParams): string {
  switch (kind) {
    case "overview":
    case "campaigns":
    case "products":
    // Segments without "by": the server opens on the breakdown the workspace's data chooses.
    case "segments":
      return params.toString();
    case "offers":
      return new URLSearchParams([...params.entries()].filter(([k]) => !(TEST_PARAMS as readonly string[]).includes(k))).toString();
    case "customers/predicted":
      return pickParams(params, CLV_PARAMS);
    default:
      return "";
  }
}

/** The kinds a workspace page loads before it is shown: all it reads, but the A/B test (it needs a
 * test chosen first) and predicted lifetime value (a fit can take seconds: the page shows the rest
 * meanwhile). */
export const PREFETCHED_KINDS = {
  overview: ["overview", "filter-options", "summary"],
  segments: ["segments", "filter-options"],
  campaigns: ["campaigns"],
  offers: ["offers", "filter-options"],
  products: ["products"],
  customers: ["customers"],
} as const satisfies Record<ReportPage, readonly ReportKind[]>;
