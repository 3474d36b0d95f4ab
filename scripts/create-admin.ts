// Creates the first admin (or makes an existing account admin).
//   npm run create-admin -- --email you@example.org --name "Your Name"   (password from ADMIN_PASSWORD or asked)
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { ensureAdmin } from "@/lib/server/accounts/ensure-admin";
import { PASSWORD_MIN_LENGTH } from "@/lib/server/accounts/passwords";
import { createPrismaClient } from "@/lib/server/create-prisma-client";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
});

async function askPassword(): Promise<string> {
  if (values.password) return values.password;
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(`Password (at least ${PASSWORD_MIN_LENGTH} characters): `);
  } finally {
    rl.close();
  }
}

async function main() {
  const email = values.email ?? process.env.ADMIN_EMAIL;
  const password = await askPassword();
  const prisma = createPrismaClient();
  try {
    const admin = await ensureAdmin(prisma, { email, name: values.name, password });
    console.log(`Admin ready: ${admin.email}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(`create-admin: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
