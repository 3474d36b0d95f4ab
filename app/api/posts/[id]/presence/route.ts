import { AppError } from "@/lib/errors";
import { getRequestUser } from "@/lib/server/accounts/request-user";
import { errorResponse } from "@/lib/server/infrastructure/respond";
import { announcePresence, watchPresence } from "@/lib/server/presence/presence";

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
    const encoder = new TextEncoder();
    // subscribe before opening the stream, so a refused request (permission, unknown post) gets its JSON error;
    // what arrives before the stream starts waits in `pending`
    let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
    let pending: Uint8Array[] = [];
    const send = (data: unknown) => {
      const chunk = encoder.encode(`event: presence\ndata: ${JSON.stringify(data)}\n\n`);
      if (!controller) return void pending.push(chunk);
      try {
        controller.enqueue(chunk);
      } catch {
        stop();
      }
    };
    const stop = watchPresence({
      actor,
      postId: (await context.params).id,
      onChange: (entries) => send(entries.map(({ userId, name, segmentId }) => ({ userId, name, segmentId }))),
    });
    const stream = new ReadableStream<Uint8Array>({
      start(streamController) {
        controller = streamController;
        for (const chunk of pending) streamController.enqueue(chunk);
        pending = [];
        request.signal.addEventListener("abort", () => {
          stop();
          try {
            streamController.close();
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
