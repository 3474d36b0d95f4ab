import { checkHealth } from "@/lib/server/infrastructure/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(
    { status: health.ok ? "ok" : "degraded", database: health.database, latencyMs: health.latencyMs },
    { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
