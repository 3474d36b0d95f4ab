import "server-only";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { TRANSLATION_REVISION_KINDS } from "@/lib/workflow/revision-kinds";

/** Per volunteer: segments they edited, and segments they approved or returned as reviewers. */
export async function listContributors(options: { actor: CurrentUser }) {
  assertCan(options.actor, "post.read");
  const prisma = db();
  const [users, edits, decisions] = await Promise.all([
    prisma.user.findMany({
      where: { disabled: false },
      select: { id: true, name: true, role: true },
      orderBy: { name: "asc" },
    }),
    prisma.revision.groupBy({
      by: ["authorId", "segmentId"],
      where: {
        authorId: { not: null },
        kind: { in: [...TRANSLATION_REVISION_KINDS, "reviewer-edit"] },
      },
    }),
    prisma.reviewDecision.groupBy({ by: ["reviewerId", "verdict"], _count: { _all: true } }),
  ]);
  const edited = new Map<number, number>();
  for (const e of edits) edited.set(e.authorId as number, (edited.get(e.authorId as number) ?? 0) + 1);
  return users
    .map((u) => ({
      id: u.id,
      name: u.name,
      role: u.role,
      edited: edited.get(u.id) ?? 0,
      approved: decisions.find((d) => d.reviewerId === u.id && d.verdict === "approved")?._count._all ?? 0,
      returned: decisions.find((d) => d.reviewerId === u.id && d.verdict === "returned")?._count._all ?? 0,
    }))
    .filter((c) => c.edited + c.approved + c.returned > 0)
    .sort((a, b) => b.edited + b.approved + b.returned - (a.edited + a.approved + a.returned));
}
