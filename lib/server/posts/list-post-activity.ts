import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";

/** A post's activity feed: every audited change (edits, reviews, imports…), newest first. */
export async function listPostActivity(options: { actor: CurrentUser; postId: unknown }) {
  assertCan(options.actor, "post.read");
  const postId = z.coerce.number().int().positive().safeParse(options.postId);
  if (!postId.success) throw new AppError("not_found", "This post does not exist.");
  const post = await db().post.findUnique({ where: { id: postId.data }, select: { id: true, title: true } });
  if (!post) throw new AppError("not_found", "This post does not exist.");
  const events = await db().auditEvent.findMany({
    where: { postId: post.id },
    orderBy: { id: "desc" },
    take: 500,
    select: { id: true, action: true, subject: true, after: true, createdAt: true, actor: { select: { name: true } } },
  });
  return {
    post,
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      subject: e.subject,
      after: e.after ? (JSON.parse(e.after) as Record<string, unknown>) : null,
      actor: e.actor?.name ?? null,
      createdAt: e.createdAt.toISOString(),
    })),
  };
}
