import { z } from "zod";

export const emailSchema = z.email("Enter a valid e-mail address").trim().toLowerCase();
export const passwordSchema = z.string().min(8, "Use at least 8 characters").max(128, "Use at most 128 characters");
