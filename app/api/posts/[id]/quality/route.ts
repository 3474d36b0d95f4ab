import { AppError } from "@/lib/errors";
import { getRequestUser } from "@/lib/server/accounts/request-user";
import { errorResponse } from "@/lib/server/infrastructure/respond";
import { checkPostQuality } from "@/lib/server/segments/check-post-quality";

export const dynamic = "force-dynamic";

/** The open QA findings of a post, by segment id, and its share of untouched machine text. */
export async function GET(request: Request, context: RouteContext<"/api/posts/[id]/quality">) {
  try {
    const actor = await getRequestUser(request);
    if (!actor) throw new AppError("unauthenticated", "Sign in to continue.");
    return Response.json(await checkPostQuality({ actor, postId: (await context.params).id }));
  } catch (error) {
    return errorResponse(error);
  }
}
