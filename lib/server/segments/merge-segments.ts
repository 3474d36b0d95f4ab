import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { recordAudit } from "@/lib/server/infrastructure/record-audit";

const inputSchema = z.object({
  segmentId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().min(1),
  nextVersion: z.coerce.number().int().min(1),
});

function join(a: string, b: string): string {
  return [a, b].filter(Boolean).join(" ");
}

/**
 * Merges a segment with the next one of the same block (the aligner cut a sentence pair in two). The next
 * segment's history, comments and review decisions move to the merged one, so nothing anyone wrote is lost.
 */
export async function mergeSegments(options: {
  actor: CurrentUser;
  segmentId: unknown;
  version: unknown;
  nextVersion: unknown;
}) {
  assertCan(options.actor, "segment.split-merge");
  const parsed = inputSchema.safeParse(options);
  if (!parsed.success) throw new AppError("invalid_input", "Choose the segment to merge with the next one.");
  const { segmentId, version, nextVersion } = parsed.data;
  return db().$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: segmentId } });
    if (!segment) throw new AppError("not_found", "This segment does not exist.");
    const next = await tx.segment.findFirst({
      where: { postId: segment.postId, order: { gt: segment.order } },
      orderBy: { order: "asc" },
    });
    if (!next || next.blockId !== segment.blockId) {
      throw new AppError("invalid_input", "Only a segment followed by another of the same paragraph can be merged.");
    }
    if (segment.version !== version || next.version !== nextVersion) {
      throw new AppError("conflict", "Someone else saved one of these segments; reload before merging.");
    }
    await tx.revision.updateMany({ where: { segmentId: next.id }, data: { segmentId: segment.id } });
    await tx.comment.updateMany({ where: { segmentId: next.id }, data: { segmentId: segment.id } });
    await tx.reviewDecision.updateMany({ where: { segmentId: next.id }, data: { segmentId: segment.id } });
    await tx.segment.delete({ where: { id: next.id } });
    const merged = await tx.segment.update({
      where: { id: segment.id },
      data: {
        sourceText: join(segment.sourceText, next.sourceText),
        targetText: join(segment.targetText, next.targetText),
        mtText: join(segment.mtText, next.mtText),
        state: "EDITED",
        version: { increment: 1 },
        alignmentConfidence: Math.min(segment.alignmentConfidence, next.alignmentConfidence),
      },
    });
    await tx.revision.create({
      data: {
        segmentId: merged.id,
        authorId: options.actor.id,
        text: merged.targetText,
        baseVersion: version,
        kind: "merge",
      },
    });
    await tx.post.update({ where: { id: segment.postId }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "segment.merge",
      subject: `segment:${segment.id}`,
      postId: segment.postId,
      before: { first: segment.id, second: next.id },
      after: { targetText: merged.targetText },
    });
    return { id: merged.id };
  });
}
