import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { derivePostStatus, measureProgress, type StateCounts } from "@/lib/workflow/post-status";
import { isSegmentState } from "@/lib/workflow/segment-states";

/** One post with its blocks and segments in document order, for the post page and the editor. */
export async function getPost(options: { actor: CurrentUser; postId: unknown }) {
  assertCan(options.actor, "post.read");
  const postId = Number(options.postId);
  if (!Number.isInteger(postId) || postId <= 0) throw new AppError("not_found", "This post does not exist.");
  const post = await db().post.findUnique({
    where: { id: postId },
    include: {
      blocks: { orderBy: { order: "asc" }, select: { id: true, order: true, kind: true, skeleton: true } },
      segments: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          blockId: true,
          order: true,
          sourceText: true,
          mtText: true,
          targetText: true,
          state: true,
          version: true,
          alignmentConfidence: true,
          _count: { select: { comments: true } },
          reviewDecisions: {
            where: { verdict: "returned" },
            orderBy: { id: "desc" },
            take: 1,
            select: { reason: true, comment: true, reviewer: { select: { name: true } } },
          },
        },
      },
      publications: { where: { withdrawnAt: null }, select: { publishedAt: true }, take: 1 },
    },
  });
  if (!post) throw new AppError("not_found", "This post does not exist.");
  const [untouchedApprovals, fastApprovals] = await Promise.all([
    db().reviewDecision.count({ where: { segment: { postId }, verdict: "approved", untouched: true } }),
    db().reviewDecision.count({ where: { segment: { postId }, verdict: "approved", fast: true } }),
  ]);
  const counts: StateCounts = {};
  for (const s of post.segments) if (isSegmentState(s.state)) counts[s.state] = (counts[s.state] ?? 0) + 1;
  const live = post.publications.length > 0;
  return {
    ...post,
    progress: measureProgress(counts),
    review: { untouchedApprovals, fastApprovals },
    status: derivePostStatus(counts, {
      live,
      changedSincePublish: live && post.updatedAt > post.publications[0].publishedAt,
    }),
  };
}

export type PostDetail = Awaited<ReturnType<typeof getPost>>;
