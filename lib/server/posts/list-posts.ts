import "server-only";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { derivePostStatus, measureProgress, type StateCounts } from "@/lib/workflow/post-status";
import { isSegmentState } from "@/lib/workflow/segment-states";

/** The workspace home: every post with its derived status and progress, most recently changed first. */
export async function listPosts(options: { actor: CurrentUser }) {
  assertCan(options.actor, "post.read");
  const prisma = db();
  const [posts, groups] = await Promise.all([
    prisma.post.findMany({
      orderBy: { updatedAt: "desc" },
      select: {
        id: true,
        slug: true,
        title: true,
        sourceTitle: true,
        sourceLang: true,
        targetLang: true,
        sourceUrl: true,
        updatedAt: true,
        publications: { where: { withdrawnAt: null }, select: { publishedAt: true }, take: 1 },
      },
    }),
    prisma.segment.groupBy({ by: ["postId", "state"], _count: { _all: true } }),
  ]);
  const countsByPost = new Map<number, StateCounts>();
  for (const g of groups) {
    if (!isSegmentState(g.state)) continue;
    const counts = countsByPost.get(g.postId) ?? {};
    counts[g.state] = g._count._all;
    countsByPost.set(g.postId, counts);
  }
  return posts.map((post) => {
    const counts = countsByPost.get(post.id) ?? {};
    const live = post.publications.length > 0;
    return {
      id: post.id,
      slug: post.slug,
      title: post.title,
      sourceTitle: post.sourceTitle,
      sourceLang: post.sourceLang,
      targetLang: post.targetLang,
      sourceUrl: post.sourceUrl,
      updatedAt: post.updatedAt,
      progress: measureProgress(counts),
      status: derivePostStatus(counts, {
        live,
        changedSincePublish: live && post.updatedAt > post.publications[0].publishedAt,
      }),
    };
  });
}

export type PostSummary = Awaited<ReturnType<typeof listPosts>>[number];
