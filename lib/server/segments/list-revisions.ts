import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";

/** A segment's whole history, oldest first: every saved text with who, when and how. */
export async function listRevisions(options: { actor: CurrentUser; segmentId: unknown }) {
  assertCan(options.actor, "post.read");
  const segmentId = z.coerce.number().int().positive().safeParse(options.segmentId);
  if (!segmentId.success) throw new AppError("not_found", "This segment does not exist.");
  const revisions = await db().revision.findMany({
    where: { segmentId: segmentId.data },
    orderBy: { id: "asc" },
    select: {
      id: true,
      text: true,
      kind: true,
      baseVersion: true,
      createdAt: true,
      author: { select: { name: true } },
    },
  });
  return revisions.map((r) => ({
    id: r.id,
    text: r.text,
    kind: r.kind,
    version: r.baseVersion + 1,
    createdAt: r.createdAt.toISOString(),
    author: r.author?.name ?? null,
  }));
}

export type RevisionEntry = Awaited<ReturnType<typeof listRevisions>>[number];
