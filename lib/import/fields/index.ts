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
