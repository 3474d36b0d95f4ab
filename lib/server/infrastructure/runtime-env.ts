import "server-only";
// What every production process sets before anything reads the environment. `npm start` runs the supervisor
// (scripts/start.ts), which exits, then replaces its shell with the server (scripts/serve.ts): two processes that
// cannot hand each other variables, so both call this. No "server-only" guard: both are plain Node scripts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { DEFAULT_DATABASE_URL } from "../create-prisma-client";

/** DATABASE_URL and AUTH_TRUST_HOST defaults, no telemetry, and AUTH_SECRET from data/auth-secret when unset. */
export function applyRuntimeDefaults(
  env: Record<string, string | undefined> = process.env,
  root = process.cwd(),
): void {
  env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
  env.NEXT_TELEMETRY_DISABLED = "1";
  env.AUTH_TRUST_HOST ??= "true";
  env.AUTH_SECRET ||= readOrCreateSecret(path.join(root, "data/auth-secret"));
}

/**
 * Keeps WebAssembly on V8's baseline compiler in this process; call it before the first database query. Prisma's
 * query compiler is a large WebAssembly module: V8's optimising tier recompiles its hot functions for ~70 MB of
 * resident memory and ~0.5 s of CPU at start, for ~10 ms less CPU on a 400-segment editor page (bench/memory.ts,
 * bench/editor-speed.ts). On a small server the memory matters more.
 */
export function keepWebAssemblyOnBaselineCompiler(): void {
  v8.setFlagsFromString("--liftoff-only");
}

// Made once, on the first start, and kept: sessions survive restarts
function readOrCreateSecret(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  return readFileSync(file, "utf8").trim();
}
