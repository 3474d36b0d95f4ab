import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { recordAudit } from "@/lib/server/infrastructure/record-audit";
import { findSegmentEditors, notify } from "@/lib/server/notifications/notify";
import { isFastRun, RETURN_REASONS } from "@/lib/workflow/review-reasons";
import { isSegmentState } from "@/lib/workflow/segment-states";
import { nextSegmentState } from "@/lib/workflow/segment-transitions";

const decisionSchema = z
  .object({
    segmentId: z.number().int().positive(),
    /** the version the reviewer saw: anything saved since makes the whole review a conflict */
    version: z.number().int().min(1),
    verdict: z.enum(["approve", "return"]),
    reason: z.enum(RETURN_REASONS).optional(),
    comment: z.string().trim().max(2000).optional(),
    /** a reviewer's own correction, approved with the segment */
    text: z.string().max(20_000).optional(),
  })
  .refine((d) => d.verdict === "approve" || d.reason, { message: "a returned segment needs a reason" })
  .refine((d) => d.verdict === "approve" || d.text === undefined, { message: "only an approval can carry an edit" });

const inputSchema = z.object({
  decisions: z.array(decisionSchema).min(1).max(1000),
  /** when the reviewer started this run (ms since epoch), to flag rubber-stamping */
  startedAt: z.number().int().positive().optional(),
});

export type ReviewDecisionInput = z.infer<typeof decisionSchema>;

/**
 * Reviewers approve or return segments, one or many at once, in one transaction: either every decision is
 * recorded or none is. Each decision carries the version the reviewer saw, so a segment someone saved since is
 * never approved with text nobody reviewed (conflict). Approving untouched machine text is allowed but counted;
 * a run faster than a second per segment is flagged. Returned segments notify their translators; a post whose
 * segments are all approved notifies the publishers.
 */
export async function reviewSegments(options: { actor: CurrentUser; decisions: unknown; startedAt?: unknown }) {
  assertCan(options.actor, "segment.review");
  const parsed = inputSchema.safeParse({ decisions: options.decisions, startedAt: options.startedAt });
  if (!parsed.success) throw new AppError("invalid_input", `Review: ${parsed.error.issues[0]?.message}.`);
  const { decisions, startedAt } = parsed.data;
  if (decisions.length > 1) assertCan(options.actor, "segment.bulk-approve");
  if (decisions.some((d) => d.text !== undefined)) assertCan(options.actor, "segment.reviewer-edit");
  const approvals = decisions.filter((d) => d.verdict === "approve").length;
  const fast = startedAt !== undefined && isFastRun(Date.now() - startedAt, approvals);

  return db().$transaction(
    async (tx) => {
      const postIds = new Set<number>();
      const stale: number[] = [];
      for (const decision of decisions) {
        const segment = await tx.segment.findUnique({ where: { id: decision.segmentId } });
        if (!segment) throw new AppError("not_found", `Segment ${decision.segmentId} does not exist.`);
        if (segment.version !== decision.version) {
          stale.push(segment.id);
          continue;
        }
        const current = isSegmentState(segment.state) ? segment.state : "MT";
        const transition = nextSegmentState(current, { type: decision.verdict });
        if (!transition.ok) throw new AppError("invalid_input", `Segment ${segment.id}: ${transition.reason}.`);
        const text = decision.text ?? segment.targetText;
        const edited = text !== segment.targetText;
        const { count } = await tx.segment.updateMany({
          where: { id: segment.id, version: decision.version },
          data: { state: transition.state, targetText: text, version: { increment: 1 } },
        });
        if (count !== 1) {
          stale.push(segment.id);
          continue;
        }
        if (edited) {
          await tx.revision.create({
            data: {
              segmentId: segment.id,
              authorId: options.actor.id,
              text,
              baseVersion: decision.version,
              kind: "reviewer-edit",
            },
          });
        }
        await tx.reviewDecision.create({
          data: {
            segmentId: segment.id,
            reviewerId: options.actor.id,
            verdict: decision.verdict === "approve" ? "approved" : "returned",
            reason: decision.reason ?? null,
            comment: decision.comment || null,
            version: decision.version + 1,
            untouched: decision.verdict === "approve" && text === segment.mtText,
            fast: decision.verdict === "approve" && fast,
          },
        });
        await recordAudit(tx, {
          actorId: options.actor.id,
          action: decision.verdict === "approve" ? "segment.approve" : "segment.return",
          subject: `segment:${segment.id}`,
          postId: segment.postId,
          before: { state: current, version: segment.version },
          after: { state: transition.state, version: segment.version + 1, reason: decision.reason, edited },
        });
        if (decision.verdict === "return") {
          await notify(tx, {
            userIds: await findSegmentEditors(tx, segment.id, options.actor.id),
            kind: "segment-returned",
            postId: segment.postId,
            segmentId: segment.id,
            data: { reason: decision.reason, comment: decision.comment ?? null, reviewer: options.actor.name },
          });
        }
        postIds.add(segment.postId);
      }
      if (stale.length) {
        throw new AppError("conflict", "Some segments changed since you read them: reload them before deciding.", {
          segmentIds: stale,
        });
      }
      for (const postId of postIds) {
        await tx.post.update({ where: { id: postId }, data: { updatedAt: new Date() } });
        const waiting = await tx.segment.count({ where: { postId, state: { not: "APPROVED" } } });
        if (waiting === 0) {
          const post = await tx.post.findUniqueOrThrow({ where: { id: postId }, select: { title: true } });
          const publishers = await tx.user.findMany({
            where: { role: { in: ["publisher", "admin"] }, disabled: false },
            select: { id: true },
          });
          await notify(tx, {
            userIds: publishers.map((p) => p.id),
            kind: "post-ready",
            postId,
            data: { title: post.title },
          });
        }
      }
      return { decided: decisions.length, approved: approvals, returned: decisions.length - approvals, fast };
    },
    { timeout: 30_000 },
  );
}
