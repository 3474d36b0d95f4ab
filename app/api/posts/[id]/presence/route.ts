import { AppError } from "@/lib/errors";
import { announcePresence, watchPresence } from "@/lib/server/presence";
import { getRequestUser } from "@/lib/server/request-user";
import { errorResponse } from "@/lib/server/respond";

export const dynamic = "force-dynamic";

async function requireUser(request: Request) {
  const actor = await getRequestUser(request);
  if (!actor) throw new AppError("unauthenticated", "Sign in to continue.");
  return actor;
}

/** Server-sent events: the list of people on this post and the segment each is editing. */
export async function GET(request: Request, context: RouteContext<"/api/posts/[id]/presence">) {
  try {
    const actor = await requireUser(request);
    const postId = Number((await context.params).id);
    const encoder = new TextEncoder();
    let stop = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (data: unknown) => {
          try {
            controller.enqueue(encoder.encode(`event: presence\ndata: ${JSON.stringify(data)}\n\n`));
          } catch {
            stop();
          }
        };
        stop = watchPresence({
          actor,
          postId,
          onChange: (entries) => send(entries.map(({ userId, name, segmentId }) => ({ userId, name, segmentId }))),
        });
        request.signal.addEventListener("abort", () => {
          stop();
          try {
            controller.close();
          } catch {
            // already closed by the client
          }
        });
      },
      cancel() {
        stop();
      },
    });
    return new Response(stream, {
      headers: { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/** A heartbeat: `{ segmentId }` (or null), or `{ leaving: true }` when the page closes (sendBeacon). */
export async function POST(request: Request, context: RouteContext<"/api/posts/[id]/presence">) {
  try {
    const actor = await requireUser(request);
    const body = JSON.parse((await request.text()) || "{}") as { segmentId?: unknown; leaving?: unknown };
    announcePresence({
      actor,
      postId: (await context.params).id,
      segmentId: body.segmentId ?? null,
      leaving: body.leaving === true,
    });
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
