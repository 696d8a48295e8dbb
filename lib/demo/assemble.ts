import { DAYS, DAY_MS, type Calendar } from "./calendar";
import type { Catalog } from "./catalog";
import type { CustomerPool } from "./customers";
import { ORDER_CHANNELS, STATUS, type RawOrders } from "./orders";
import type { DemoOrder, DemoOrderLine } from "./types";

/**
 * Turns the per-customer raw orders into chronological rows with keys O0000001, ...
 * A counting sort by day, then a sort within each day, keeps this O(n) in practice.
 */
export function assembleOrders(
  raw: RawOrders,
  cal: Calendar,
  catalog: Catalog,
  pool: CustomerPool,
): { orders: DemoOrder[]; lines: DemoOrderLine[]; orderKeyOf: string[] } {
  const n = raw.customer.length;
  const utc = raw.utc.data;
  const start = cal.utcMidnight[0];
  const dayStart = new Int32Array(DAYS + 1);
  for (let i = 0; i < n; i++) dayStart[Math.floor((utc[i] - start) / DAY_MS) + 1]++;
  for (let d = 0; d < DAYS; d++) dayStart[d + 1] += dayStart[d];
  const fill = dayStart.slice(0, DAYS);
  const sorted = new Uint32Array(n);
  for (let i = 0; i < n; i++) sorted[fill[Math.floor((utc[i] - start) / DAY_MS)]++] = i;
  const byTime = (a: number, b: number): number => utc[a] - utc[b] || a - b;
  for (let d = 0; d < DAYS; d++) sorted.subarray(dayStart[d], dayStart[d + 1]).sort(byTime);

  const orders: DemoOrder[] = new Array(n);
  const lines: DemoOrderLine[] = new Array(raw.product.length);
  const orderKeyOf: string[] = new Array(n);
  let out = 0;
  for (let r = 0; r < n; r++) {
    const i = sorted[r];
    const orderKey = `O${String(r + 1).padStart(7, "0")}`;
    orderKeyOf[i] = orderKey;
    orders[r] = {
      orderKey,
      customerKey: pool.rows[raw.customer.data[i]].customerKey,
      orderedAt: new Date(utc[i]),
      status: STATUS[raw.status.data[i]],
      channel: ORDER_CHANNELS[raw.channel.data[i]],
      currency: "EUR",
    };
    const from = raw.lineStart.data[i];
    const count = raw.lineCount.data[i];
    for (let l = 0; l < count; l++) {
      const p = raw.product.data[from + l];
      lines[out++] = {
        orderKey,
        lineNo: l + 1,
        sku: catalog.products[p].sku,
        quantity: raw.quantity.data[from + l],
        unitPrice: catalog.products[p].price,
        discount: raw.discountCents.data[from + l] / 100,
      };
    }
  }
  return { orders, lines, orderKeyOf };
}
