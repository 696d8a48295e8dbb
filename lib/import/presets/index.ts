import type { PresetId } from "../format";
import type { Preset } from "./preset";
import { SHOPIFY_CUSTOMERS } from "./shopify-customers";
import { SHOPIFY_ORDERS } from "./shopify-orders";
import { SHOPIFY_PRODUCTS } from "./shopify-products";
import { UCI_ONLINE_RETAIL } from "./uci-online-retail";
import { WOOCOMMERCE_ORDERS } from "./woocommerce-orders";
import { WOOCOMMERCE_PRODUCTS } from "./woocommerce-products";

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  shopify_orders: SHOPIFY_ORDERS,
  shopify_customers: SHOPIFY_CUSTOMERS,
  shopify_products: SHOPIFY_PRODUCTS,
  woocommerce_orders: WOOCOMMERCE_ORDERS,
  woocommerce_products: WOOCOMMERCE_PRODUCTS,
  uci_online_retail: UCI_ONLINE_RETAIL,
};
