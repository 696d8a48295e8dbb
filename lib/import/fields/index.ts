import type { ImportFormat } from "../format";
import type { CsvKind } from "../kinds";
import type { KindSpec } from "./field-spec";
import { CAMPAIGNS_SPEC } from "./campaigns";
import { CUSTOMERS_SPEC } from "./customers";
import { FEEDBACK_SPEC } from "./feedback";
import { OFFERS_SPEC } from "./offers";
import { ORDERS_SPEC } from "./orders";
import { PRODUCTS_SPEC } from "./products";

export const KIND_SPECS: Readonly<Record<CsvKind, KindSpec>> = {
  orders: ORDERS_SPEC,
  customers: CUSTOMERS_SPEC,
  products: PRODUCTS_SPEC,
  campaigns: CAMPAIGNS_SPEC,
  offers: OFFERS_SPEC,
  feedback: FEEDBACK_SPEC,
};

/** The field groups a file read with `format` must have a column for (any one field of a group will do):
 * its kind's, less the customer when the reader said an orders file has none (a till's export). */
export function requiredGroups(format: Pick<ImportFormat, "kind" | "withoutCustomers">): KindSpec["required"] {
  const { required } = KIND_SPECS[format.kind];
  return format.kind === "orders" && format.withoutCustomers ? required.filter((group) => !group.includes("customer_id")) : required;
}
