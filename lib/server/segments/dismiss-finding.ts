import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { ALL_CHECKS } from "@/lib/qa/run-checks";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { recordAudit } from "@/lib/server/infrastructure/record-audit";

const inputSchema = z.object({
  segmentId: z.coerce.number().int().positive(),
  check: z.string().refine((id) => ALL_CHECKS.some((c) => c.id === id), "unknown check"),
  excerpt: z.string().max(2000),
  reason: z.string().trim().min(3, "say why this is not a problem").max(1000),
});

/** A volunteer marks a finding as a false positive, with the reason; it stays dismissed for that text. */
export async function dismissFinding(options: {
  actor: CurrentUser;
  segmentId: unknown;
  check: unknown;
  excerpt: unknown;
  reason: unknown;
}) {
  assertCan(options.actor, "segment.edit");
  const parsed = inputSchema.safeParse(options);
  if (!parsed.success) throw new AppError("invalid_input", `Dismissing: ${parsed.error.issues[0]?.message}.`);
  const { segmentId, check, excerpt, reason } = parsed.data;
  return db().$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: segmentId }, select: { postId: true } });
    if (!segment) throw new AppError("not_found", "This segment does not exist.");
    const dismissal = await tx.qaDismissal.upsert({
      where: { segmentId_check_excerpt: { segmentId, check, excerpt } },
      create: { segmentId, check, excerpt, reason, authorId: options.actor.id },
      update: { reason, authorId: options.actor.id },
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "qa.dismiss",
      subject: `segment:${segmentId}`,
      postId: segment.postId,
      after: { check, excerpt, reason },
    });
    return { id: dismissal.id };
  });
}
