import { z } from "zod";
import { campaignTypeSchema } from "./kinds";

// One schema per kind, shaped for db/schema/commerce.ts and marketing.ts but keyed by the file's own
// ids: the database engineer resolves them to row ids. Every record keeps its physical `line`.

const line = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/); // YYYY-MM-DD, as written (no time zone shift)
const epochMs = z.number().int(); // UTC instant

/** Who a row is about. Database key = customerId, else a salted hash of customerEmail, else of
 * customerPhone (only used when a file has neither id nor e-mail column). E-mail and phone appear
 * nowhere else and must never be stored in clear. */
const customerRef = {
  customerId: z.string().min(1).nullable(),
  customerEmail: z.string().min(1).nullable(), // trimmed, lowercased
  customerPhone: z.string().min(1).nullable(), // spaces and punctuation removed
};

export const orderLineRecordSchema = z.object({
  line,
  orderId: z.string().min(1),
  orderedAt: epochMs,
  ...customerRef,
  /** The file's line_no, else the physical line number: unique within the file, needs no memory. */
  lineNo: z.number().int(),
  /** The file's SKU; a line without one uses its product name as SKU. */
  sku: z.string().min(1),
  productName: z.string().nullable(),
  /** For a product first seen on this line: the family its name implies (Shopify and WooCommerce name
   * a variant "Product - Option / Option") and, where the line price is the variant's own (Shopify),
   * its price. A products file replaces both. */
  productFamily: z.string().min(1).optional(),
  productPrice: z.number().nonnegative().optional(),
  category: z.string().nullable(),
  quantity: z.number(), // negative = return line
  unitPrice: z.number().nonnegative(),
  discount: z.number().nonnegative(), // amount off the whole line
  status: z.string().nullable(), // normalised (see normalize-status.ts); refunded/cancelled/voided are not sales
  channel: z.string().nullable(),
  currency: z.string().nullable(),
  /** The customer's address on the order (billing, else shipping), as written; absent = the file has none. */
  city: z.string().nullable().optional(),
  region: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
});
export type OrderLineRecord = z.infer<typeof orderLineRecordSchema>;

export const customerRecordSchema = z.object({
  line,
  ...customerRef,
  signupDate: isoDate.nullable(),
  birthYear: z.number().int().nullable(),
  gender: z.string().nullable(), // female | male | other, else as written (lowercase)
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  channel: z.string().nullable(),
  marketingOptOut: z.boolean().nullable(), // null = the file does not say
  /** Every other column (key = original header), except dropped personal data. */
  attributes: z.record(z.string(), z.string()),
});
export type CustomerRecord = z.infer<typeof customerRecordSchema>;

export const productRecordSchema = z.object({
  line,
  sku: z.string().min(1),
  name: z.string().min(1),
  category: z.string().nullable(),
  family: z.string().nullable(),
  tier: z.number().int().nullable(),
  price: z.number().nonnegative().nullable(),
  cost: z.number().nonnegative().nullable(),
  /** The shop's own declared pairs (WooCommerce's Upsells and Cross-sells): the products it offers
   * with this one, as the file names them (a SKU, or "id:ID"); absent when the file has no such column. */
  upsells: z.array(z.string().min(1)).optional(),
  crossSells: z.array(z.string().min(1)).optional(),
});
export type ProductRecord = z.infer<typeof productRecordSchema>;

export const campaignRecordSchema = z.object({
  line,
  campaignId: z.string().min(1),
  name: z.string().min(1),
  type: campaignTypeSchema,
  startDate: isoDate,
  endDate: isoDate.nullable(),
  cost: z.number().nonnegative().nullable(),
  channel: z.string().nullable(),
  placement: z.string().nullable(),
  targetSegment: z.string().nullable(),
  promotedSkus: z.array(z.string().min(1)),
});
export type CampaignRecord = z.infer<typeof campaignRecordSchema>;

export const offerRecordSchema = z.object({
  line,
  /** The file's offer id; without one the database engineer derives a key after hashing the customer. */
  offerId: z.string().min(1).nullable(),
  ...customerRef,
  campaignId: z.string().min(1),
  shownAt: epochMs,
  accepted: z.boolean(),
  variant: z.string().nullable(),
  placement: z.string().nullable(),
  orderId: z.string().nullable(),
  revenue: z.number().nullable(),
});
export type OfferRecord = z.infer<typeof offerRecordSchema>;

export const feedbackRecordSchema = z.object({
  line,
  ...customerRef,
  date: isoDate,
  rating: z.number(),
  scale: z.union([z.literal(5), z.literal(10)]), // 5 = 1-5, 10 = 0-10; one scale per file
  campaignId: z.string().nullable(),
  comment: z.string().nullable(),
});
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>;
