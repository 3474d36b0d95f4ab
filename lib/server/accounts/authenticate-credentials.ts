import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { readEnv } from "@/lib/server/infrastructure/env";
import { isRole, type Role } from "@/lib/workflow/roles";
import { hashPassword, verifyPassword } from "./passwords";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; locale: string | null };
export type AuthenticationFailure = "credentials" | "rate_limited" | "disabled";

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1) });

// A real hash to verify against when the e-mail is unknown, so that both cases take the same time.
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}

/**
 * Checks an e-mail and password. Failed attempts are stored (per e-mail and per client address) so that the limit
 * holds across processes and restarts.
 */
export async function authenticateCredentials(options: {
  email: unknown;
  password: unknown;
  clientAddress: string;
}): Promise<{ ok: true; user: AuthenticatedUser } | { ok: false; reason: AuthenticationFailure }> {
  const parsed = credentialsSchema.safeParse({ email: options.email, password: options.password });
  if (!parsed.success) return { ok: false, reason: "credentials" };
  const { email, password } = parsed.data;
  const env = readEnv();
  const prisma = db();
  const since = new Date(Date.now() - env.LOGIN_WINDOW_MINUTES * 60_000);
  const emailKey = `email:${email}`;
  const addressKey = `addr:${options.clientAddress}`;
  const [byEmail, byAddress] = await Promise.all([
    prisma.loginAttempt.count({ where: { key: emailKey, createdAt: { gte: since } } }),
    prisma.loginAttempt.count({ where: { key: addressKey, createdAt: { gte: since } } }),
  ]);
  // the address limit is wider: several volunteers may share one office or proxy
  if (byEmail >= env.LOGIN_MAX_ATTEMPTS || byAddress >= env.LOGIN_MAX_ATTEMPTS * 4) {
    return { ok: false, reason: "rate_limited" };
  }
  const user = await prisma.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !valid) {
    await prisma.loginAttempt.createMany({ data: [{ key: emailKey }, { key: addressKey }] });
    return { ok: false, reason: "credentials" };
  }
  if (user.disabled) return { ok: false, reason: "disabled" };
  await prisma.loginAttempt.deleteMany({ where: { key: emailKey } });
  return {
    ok: true,
    user: {
      id: String(user.id),
      email: user.email,
      name: user.name,
      role: isRole(user.role) ? user.role : "translator",
      locale: user.locale,
    },
  };
}
