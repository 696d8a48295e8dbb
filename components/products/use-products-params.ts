"use client";

import { useReportView } from "@/components/report-view/report-view";
import { PRODUCTS_DEFAULTS } from "@/lib/basket/products-query";

export type ProductsParam = keyof typeof PRODUCTS_DEFAULTS | "from" | "to";

/** The products view lives in the URL, so a copied link shows the same rules. A value equal to its
 * default is left out to keep links short; the API fills the same defaults. */
export function useProductsParams() {
  const { params, update: set, navigate, locked } = useReportView();
  const get = (key: ProductsParam): string => params.get(key) ?? (key === "from" || key === "to" ? "" : String(PRODUCTS_DEFAULTS[key]));

  function update(changes: Partial<Record<ProductsParam, string>>) {
    const next: Record<string, string | null> = {};
    for (const [key, value] of Object.entries(changes) as [ProductsParam, string][]) {
      const blank = value.trim() === "" || (key !== "from" && key !== "to" && value === String(PRODUCTS_DEFAULTS[key]));
      next[key] = blank ? null : value.trim();
    }
    set(next);
  }

  const reset = () => navigate(new URLSearchParams());
  return { search: params.toString(), get, update, reset, changed: params.size > 0, locked };
}
