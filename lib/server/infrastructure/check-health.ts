import "server-only";
import { db } from "@/lib/server/db";

/** For GET /api/health: the app answers and its database does. No login, no details an attacker could use. */
export async function checkHealth(): Promise<{ ok: boolean; database: "ok" | "unreachable"; latencyMs: number }> {
  const started = performance.now();
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return { ok: true, database: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    console.error("health check: database unreachable", error);
    return { ok: false, database: "unreachable", latencyMs: Math.round(performance.now() - started) };
  }
}
