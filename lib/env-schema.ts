import { z } from "zod";

// Every environment variable Retouche reads, in one schema. The server validates it at boot (instrumentation.ts)
// and `npm start` before anything else, so a bad value fails loudly at once. `.env.example` documents each one.
const booleanString = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? fallback : v === "true" || v === "1"));

export const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "must be a file: URL (SQLite), e.g. file:./data/retouche.db")
    .default("file:./data/retouche.db"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  AUTH_TRUST_HOST: booleanString(true),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  APP_URL: z.url().optional(),
  SEED_DEMO: booleanString(true),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
  FETCH_ALLOW_PRIVATE: booleanString(false),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  INVITE_TTL_DAYS: z.coerce.number().int().positive().default(7),
  /** Publish gate: warn, then block, above these shares of untouched machine text (Content Translation's values). */
  PUBLISH_WARN_UNTOUCHED: z.coerce.number().min(0).max(1).default(0.85),
  PUBLISH_BLOCK_UNTOUCHED: z.coerce.number().min(0).max(1).default(0.95),
  /** Spelling dictionaries loaded at boot (comma-separated); others load on first use. */
  QA_PRELOAD_LANGUAGES: z
    .string()
    .default("en,fr")
    .transform((v) =>
      v
        .split(",")
        .map((l) => l.trim())
        .filter(Boolean),
    ),
});

export type Env = z.infer<typeof envSchema>;

/**
 * Parses an environment, or throws one error that names every bad variable. The web server needs AUTH_SECRET;
 * command-line tools (import, qa, seed) do not.
 */
export function parseEnv(source: Record<string, string | undefined>, options: { server?: boolean } = {}): Env {
  const parsed = envSchema.safeParse(source);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
  if (options.server && !source.AUTH_SECRET) problems.push("AUTH_SECRET is required by the web server");
  if (problems.length) throw new Error(`Invalid environment (see .env.example): ${problems.join("; ")}`);
  return parsed.data as Env;
}
