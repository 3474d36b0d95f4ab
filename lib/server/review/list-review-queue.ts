import "server-only";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { TRANSLATION_REVISION_KINDS } from "@/lib/workflow/revision-kinds";

/**
 * Segments waiting for review (edited or confirmed), grouped by post, the post waiting longest first. Each
 * carries the three texts a reviewer compares: the machine's, the translator's (their last save) and the
 * current one (different when a reviewer already edited it).
 */
export async function listReviewQueue(options: { actor: CurrentUser }) {
  assertCan(options.actor, "segment.review");
  const segments = await db().segment.findMany({
    where: { state: { in: ["EDITED", "CONFIRMED"] } },
    orderBy: [{ postId: "asc" }, { order: "asc" }],
    select: {
      id: true,
      postId: true,
      order: true,
      sourceText: true,
      mtText: true,
      targetText: true,
      state: true,
      version: true,
      updatedAt: true,
      post: { select: { title: true, sourceLang: true, targetLang: true } },
      revisions: {
        where: { kind: { in: [...TRANSLATION_REVISION_KINDS] } },
        orderBy: { id: "desc" },
        take: 1,
        select: { text: true, author: { select: { name: true } } },
      },
    },
  });
  type Group = {
    id: number;
    title: string;
    sourceLang: string;
    targetLang: string;
    oldest: Date;
    segments: ReviewRow[];
  };
  const posts = new Map<number, Group>();
  for (const s of segments) {
    const group = posts.get(s.postId) ?? {
      id: s.postId,
      title: s.post.title,
      sourceLang: s.post.sourceLang,
      targetLang: s.post.targetLang,
      oldest: s.updatedAt,
      segments: [],
    };
    if (s.updatedAt < group.oldest) group.oldest = s.updatedAt;
    group.segments.push({
      id: s.id,
      order: s.order,
      sourceText: s.sourceText,
      mtText: s.mtText,
      translatorText: s.revisions[0]?.text ?? s.mtText,
      currentText: s.targetText,
      translator: s.revisions[0]?.author?.name ?? null,
      state: s.state,
      version: s.version,
      waitingSince: s.updatedAt.toISOString(),
    });
    posts.set(s.postId, group);
  }
  return [...posts.values()]
    .sort((a, b) => a.oldest.getTime() - b.oldest.getTime())
    .map(({ oldest, ...group }) => ({ ...group, oldest: oldest.toISOString() }));
}

export type ReviewRow = {
  id: number;
  order: number;
  sourceText: string;
  mtText: string;
  translatorText: string;
  currentText: string;
  translator: string | null;
  state: string;
  version: number;
  waitingSince: string;
};

export type ReviewQueue = Awaited<ReturnType<typeof listReviewQueue>>;
