import { AppError } from "@/lib/errors";
import { getRequestUser } from "@/lib/server/request-user";
import { errorResponse } from "@/lib/server/respond";
import { saveSegment } from "@/lib/server/save-segment";

// The editor's save: a plain JSON route (not a server action) so that it skips page revalidation and the full
// session decode; see lib/server/request-user.ts.
export async function POST(request: Request, context: RouteContext<"/api/segments/[id]">) {
  try {
    const actor = await getRequestUser(request);
    if (!actor) throw new AppError("unauthenticated", "Your session has ended. Sign in again to save.");
    const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
    if (!body) throw new AppError("invalid_input", "The request body must be JSON.");
    const segment = await saveSegment({
      actor,
      segmentId: (await context.params).id,
      baseVersion: body.baseVersion,
      text: body.text,
      kind: body.kind,
    });
    return Response.json({ segment });
  } catch (error) {
    return errorResponse(error);
  }
}
