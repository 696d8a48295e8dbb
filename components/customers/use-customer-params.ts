"use client";

import { useReportView } from "@/components/report-view/report-view";

/** URL parameters of each section: a copied link shows the same view. */
export const CLV_PARAMS = ["cal", "discount"] as const;
export const TARGET_PARAMS = ["opp", "x", "y", "family", "tier", "sku", "days"] as const;

/** The customers page's state, all in the URL (fixed when the page is a shared report). */
export function useCustomerParams() {
  const { params, update, locked } = useReportView();
  const pick = (keys: readonly string[]) => {
    const out = new URLSearchParams();
    for (const k of keys) {
      const v = params.get(k);
      if (v !== null && v !== "") out.set(k, v);
    }
    return out.toString();
  };
  return { params, update, locked, clvSearch: pick(CLV_PARAMS), targetSearch: pick([...CLV_PARAMS, ...TARGET_PARAMS]) };
}
