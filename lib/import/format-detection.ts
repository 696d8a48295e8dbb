import { z } from "zod";
import { fileProblemSchema } from "./file-error";
import { importFormatSchema } from "./format";
import { kindGuessSchema } from "./detecting/kind-guess";

const columnRef = { column: z.number().int().nonnegative(), header: z.string() };

/** Everything the import preview shows. `format` holds the decisions (each correctable; pass the
 * corrected format to parseRows); the rest explains them. */
export const formatDetectionSchema = z.object({
  format: importFormatSchema,
  bom: z.boolean(),
  headers: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  /** Other readings of the header, best first (the chosen one included). */
  candidates: z.array(kindGuessSchema.omit({ columns: true })),
  /** canonical field → column, as chosen */
  mapping: z.array(z.object({ field: z.string(), ...columnRef })),
  unmappedColumns: z.array(z.object(columnRef)),
  /** Personal data that is never imported. */
  droppedColumns: z.array(z.object({ ...columnRef, reason: z.enum(["name", "email", "phone", "address", "free_text"]) })),
  /** customers: columns kept as custom attributes */
  attributeColumns: z.array(z.object(columnRef)),
  missingRequired: z.array(z.object({ fields: z.array(z.string()), label: z.string(), suggestion: z.string().nullable() })),
  /** Non-fatal problems, e.g. missing columns the user can still map. */
  problems: z.array(fileProblemSchema),
  notes: z.array(z.string()),
  /** First data rows as split, for the preview table. */
  sampleRows: z.array(z.array(z.string())),
  /** Data rows in the sample (the whole file when the sample is the whole file). */
  sampleRowCount: z.number().int().nonnegative(),
});
export type FormatDetection = z.infer<typeof formatDetectionSchema>;
