import type { PrismaClient } from "@/generated/prisma/client";
import type { PostDraft } from "@/lib/ingest/post-draft";
import { databaseUrlOf } from "@/lib/server/create-prisma-client";
import { insertPostDraft, type StoredPost } from "@/lib/server/post-import-sql";
import { sqlite } from "@/lib/server/sqlite-connection";

// No "server-only" guard: the seed script and the e2e factories store posts through this same function.

/**
 * Stores an imported post (blocks, segments, their "import" revisions and the audit row) in one transaction:
 * a post is there whole or not at all. Written through the same database file as `prisma`.
 */
export async function storePostDraft(
  prisma: PrismaClient,
  draft: PostDraft,
  options: { actorId: number | null },
): Promise<StoredPost> {
  return insertPostDraft(sqlite(databaseUrlOf(prisma)), draft, options);
}
