import { z } from "zod";

/** A calendar day as YYYY-MM-DD, one that exists ("2025-13-45" and "2025-02-30" do not). */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2025-10-31")
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, "No such day: use a date like 2025-10-31");
