import "server-only";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";

/** The user's notices, newest first; opening the list marks them read. */
export async function listNotifications(options: { actor: CurrentUser; markRead?: boolean }) {
  assertCan(options.actor, "post.read");
  const prisma = db();
  const notifications = await prisma.notification.findMany({
    where: { userId: options.actor.id },
    orderBy: { id: "desc" },
    take: 100,
  });
  if (options.markRead && notifications.some((n) => !n.readAt)) {
    await prisma.notification.updateMany({
      where: { userId: options.actor.id, readAt: null },
      data: { readAt: new Date() },
    });
  }
  return notifications.map((n) => ({
    id: n.id,
    kind: n.kind,
    postId: n.postId,
    segmentId: n.segmentId,
    data: JSON.parse(n.data) as Record<string, string | null>,
    read: n.readAt !== null,
    createdAt: n.createdAt.toISOString(),
  }));
}

export async function countUnreadNotifications(options: { actor: CurrentUser }): Promise<number> {
  return db().notification.count({ where: { userId: options.actor.id, readAt: null } });
}
