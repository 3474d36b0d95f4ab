import { handleSegmentSave } from "@/lib/server/segments/handle-segment-save";

// The editor's save. `npm start` answers it in scripts/serve.ts before Next (the same handler, without the
// framework's per-request cost); this route serves `npm run dev` and any deployment on plain `next start`.
export async function POST(request: Request, context: RouteContext<"/api/segments/[id]">) {
  const answer = await handleSegmentSave({
    cookieHeader: request.headers.get("cookie"),
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
    segmentId: (await context.params).id,
    body: await request.text(),
  });
  return Response.json(answer.body, { status: answer.status });
}
