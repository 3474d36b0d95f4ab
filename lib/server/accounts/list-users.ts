import "server-only";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";

/** The admin's people page: accounts and the invitations still open. */
export async function listUsers(options: { actor: CurrentUser }) {
  assertCan(options.actor, "user.list");
  const prisma = db();
  const [users, invites] = await Promise.all([
    prisma.user.findMany({
      orderBy: [{ disabled: "asc" }, { name: "asc" }],
      select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
    }),
    prisma.invite.findMany({
      where: { usedAt: null, expiresAt: { gte: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true, createdBy: { select: { name: true } } },
    }),
  ]);
  return { users, invites };
}
