import { z } from "zod";
import { CAMPAIGN_TYPES } from "../schemas/campaign-types";
import { CSV_KINDS } from "../schemas/import-kinds";

export { CSV_KINDS };
export const csvKindSchema = z.enum(CSV_KINDS);
export type CsvKind = z.infer<typeof csvKindSchema>;

export const campaignTypeSchema = z.enum(CAMPAIGN_TYPES);
