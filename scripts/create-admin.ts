// Creates the first admin (or makes an existing account admin).
//   npm run create-admin -- --email you@example.org --name "Your Name"   (password from ADMIN_PASSWORD or asked)
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { hashPassword, PASSWORD_MIN_LENGTH } from "@/lib/server/accounts/passwords";
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
  const email = z
    .string()
    .trim()
    .toLowerCase()
    .email()
    .safeParse(values.email ?? process.env.ADMIN_EMAIL);
  if (!email.success) throw new Error("give --email (or ADMIN_EMAIL) with a valid address");
  const password = await askPassword();
  if (password.length < PASSWORD_MIN_LENGTH) throw new Error(`the password needs ${PASSWORD_MIN_LENGTH} characters`);
  const prisma = createPrismaClient();
  try {
    const passwordHash = await hashPassword(password);
    const user = await prisma.user.upsert({
      where: { email: email.data },
      create: { email: email.data, name: values.name ?? email.data.split("@")[0], role: "admin", passwordHash },
      update: { role: "admin", disabled: false, passwordHash },
    });
    await prisma.auditEvent.create({
      data: {
        actorId: null,
        action: "user.create-admin",
        subject: `user:${user.id}`,
        after: JSON.stringify({ email: user.email }),
      },
    });
    console.log(`Admin ready: ${user.email}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(`create-admin: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
