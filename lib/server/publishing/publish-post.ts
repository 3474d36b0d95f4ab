import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { recordAudit } from "@/lib/server/infrastructure/record-audit";
import { evaluatePostGate } from "./evaluate-post-gate";
import { loadExportPost } from "./load-export-post";

const inputSchema = z.object({
  postId: z.coerce.number().int().positive(),
  overrideReason: z.string().trim().max(2000).optional(),
});

/**
 * A publisher releases the corrected article: an immutable, numbered snapshot (version n+1 on each republish).
 * The gate must pass, or the publisher overrides it with a written reason, recorded with the publication.
 */
export async function publishPost(options: { actor: CurrentUser; postId: unknown; overrideReason?: unknown }) {
  assertCan(options.actor, "post.publish");
  const parsed = inputSchema.safeParse(options);
  if (!parsed.success) throw new AppError("invalid_input", "Invalid publication request.");
  const { postId } = parsed.data;
  const overrideReason = parsed.data.overrideReason || undefined;
  const gate = await evaluatePostGate({ actor: options.actor, postId });
  if (!gate.passes && !overrideReason) {
    throw new AppError("invalid_input", "The publish gate is not passed: give a reason to publish anyway.", { gate });
  }
  if (!gate.passes && overrideReason && overrideReason.length < 10) {
    throw new AppError("invalid_input", "Say in a sentence why this post may go out despite the gate.");
  }
  const snapshot = await loadExportPost({ actor: options.actor, postId });
  return db().$transaction(async (tx) => {
    const last = await tx.publication.findFirst({ where: { postId }, orderBy: { version: "desc" } });
    const version = (last?.version ?? 0) + 1;
    const publishedAt = new Date();
    await tx.publication.updateMany({ where: { postId, withdrawnAt: null }, data: { withdrawnAt: publishedAt } });
    const publication = await tx.publication.create({
      data: {
        postId,
        version,
        snapshot: JSON.stringify({ ...snapshot, version, publishedAt: publishedAt.toISOString() }),
        publishedById: options.actor.id,
        publishedAt,
        overrideReason: gate.passes ? null : (overrideReason ?? null),
      },
    });
    // the post's updatedAt marks "changed since published" from here on
    await tx.post.update({ where: { id: postId }, data: { updatedAt: publishedAt } });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "post.publish",
      subject: `post:${postId}`,
      postId,
      after: { version, override: gate.passes ? null : overrideReason },
    });
    return { id: publication.id, version };
  });
}
