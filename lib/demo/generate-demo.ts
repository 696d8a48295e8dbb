import { assembleOrders } from "./assemble";
import { buildCalendar, DEMO_END, DEMO_START } from "./calendar";
import { buildCampaigns } from "./campaigns";
import { buildCatalog } from "./catalog";
import { generateCustomers } from "./customers";
import { OrderProcess } from "./orders";
import { Rng, streamSeed } from "./random";
import type { DemoCustomerAttribute, DemoData } from "./types";

export type * from "./types";

export const DEFAULT_DEMO_SEED = 20261031;
const CUSTOMERS_PER_SCALE = 16000;
const ORDERS_PER_SCALE = 36000;

export interface GenerateDemoOptions {
  seed?: number;
  /** Multiplies customers and orders (1 = 16,000 customers and about 36,000 orders). */
  scale?: number;
}

/**
 * A deterministic demo shop: same seed and scale, same rows. Pure: no clock, no I/O, no global
 * randomness. The campaign effects in the data come from the generating process itself.
 */
export function generateDemo(options: GenerateDemoOptions = {}): DemoData {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`scale must be a positive number, got ${scale}`);

  const cal = buildCalendar();
  const catalog = buildCatalog(new Rng(streamSeed(seed, 1)));
  const pool = generateCustomers(new Rng(streamSeed(seed, 2)), cal, Math.max(1, Math.round(CUSTOMERS_PER_SCALE * scale)), catalog);
  const process = new OrderProcess(new Rng(streamSeed(seed, 3)), cal, catalog, pool, new Rng(streamSeed(seed, 4)));
  process.run(ORDERS_PER_SCALE * scale);
  const { orders, lines, orderKeyOf } = assembleOrders(process.raw, cal, catalog, pool);

  // Loyalty tier follows actual spend in the last 12 months, like a real programme.
  const customerAttributes: DemoCustomerAttribute[] = new Array(pool.count * 2);
  for (let i = 0; i < pool.count; i++) {
    const spend = process.spendLastYear[i];
    const customerKey = pool.rows[i].customerKey;
    customerAttributes[2 * i] = { customerKey, key: "loyalty_tier", value: spend >= 2500 ? "gold" : spend >= 600 ? "silver" : "none" };
    customerAttributes[2 * i + 1] = { customerKey, key: "newsletter", value: pool.newsletter[i] ? "yes" : "no" };
  }

  return {
    seed,
    scale,
    startDate: DEMO_START,
    endDate: DEMO_END,
    currency: "EUR",
    customers: pool.rows,
    customerAttributes,
    products: catalog.products,
    orders,
    orderLines: lines,
    campaigns: buildCampaigns(catalog),
    offers: process.offers.finish(orderKeyOf),
    feedback: process.feedback.rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}
