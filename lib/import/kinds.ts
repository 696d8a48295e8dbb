import { z } from "zod";
import type { ImportKind } from "@/db/schema/imports";
import type { CampaignType } from "@/db/schema/marketing";

/** The six kinds a CSV can hold (the imports table also knows "demo", which no file is). */
export const CSV_KINDS = ["orders", "customers", "products", "campaigns", "offers", "feedback"] as const satisfies readonly ImportKind[];
export const csvKindSchema = z.enum(CSV_KINDS);
export type CsvKind = z.infer<typeof csvKindSchema>;

// Repeated here (type-checked against the table) so this library never loads drizzle in a browser bundle.
export const CAMPAIGN_TYPE_VALUES = ["cross_sell", "upsell", "deep_sell", "bundle"] as const satisfies readonly CampaignType[];
export const campaignTypeSchema = z.enum(CAMPAIGN_TYPE_VALUES);
