import "server-only";
import { type Env, parseEnv } from "@/lib/env-schema";

let cached: Env | undefined;

/** The validated environment of this server process. */
export function readEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
