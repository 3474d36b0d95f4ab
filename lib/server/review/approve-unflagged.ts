import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { checkPostQuality } from "@/lib/server/segments/check-post-quality";
import { reviewSegments } from "./review-segments";

/** "Approve all unflagged in this post": every segment waiting for review that no QA check flags. */
export async function approveUnflagged(options: { actor: CurrentUser; postId: unknown; startedAt?: unknown }) {
  assertCan(options.actor, "segment.bulk-approve");
  const postId = z.coerce.number().int().positive().safeParse(options.postId);
  if (!postId.success) throw new AppError("not_found", "This post does not exist.");
  const { findings } = await checkPostQuality({ actor: options.actor, postId: postId.data });
  const waiting = await db().segment.findMany({
    where: { postId: postId.data, state: { in: ["EDITED", "CONFIRMED"] } },
    select: { id: true, version: true },
  });
  const unflagged = waiting.filter((s) => !findings[s.id]?.length);
  if (unflagged.length === 0) return { decided: 0, approved: 0, returned: 0, fast: false, flagged: waiting.length };
  const result = await reviewSegments({
    actor: options.actor,
    decisions: unflagged.map((s) => ({ segmentId: s.id, version: s.version, verdict: "approve" as const })),
    startedAt: options.startedAt,
  });
  return { ...result, flagged: waiting.length - unflagged.length };
}
