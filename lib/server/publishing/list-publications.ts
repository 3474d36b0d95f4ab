import "server-only";
import type { ExportPost } from "@/lib/export/export-types";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";

type SnapshotText = Map<number, string>;

function textsOf(snapshot: string): SnapshotText {
  const post = JSON.parse(snapshot) as ExportPost;
  return new Map(post.blocks.flatMap((b) => b.segments.map((s) => [s.id, s.targetText] as const)));
}

/** A post's publications, newest first, each with what changed from the one before it. */
export async function listPublications(options: { actor: CurrentUser; postId: number }) {
  assertCan(options.actor, "post.read");
  const rows = await db().publication.findMany({
    where: { postId: options.postId },
    orderBy: { version: "asc" },
    select: {
      id: true,
      version: true,
      snapshot: true,
      publishedAt: true,
      withdrawnAt: true,
      overrideReason: true,
      publishedBy: { select: { name: true } },
    },
  });
  let previous: SnapshotText | null = null;
  const result = rows.map((row) => {
    const texts = textsOf(row.snapshot);
    const changes = previous
      ? [...texts].flatMap(([id, after]) => {
          const before = (previous as SnapshotText).get(id) ?? "";
          return before === after ? [] : [{ segmentId: id, before, after }];
        })
      : [];
    previous = texts;
    return {
      id: row.id,
      version: row.version,
      publishedAt: row.publishedAt.toISOString(),
      live: row.withdrawnAt === null,
      publishedBy: row.publishedBy.name,
      overrideReason: row.overrideReason,
      changes,
    };
  });
  return result.reverse();
}

export type PublicationEntry = Awaited<ReturnType<typeof listPublications>>[number];
