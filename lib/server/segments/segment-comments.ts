import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { recordAudit } from "@/lib/server/infrastructure/record-audit";
import { findSegmentEditors, notify } from "@/lib/server/notifications/notify";

const segmentIdSchema = z.coerce.number().int().positive();

/** Comments on a segment, visible to everyone working on the post, oldest first. */
export async function listComments(options: { actor: CurrentUser; segmentId: unknown }) {
  assertCan(options.actor, "post.read");
  const segmentId = segmentIdSchema.safeParse(options.segmentId);
  if (!segmentId.success) throw new AppError("not_found", "This segment does not exist.");
  const comments = await db().comment.findMany({
    where: { segmentId: segmentId.data },
    orderBy: { id: "asc" },
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  return comments.map((c) => ({ id: c.id, body: c.body, createdAt: c.createdAt.toISOString(), author: c.author.name }));
}

export type CommentEntry = Awaited<ReturnType<typeof listComments>>[number];

export async function addComment(options: { actor: CurrentUser; segmentId: unknown; body: unknown }) {
  assertCan(options.actor, "segment.comment");
  const parsed = z
    .object({ segmentId: segmentIdSchema, body: z.string().trim().min(1, "write something").max(4000) })
    .safeParse(options);
  if (!parsed.success) throw new AppError("invalid_input", `The comment: ${parsed.error.issues[0]?.message}.`);
  return db().$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: parsed.data.segmentId }, select: { postId: true } });
    if (!segment) throw new AppError("not_found", "This segment does not exist.");
    const comment = await tx.comment.create({
      data: { segmentId: parsed.data.segmentId, authorId: options.actor.id, body: parsed.data.body },
      select: { id: true, body: true, createdAt: true },
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "segment.comment",
      subject: `segment:${parsed.data.segmentId}`,
      postId: segment.postId,
      after: { commentId: comment.id },
    });
    await notify(tx, {
      userIds: await findSegmentEditors(tx, parsed.data.segmentId, options.actor.id),
      kind: "segment-comment",
      postId: segment.postId,
      segmentId: parsed.data.segmentId,
      data: { author: options.actor.name, excerpt: parsed.data.body.slice(0, 140) },
    });
    return {
      id: comment.id,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
      author: options.actor.name,
    };
  });
}
