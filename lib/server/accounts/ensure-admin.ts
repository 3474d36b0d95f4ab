import "server-only";
// The first admin, from the command line (`npm run create-admin`) or from ADMIN_EMAIL + ADMIN_PASSWORD at start:
// creates the account, or makes an existing one an enabled admin with that password. Audited.
import { z } from "zod";
import type { PrismaClient } from "../create-prisma-client";
import { hashPassword, PASSWORD_MIN_LENGTH } from "./passwords";

export async function ensureAdmin(
  prisma: PrismaClient,
  options: { email: unknown; name?: string; password: string },
): Promise<{ email: string }> {
  const email = z.string().trim().toLowerCase().email().safeParse(options.email);
  if (!email.success) throw new Error("give --email (or ADMIN_EMAIL) with a valid address");
  if (options.password.length < PASSWORD_MIN_LENGTH) {
    throw new Error(`the password needs ${PASSWORD_MIN_LENGTH} characters`);
  }
  const passwordHash = await hashPassword(options.password);
  const user = await prisma.user.upsert({
    where: { email: email.data },
    create: { email: email.data, name: options.name ?? email.data.split("@")[0], role: "admin", passwordHash },
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
  return { email: user.email };
}
