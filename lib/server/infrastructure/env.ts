// No "server-only" guard: read by the session resolver, which the lean save server shares with Next.
import { type Env, parseEnv } from "@/lib/env-schema";

let cached: Env | undefined;

/** The validated environment of this server process. */
export function readEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
