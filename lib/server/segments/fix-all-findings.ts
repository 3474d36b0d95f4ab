import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { ALL_CHECKS, applyFixes } from "@/lib/qa/run-checks";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { type SegmentSnapshot, saveSegmentSql } from "@/lib/server/segment-save-sql";
import { checkPostQuality } from "./check-post-quality";

/**
 * "Fix all of this kind": applies one check's automatic fixes across a post. Each changed segment gets an
 * "autofix" revision attributed to the volunteer, so every fix shows in the history and can be reverted.
 * A segment someone saves meanwhile is skipped (and reported), never overwritten.
 */
export async function fixAllFindings(options: { actor: CurrentUser; postId: unknown; check: unknown }) {
  assertCan(options.actor, "segment.edit");
  const check = z
    .string()
    .refine((id) => ALL_CHECKS.some((c) => c.id === id))
    .safeParse(options.check);
  if (!check.success) throw new AppError("invalid_input", "Unknown check.");
  const { findings } = await checkPostQuality({ actor: options.actor, postId: options.postId });
  const ids = Object.keys(findings).map(Number);
  const segments = await db().segment.findMany({
    where: { id: { in: ids } },
    select: { id: true, targetText: true, version: true },
  });
  const saved: SegmentSnapshot[] = [];
  let skipped = 0;
  for (const segment of segments) {
    const mine = findings[segment.id].filter((f) => f.check === check.data && f.fix !== null);
    if (mine.length === 0) continue;
    const text = applyFixes(segment.targetText, mine);
    if (text === segment.targetText) continue;
    const outcome = saveSegmentSql({
      segmentId: segment.id,
      baseVersion: segment.version,
      text,
      kind: "autofix",
      authorId: options.actor.id,
    });
    if (outcome.status === "saved") saved.push(outcome.segment);
    else skipped++;
  }
  return { fixed: saved.length, skipped, segments: saved };
}
