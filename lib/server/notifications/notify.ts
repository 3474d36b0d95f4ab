import type { Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type NotificationKind = "segment-returned" | "post-ready" | "segment-comment";

/** Writes in-app notices inside the caller's transaction (nothing is announced that did not happen). */
export async function notify(
  tx: Tx,
  notice: {
    userIds: number[];
    kind: NotificationKind;
    postId?: number;
    segmentId?: number;
    data: Record<string, unknown>;
  },
): Promise<void> {
  const userIds = [...new Set(notice.userIds)];
  if (userIds.length === 0) return;
  await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      kind: notice.kind,
      postId: notice.postId ?? null,
      segmentId: notice.segmentId ?? null,
      data: JSON.stringify(notice.data),
    })),
  });
}

/** The volunteers who last changed a segment's text (not counting the person acting now). */
export async function findSegmentEditors(tx: Tx, segmentId: number, exceptUserId: number): Promise<number[]> {
  const revisions = await tx.revision.findMany({
    where: { segmentId, authorId: { not: null }, kind: { not: "import" } },
    orderBy: { id: "desc" },
    take: 10,
    select: { authorId: true },
  });
  return [...new Set(revisions.map((r) => r.authorId as number))].filter((id) => id !== exceptUserId);
}
