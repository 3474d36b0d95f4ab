import { createDemoAccounts, createSeedPost, resetDatabase } from "@/e2e/support/factories";
import { createPrismaClient } from "@/lib/server/create-prisma-client";

// Runs after the web server is up (and has migrated the database): start every run from the same known data.
export default async function globalSetup() {
  const prisma = createPrismaClient(process.env.E2E_DATABASE_URL);
  try {
    await resetDatabase(prisma);
    await createDemoAccounts(prisma);
    await createSeedPost(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
