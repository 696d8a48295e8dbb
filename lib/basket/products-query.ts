import { z } from "zod";
import { daySchema } from "../schemas/day";

/** The products page's defaults, chosen to lead with signal: on the demo shop (38k orders, 302 products)
 * about 300 product pairs; on a small shop no rule seen in fewer than 5 orders (WooCommerce's top rules were
 * single orders with lift 56), no pair that chance explains, and the rules that add the most orders
 * first (leverage weighs how often a pair occurs, lift alone favours rare pairs). The UI shows them in
 * its controls. */
export const PRODUCTS_DEFAULTS = {
  level: "product",
  minSupport: 0.001,
  minOrders: 5,
  minConfidence: 0.05,
  minLift: 0,
  minLength: 2,
  maxLength: 3,
  hideChance: true,
  sort: "leverage",
} as const;

/** The most rows one answer carries; the total before this cap is reported beside them. */
export const PRODUCTS_ROW_LIMIT = 500;
/** Rule lengths offered. Longer rules are rare and slow to mine at low support. */
export const MAX_RULE_LENGTH = 5;
/** Below this support a busy shop yields tens of thousands of rules; it bounds the mining work. */
export const MIN_SUPPORT_FLOOR = 0.0001;
export const RULE_SORTS = ["leverage", "lift", "support", "confidence"] as const;

const day = daySchema;
const number = (name: string, example: string) => z.coerce.number({ error: `${name} must be a number, e.g. ${example}` });
const share = (name: string, low: number, example: string) =>
  number(name, example)
    .min(low, `${name} is a share of orders from ${low} to 1, e.g. ${example}`)
    .max(1, `${name} is a share of orders from ${low} to 1, e.g. ${example}`);
const ruleLength = (name: string) =>
  number(name, "2")
    .int(`${name} is a whole number of products, from 2 to ${MAX_RULE_LENGTH}`)
    .min(2, `${name} is a whole number of products, from 2 to ${MAX_RULE_LENGTH}`)
    .max(MAX_RULE_LENGTH, `${name} is a whole number of products, from 2 to ${MAX_RULE_LENGTH}`);

/** The products page's view as it appears in the URL: rule thresholds, level, period and sort. */
export const productsQuerySchema = z
  .object({
    level: z.enum(["product", "category"], { error: "level is product or category" }).default(PRODUCTS_DEFAULTS.level),
    minSupport: share("minSupport", MIN_SUPPORT_FLOOR, "0.001 (0.1% of orders)").default(PRODUCTS_DEFAULTS.minSupport),
    minOrders: number("minOrders", "5")
      .int("minOrders is a whole number of orders, e.g. 5")
      .min(1, "minOrders is 1 or more, e.g. 5")
      .default(PRODUCTS_DEFAULTS.minOrders),
    minConfidence: share("minConfidence", 0, "0.05 (5%)").default(PRODUCTS_DEFAULTS.minConfidence),
    minLift: number("minLift", "1.5").min(0, "minLift is a ratio of 0 or more, e.g. 1.5").default(PRODUCTS_DEFAULTS.minLift),
    minLength: ruleLength("minLength").default(PRODUCTS_DEFAULTS.minLength),
    maxLength: ruleLength("maxLength").default(PRODUCTS_DEFAULTS.maxLength),
    hideChance: z.stringbool({ error: "hideChance is true or false" }).default(PRODUCTS_DEFAULTS.hideChance),
    sort: z.enum(RULE_SORTS, { error: `sort is one of ${RULE_SORTS.join(", ")}` }).default(PRODUCTS_DEFAULTS.sort),
    from: day.optional(),
    to: day.optional(),
  })
  .refine((q) => q.maxLength >= q.minLength, { message: "maxLength must be at least minLength", path: ["maxLength"] })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must be on or before to", path: ["to"] });

export type ProductsQuery = z.infer<typeof productsQuerySchema>;
export type RuleSort = ProductsQuery["sort"];
