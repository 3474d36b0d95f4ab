import "server-only";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";

/** The translator's own segments that reviewers returned, with the reason and comment of each. */
export async function listReturnedToMe(options: { actor: CurrentUser }) {
  assertCan(options.actor, "segment.edit");
  const segments = await db().segment.findMany({
    where: {
      state: "RETURNED",
      revisions: { some: { authorId: options.actor.id, kind: { not: "import" } } },
    },
    orderBy: { updatedAt: "asc" },
    select: {
      id: true,
      postId: true,
      sourceText: true,
      targetText: true,
      post: { select: { title: true, sourceLang: true, targetLang: true } },
      reviewDecisions: {
        where: { verdict: "returned" },
        orderBy: { id: "desc" },
        take: 1,
        select: { reason: true, comment: true, createdAt: true, reviewer: { select: { name: true } } },
      },
    },
  });
  return segments.map((s) => ({
    id: s.id,
    postId: s.postId,
    postTitle: s.post.title,
    sourceLang: s.post.sourceLang,
    targetLang: s.post.targetLang,
    sourceText: s.sourceText,
    targetText: s.targetText,
    reason: s.reviewDecisions[0]?.reason ?? null,
    comment: s.reviewDecisions[0]?.comment ?? null,
    reviewer: s.reviewDecisions[0]?.reviewer.name ?? null,
    returnedAt: s.reviewDecisions[0]?.createdAt.toISOString() ?? null,
  }));
}

/** For the header badge. */
export async function countReturnedToMe(options: { actor: CurrentUser }): Promise<number> {
  return db().segment.count({
    where: { state: "RETURNED", revisions: { some: { authorId: options.actor.id, kind: { not: "import" } } } },
  });
}
