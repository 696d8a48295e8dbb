import { z } from "zod";

/** A date-time as written in the file. offsetMinutes null = wall-clock time in the workspace time zone. */
export const localDateTimeSchema = z.object({
  y: z.number().int(),
  m: z.number().int().min(1).max(12),
  d: z.number().int().min(1).max(31),
  hh: z.number().int().min(0).max(23),
  mm: z.number().int().min(0).max(59),
  ss: z.number().int().min(0).max(59),
  offsetMinutes: z.number().int().nullable(),
});
export type LocalDateTime = z.infer<typeof localDateTimeSchema>;
