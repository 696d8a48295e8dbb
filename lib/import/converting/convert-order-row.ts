import { UNCOUNTED_STATUSES } from "@/lib/kpi/counted";
import type { ConvertContext } from "./convert-context";
import { normalizeStatus } from "./normalize-status";
import { readCustomerRef } from "./read-customer-ref";
import type { OrderLineRecord } from "../records";
import type { RowReader } from "../reading/row-reader";
import { SET_ASIDE } from "./set-aside";
import { toEpochMs } from "./to-epoch-ms";

const NOT_SALES: readonly string[] = UNCOUNTED_STATUSES;

const UCI_NON_PRODUCTS = new Map<string, string>([
  ["POST", SET_ASIDE.shipping],
  ["DOT", SET_ASIDE.shipping],
  ["C2", SET_ASIDE.shipping],
  ["BANK CHARGES", SET_ASIDE.fee],
  ["AMAZONFEE", SET_ASIDE.fee],
  ["CRUK", SET_ASIDE.fee],
]);

/** One order line, or null with the reason in `r.problem`. Order-level cells were already carried
 * from the order's first row (see createOrderGrouper). */
export function convertOrderRow(r: RowReader, ctx: ConvertContext): OrderLineRecord | null {
  const orderId = r.text("order_id", { required: true });
  const when = r.date("order_date", { required: true });
  const customer = readCustomerRef(r, "order line", false, true);
  const sku = r.text("sku");
  const productName = r.text("product_name");
  // A Shopify tip is a line of its own, "Tip" without a SKU: no product, no revenue.
  if (ctx.preset === "shopify_orders" && sku === null && productName === "Tip") return r.aside(SET_ASIDE.tip);
  // UCI marks postage, fees and gift vouchers by their StockCode (whatever the Description says).
  const uciLine =
    ctx.preset === "uci_online_retail" && sku !== null ? (UCI_NON_PRODUCTS.get(sku) ?? (/^gift_\d+_\d+$/.test(sku) ? SET_ASIDE.giftVoucher : null)) : null;
  if (uciLine) return r.aside(uciLine);
  if (sku === null && productName === null) {
    const headers = ["sku", "product_name"].filter((f) => r.has(f)).map((f) => `"${r.header(f)}"`);
    r.fail(
      r.has("sku") ? "sku" : "product_name",
      `${headers.join(" and ")} ${headers.length > 1 ? "are both" : "is"} empty: every order line needs a SKU or product name.`,
    );
  }
  // Exports without line values (WooCommerce) give the order total and its number of products.
  const quantity = r.has("quantity") ? r.number("quantity", { required: true }) : 1;
  const unitPrice = r.has("unit_price") ? r.number("unit_price", { required: true }) : sharedLinePrice(r);
  if (unitPrice !== null && unitPrice < 0) {
    r.fail(
      r.has("unit_price") ? "unit_price" : "order_total",
      `Negative price ${unitPrice}: a price must be 0 or more (write a return as a negative quantity).`,
    );
  }
  // A discount written as "-5,00" means 5 off.
  const discount = Math.abs(r.number("discount") ?? 0);
  const lineNo = r.integer("line_no") ?? r.line;
  const key = sku ?? productName;
  if (r.problem || orderId === null || when === null || key === null || quantity === null || unitPrice === null) return null;
  return {
    line: r.line,
    orderId,
    orderedAt: toEpochMs(when, ctx.timeZone),
    ...customer,
    lineNo,
    sku: key,
    productName,
    ...impliedProduct(productName, unitPrice, ctx),
    category: r.text("category"),
    quantity,
    unitPrice,
    discount,
    status: readStatus(r, orderId, ctx),
    channel: r.text("channel"),
    currency: r.text("currency")?.toUpperCase() ?? null,
    city: r.text("city"),
    region: r.text("region"),
    country: r.text("country"),
  };
}

/** What a Shopify or WooCommerce line name says of its product: "PawProof™ Throw Blanket - Beige /
 * Large" belongs to the family "PawProof™ Throw Blanket". Shopify's line price is the variant's price;
 * WooCommerce's is shared out of the order total, so it says nothing of the product. */
function impliedProduct(name: string | null, unitPrice: number, ctx: ConvertContext): { productFamily?: string; productPrice?: number } {
  if (ctx.preset !== "shopify_orders" && ctx.preset !== "woocommerce_orders") return {};
  const cut = name?.lastIndexOf(" - ") ?? -1;
  const family = cut > 0 ? name!.slice(0, cut).trim() : "";
  if (family === "") return {};
  return ctx.preset === "shopify_orders" ? { productFamily: family, productPrice: unitPrice } : { productFamily: family };
}

function sharedLinePrice(r: RowReader): number | null {
  const total = r.number("order_total", { required: true });
  const shipping = r.number("order_shipping") ?? 0;
  const count = r.integer("order_line_count") ?? 1;
  if (total === null) return null;
  if (count < 1) {
    r.fail("order_line_count", `Expected the number of products in the order (1 or more), found ${count}.`);
    return null;
  }
  return Math.round(((total - shipping) / count) * 100) / 100;
}

function readStatus(r: RowReader, orderId: string, ctx: ConvertContext): string | null {
  const raw = r.text("status");
  let status = raw === null ? null : normalizeStatus(raw);
  const cancelledAt = r.text("cancelled_at");
  if (cancelledAt !== null && (status === null || !NOT_SALES.includes(status))) status = "cancelled";
  if (ctx.preset === "uci_online_retail" && /^c/i.test(orderId)) status = "cancelled";
  return status;
}
