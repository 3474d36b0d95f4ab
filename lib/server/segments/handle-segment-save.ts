import { AppError } from "@/lib/errors";
import { getUserFromCookieHeader } from "@/lib/server/accounts/request-user";
import { describeError } from "@/lib/server/infrastructure/describe-error";
import { saveSegment } from "./save-segment";

/**
 * One segment save over HTTP, framework-free: the Next route (app/api/segments/[id]) and the lean save server
 * (scripts/serve.ts) both answer through this, so they cannot drift apart.
 */
export async function handleSegmentSave(request: {
  cookieHeader: string | null | undefined;
  origin: string | null | undefined;
  host: string | null | undefined;
  segmentId: string;
  body: string;
}): Promise<{ status: number; body: unknown }> {
  try {
    // a page of another site cannot save through a volunteer's session (SameSite=Lax cookies say so too)
    if (request.origin && request.host && new URL(request.origin).host !== request.host) {
      throw new AppError("forbidden", "Cross-site request refused.");
    }
    const actor = await getUserFromCookieHeader(request.cookieHeader);
    if (!actor) throw new AppError("unauthenticated", "Your session has ended. Sign in again to save.");
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(request.body) as Record<string, unknown>;
    } catch {
      throw new AppError("invalid_input", "The request body must be JSON.");
    }
    const segment = await saveSegment({
      actor,
      segmentId: request.segmentId,
      baseVersion: input?.baseVersion,
      text: input?.text,
      kind: input?.kind,
    });
    return { status: 200, body: { segment } };
  } catch (error) {
    return describeError(error);
  }
}
