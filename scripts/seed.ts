// Loads the demo data: one account per role and the seed post.
//   npm run db:seed              only when the database has no users (what `npm start` does)
//   npm run db:seed -- --reset   empty every table first
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/server/create-prisma-client";
import { loadDemoData } from "./load-demo-data";

const { values } = parseArgs({ options: { reset: { type: "boolean", default: false } } });
const prisma = createPrismaClient();

async function main() {
  const loaded = await loadDemoData(prisma, { reset: values.reset });
  if (!loaded) console.log("The database already has accounts: demo data not loaded (use --reset to start over).");
  else
    console.log(`Demo data loaded: ${loaded.accounts} accounts, post "${loaded.slug}" (${loaded.segments} segments).`);
}

main()
  .catch((error) => {
    console.error(`seed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
