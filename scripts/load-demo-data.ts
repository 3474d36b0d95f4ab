// The demo workspace: one account per role and the seed post (fixtures/seed-post/). `npm start` loads it into an
// empty database (SEED_DEMO=false skips it); `npm run db:seed -- --reset` loads it again.
import { createDemoAccounts, createSeedPost, resetDatabase } from "@/e2e/support/factories";
import { DEMO_ACCOUNTS } from "@/lib/server/accounts/demo-accounts";
import type { PrismaClient } from "@/lib/server/create-prisma-client";

/** Loads the demo data, into an empty database only unless `reset` empties every table first; null when skipped. */
export async function loadDemoData(
  prisma: PrismaClient,
  options: { reset?: boolean } = {},
): Promise<{ accounts: number; slug: string; segments: number } | null> {
  if (options.reset) await resetDatabase(prisma);
  else if ((await prisma.user.count()) > 0) return null;
  await createDemoAccounts(prisma);
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[3].email } });
  const post = await createSeedPost(prisma, admin.id);
  return { accounts: DEMO_ACCOUNTS.length, slug: post.slug, segments: post.segments };
}
