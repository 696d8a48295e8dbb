import { z } from "zod";

// Every environment variable Liftboard reads, parsed once (documented in the README).
const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("data/liftboard.db"),
  LIFTBOARD_URL: z.url().optional(),
  LIFTBOARD_SECRET: z.string().min(32).optional(),
  LIFTBOARD_ADMIN_EMAIL: z.email().optional(),
  LIFTBOARD_ADMIN_PASSWORD: z.string().min(8).optional(),
  LIFTBOARD_SIGNIN_LIMIT: z.coerce.number().int().positive().default(5),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // `VAR=` in a shell or .env file means "not set", as it does for most tools.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}
