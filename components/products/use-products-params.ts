"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { PRODUCTS_DEFAULTS } from "@/lib/basket/products-query";

export type ProductsParam = keyof typeof PRODUCTS_DEFAULTS | "from" | "to";

/** The products view lives in the URL, so a copied link shows the same rules. A value equal to its
 * default is left out to keep links short; the API fills the same defaults. */
export function useProductsParams() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const get = (key: ProductsParam): string => params.get(key) ?? (key === "from" || key === "to" ? "" : String(PRODUCTS_DEFAULTS[key]));

  function update(changes: Partial<Record<ProductsParam, string>>) {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(changes) as [ProductsParam, string][]) {
      const blank = value.trim() === "" || (key !== "from" && key !== "to" && value === String(PRODUCTS_DEFAULTS[key]));
      if (blank) next.delete(key);
      else next.set(key, value.trim());
    }
    const qs = next.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  }

  const reset = () => router.replace(pathname, { scroll: false });
  return { search: params.toString(), get, update, reset, changed: params.size > 0 };
}
