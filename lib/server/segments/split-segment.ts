import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { recordAudit } from "@/lib/server/infrastructure/record-audit";

const inputSchema = z.object({
  segmentId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().min(1),
  sourceAt: z.coerce.number().int().min(0),
  targetAt: z.coerce.number().int().min(0),
});

/** Where to cut the machine text: at the same place while the target is still the machine text, else in proportion. */
function cutMachineText(mt: string, target: string, targetAt: number): number {
  if (mt === target) return targetAt;
  const guess = Math.round((targetAt / Math.max(1, target.length)) * mt.length);
  const space = mt.lastIndexOf(" ", guess);
  return space > 0 ? space : guess;
}

/**
 * Splits a segment in two when the alignment put two sentences together: the source at `sourceAt` and the
 * target at `targetAt` (offsets; 0 or the end leaves that side empty in one half). The new segment follows it in
 * the same block; both get a "split" revision, so the history shows what happened.
 */
export async function splitSegment(options: {
  actor: CurrentUser;
  segmentId: unknown;
  version: unknown;
  sourceAt: unknown;
  targetAt: unknown;
}) {
  assertCan(options.actor, "segment.split-merge");
  const parsed = inputSchema.safeParse(options);
  if (!parsed.success) throw new AppError("invalid_input", "Choose where to split the segment.");
  const { segmentId, version, sourceAt, targetAt } = parsed.data;
  return db().$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: segmentId } });
    if (!segment) throw new AppError("not_found", "This segment does not exist.");
    if (segment.version !== version) {
      throw new AppError("conflict", "Someone else saved this segment; reload it before splitting.");
    }
    if (sourceAt > segment.sourceText.length || targetAt > segment.targetText.length) {
      throw new AppError("invalid_input", "The split point is outside the text.");
    }
    const parts = {
      source: [segment.sourceText.slice(0, sourceAt).trim(), segment.sourceText.slice(sourceAt).trim()],
      target: [segment.targetText.slice(0, targetAt).trim(), segment.targetText.slice(targetAt).trim()],
    };
    if (!parts.source[0] && !parts.target[0])
      throw new AppError("invalid_input", "Nothing would stay in the first part.");
    if (!parts.source[1] && !parts.target[1]) throw new AppError("invalid_input", "Nothing would go to the new part.");
    const mtAt = cutMachineText(segment.mtText, segment.targetText, targetAt);
    const mt = [segment.mtText.slice(0, mtAt).trim(), segment.mtText.slice(mtAt).trim()];
    // make room after this segment: order → -(order + 1) → order + 1, so the (postId, order) unique index never
    // sees two equal values in between
    const negative = { postId: segment.postId, order: { lt: 0 } };
    await tx.segment.updateMany({
      where: { postId: segment.postId, order: { gt: segment.order } },
      data: { order: { multiply: -1 } },
    });
    await tx.segment.updateMany({ where: negative, data: { order: { decrement: 1 } } });
    await tx.segment.updateMany({ where: negative, data: { order: { multiply: -1 } } });
    const first = await tx.segment.update({
      where: { id: segment.id },
      data: {
        sourceText: parts.source[0],
        targetText: parts.target[0],
        mtText: mt[0],
        state: "EDITED",
        version: { increment: 1 },
      },
    });
    const second = await tx.segment.create({
      data: {
        postId: segment.postId,
        blockId: segment.blockId,
        order: segment.order + 1,
        sourceText: parts.source[1],
        mtText: mt[1],
        targetText: parts.target[1],
        state: "EDITED",
        alignmentConfidence: segment.alignmentConfidence,
      },
    });
    await tx.revision.createMany({
      data: [
        {
          segmentId: first.id,
          authorId: options.actor.id,
          text: first.targetText,
          baseVersion: version,
          kind: "split",
        },
        { segmentId: second.id, authorId: options.actor.id, text: second.targetText, baseVersion: 0, kind: "split" },
      ],
    });
    await tx.post.update({ where: { id: segment.postId }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "segment.split",
      subject: `segment:${segment.id}`,
      postId: segment.postId,
      before: { sourceText: segment.sourceText, targetText: segment.targetText },
      after: { first: first.id, second: second.id },
    });
    return { first: first.id, second: second.id };
  });
}
