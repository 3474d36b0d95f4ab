import "server-only";
import type { ExportPost } from "@/lib/export/export-types";
import { db } from "@/lib/server/db";

// The public side: anyone may read what is published (no actor, no permission), and only that — the live
// snapshot of each post, never the working text.

export type LivePublication = { post: ExportPost; version: number; publishedAt: string; postId: number };

function toLive(row: { postId: number; version: number; publishedAt: Date; snapshot: string }): LivePublication {
  return {
    postId: row.postId,
    version: row.version,
    publishedAt: row.publishedAt.toISOString(),
    post: JSON.parse(row.snapshot) as ExportPost,
  };
}

export async function listLivePublications(): Promise<LivePublication[]> {
  const rows = await db().publication.findMany({
    where: { withdrawnAt: null },
    orderBy: { publishedAt: "desc" },
    select: { postId: true, version: true, publishedAt: true, snapshot: true },
  });
  return rows.map(toLive);
}

export async function findLivePublication(options: { lang: string; slug: string }): Promise<LivePublication | null> {
  const row = await db().publication.findFirst({
    where: { withdrawnAt: null, post: { slug: options.slug, targetLang: options.lang } },
    select: { postId: true, version: true, publishedAt: true, snapshot: true },
  });
  return row ? toLive(row) : null;
}
