import { AppError } from "@/lib/errors";
import { getRequestUser } from "@/lib/server/accounts/request-user";
import { errorResponse } from "@/lib/server/infrastructure/respond";
import { checkSegmentText } from "@/lib/server/segments/check-post-quality";

/** The findings for a text being typed in the editor (debounced there): nothing is saved. */
export async function POST(request: Request, context: RouteContext<"/api/segments/[id]/check">) {
  try {
    const actor = await getRequestUser(request);
    if (!actor) throw new AppError("unauthenticated", "Sign in to continue.");
    const body = (await request.json().catch(() => null)) as { text?: unknown } | null;
    const findings = await checkSegmentText({ actor, segmentId: (await context.params).id, text: body?.text });
    return Response.json({ findings });
  } catch (error) {
    return errorResponse(error);
  }
}
