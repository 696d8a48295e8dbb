import { z } from "zod";
import { presetIdSchema } from "../format";
import { csvKindSchema } from "../kinds";

/** One answer to "what is this file?": a kind (maybe a known preset), how sure, and its column mapping. */
export const kindGuessSchema = z.object({
  kind: csvKindSchema,
  preset: presetIdSchema.nullable(),
  confidence: z.number().min(0).max(1),
  /** canonical field → column index */
  columns: z.record(z.string(), z.number().int().nonnegative()),
});
export type KindGuess = z.infer<typeof kindGuessSchema>;
