import type { PrismaClient } from "@/generated/prisma/client";
import type { PostDraft } from "@/lib/ingest/post-draft";
import { createPostSlug } from "@/lib/text/create-slug";
import { recordAudit } from "./record-audit";

// No "server-only" guard: the seed script and the e2e factories store posts through this same function.

/**
 * Stores an imported post (blocks, segments, their "import" revisions and the audit row) in one transaction:
 * a post is there whole or not at all.
 */
export async function storePostDraft(
  prisma: PrismaClient,
  draft: PostDraft,
  options: { actorId: number | null },
): Promise<{ id: number; slug: string; segments: number; blocks: number }> {
  return prisma.$transaction(
    async (tx) => {
      const base = createPostSlug(draft.title, draft.sourceUrl);
      const taken = new Set(
        (await tx.post.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug),
      );
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      const post = await tx.post.create({
        data: {
          slug,
          title: draft.title,
          sourceTitle: draft.sourceTitle,
          sourceUrl: draft.sourceUrl,
          sourceDate: draft.sourceDate ? new Date(draft.sourceDate) : null,
          sourceLang: draft.sourceLang,
          targetLang: draft.targetLang,
          mtEngine: draft.mtEngine,
          mtProvenance: draft.mtProvenance,
          importedById: options.actorId,
        },
      });
      const blocks = await tx.block.createManyAndReturn({
        data: draft.blocks.map((block, order) => ({
          postId: post.id,
          order,
          kind: block.kind,
          skeleton: JSON.stringify(block.tags),
        })),
        select: { id: true, order: true },
      });
      const blockIdByOrder = new Map(blocks.map((b) => [b.order, b.id]));
      let order = 0;
      const segmentRows = draft.blocks.flatMap((block, blockOrder) =>
        block.segments.map((segment) => ({
          postId: post.id,
          blockId: blockIdByOrder.get(blockOrder) as number,
          order: order++,
          sourceText: segment.sourceText,
          mtText: segment.mtText,
          targetText: segment.mtText,
          alignmentConfidence: segment.confidence,
        })),
      );
      const segments = await tx.segment.createManyAndReturn({
        data: segmentRows,
        select: { id: true, mtText: true },
      });
      await tx.revision.createMany({
        data: segments.map((s) => ({
          segmentId: s.id,
          authorId: options.actorId,
          text: s.mtText,
          baseVersion: 0,
          kind: "import",
        })),
      });
      await recordAudit(tx, {
        actorId: options.actorId,
        action: "post.import",
        subject: `post:${post.id}`,
        postId: post.id,
        after: {
          slug,
          title: draft.title,
          sourceUrl: draft.sourceUrl,
          blocks: blocks.length,
          segments: segments.length,
        },
      });
      return { id: post.id, slug, segments: segments.length, blocks: blocks.length };
    },
    { timeout: 30_000 },
  );
}
