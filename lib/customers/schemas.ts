import { z } from "zod";
import { daySchema } from "../schemas/day";

const day = daySchema;
const sku = z.string().trim().min(1, "Give a sku").max(200);

/** The predicted-value section's settings, as in the URL (?cal=…&discount=…) and on the CLI. */
export const clvQuerySchema = z.object({
  /** Last day of the calibration period; default: 90 days before the last day of data. */
  cal: day.optional(),
  /** Discount rate per month; 0.01 (1% a month, ≈12.7% a year) as in lib/clv. */
  discount: z.coerce.number().min(0, "The discount rate cannot be negative").max(0.1, "Use a monthly rate of at most 0.1 (10% a month)").default(0.01),
});
export type ClvQuery = z.infer<typeof clvQuerySchema>;

export const OPPORTUNITY_KINDS = ["pair", "upgrade", "deep"] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

/** A target list request, flat as in the URL: ?opp=pair&x=SKU&y=SKU, ?opp=upgrade&family=F&tier=1,
 * ?opp=deep&sku=SKU[&days=60]; plus the model settings the ranking uses. */
export const targetQuerySchema = clvQuerySchema
  .extend({
    opp: z.enum(OPPORTUNITY_KINDS, "Choose an opportunity: pair, upgrade or deep"),
    x: sku.optional(),
    y: sku.optional(),
    family: z.string().trim().min(1).max(200).optional(),
    tier: z.coerce.number().int().min(1).max(1000).optional(),
    sku: sku.optional(),
    /** Deep-sell: "not recently" = no purchase of the sku in this many days; default its mean repurchase interval. */
    days: z.coerce.number().int().min(1).max(3650).optional(),
    /** Rows returned, best first; the list's size and expected revenue always cover all of it. */
    limit: z.coerce.number().int().min(1).max(10_000_000).default(25),
  })
  .superRefine((q, ctx) => {
    const need = (field: "x" | "y" | "family" | "tier" | "sku", message: string) => {
      if (q[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message });
    };
    if (q.opp === "pair") {
      need("x", "A bought-together target needs x, the sku they bought");
      need("y", "A bought-together target needs y, the sku they did not buy");
      if (q.x !== undefined && q.x === q.y) ctx.addIssue({ code: "custom", path: ["y"], message: "x and y must be different skus" });
    }
    if (q.opp === "upgrade") {
      need("family", "An upgrade target needs family, the product family");
      need("tier", "An upgrade target needs tier, the tier they bought");
    }
    if (q.opp === "deep") need("sku", "A deep-sell target needs sku, the consumable");
  });
export type TargetQuery = z.infer<typeof targetQuerySchema>;

export type Opportunity =
  { kind: "pair"; x: string; y: string } | { kind: "upgrade"; family: string; tier: number } | { kind: "deep"; sku: string; days: number | null };

/** The flat, validated query as one opportunity. */
export function toOpportunity(q: TargetQuery): Opportunity {
  if (q.opp === "pair") return { kind: "pair", x: q.x!, y: q.y! };
  if (q.opp === "upgrade") return { kind: "upgrade", family: q.family!, tier: q.tier! };
  return { kind: "deep", sku: q.sku!, days: q.days ?? null };
}
