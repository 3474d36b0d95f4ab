// Loads the demo data: one account per role and the seed post.
//   npm run db:seed              only when the database has no users (what `npm start` does)
//   npm run db:seed -- --reset   empty every table first
import { parseArgs } from "node:util";
import { createDemoAccounts, createSeedPost, resetDatabase } from "@/e2e/support/factories";
import { DEMO_ACCOUNTS } from "@/lib/server/accounts/demo-accounts";
import { createPrismaClient } from "@/lib/server/create-prisma-client";

const { values } = parseArgs({ options: { reset: { type: "boolean", default: false } } });
const prisma = createPrismaClient();

async function main() {
  if (values.reset) await resetDatabase(prisma);
  else if ((await prisma.user.count()) > 0) {
    console.log("The database already has accounts: demo data not loaded (use --reset to start over).");
    return;
  }
  await createDemoAccounts(prisma);
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[3].email } });
  const post = await createSeedPost(prisma, admin.id);
  console.log(`Demo data loaded: ${DEMO_ACCOUNTS.length} accounts, post "${post.slug}" (${post.segments} segments).`);
}

main()
  .catch((error) => {
    console.error(`seed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
