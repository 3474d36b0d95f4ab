import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { recordAudit } from "@/lib/server/infrastructure/record-audit";

/** Hides the public page; the publications stay in the history. */
export async function unpublishPost(options: { actor: CurrentUser; postId: unknown }) {
  assertCan(options.actor, "post.unpublish");
  const postId = z.coerce.number().int().positive().safeParse(options.postId);
  if (!postId.success) throw new AppError("not_found", "This post does not exist.");
  return db().$transaction(async (tx) => {
    const { count } = await tx.publication.updateMany({
      where: { postId: postId.data, withdrawnAt: null },
      data: { withdrawnAt: new Date() },
    });
    if (count === 0) throw new AppError("conflict", "This post is not published.");
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "post.unpublish",
      subject: `post:${postId.data}`,
      postId: postId.data,
    });
    return { withdrawn: count };
  });
}
