import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { readEnv } from "@/lib/server/infrastructure/env";
import { recordAudit } from "@/lib/server/infrastructure/record-audit";
import { ROLES } from "@/lib/workflow/roles";
import { createInviteToken } from "./invite-token";

const inputSchema = z.object({
  email: z.union([z.literal(""), z.string().trim().toLowerCase().email()]).optional(),
  role: z.enum(ROLES),
});

/** An admin invites a volunteer: a single-use link that expires (INVITE_TTL_DAYS). Returns the token once. */
export async function inviteUser(options: { actor: CurrentUser; email?: string; role: string }) {
  assertCan(options.actor, "user.invite");
  const parsed = inputSchema.safeParse({ email: options.email, role: options.role });
  if (!parsed.success) throw new AppError("invalid_input", "Give a valid e-mail address (or none) and a role.");
  const email = parsed.data.email || null;
  const prisma = db();
  if (email && (await prisma.user.findUnique({ where: { email } }))) {
    throw new AppError("conflict", `There is already an account for ${email}.`);
  }
  const { token, tokenHash } = createInviteToken();
  const expiresAt = new Date(Date.now() + readEnv().INVITE_TTL_DAYS * 86_400_000);
  const invite = await prisma.$transaction(async (tx) => {
    const created = await tx.invite.create({
      data: { tokenHash, email, role: parsed.data.role, expiresAt, createdById: options.actor.id },
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "user.invite",
      subject: `invite:${created.id}`,
      after: { email, role: parsed.data.role, expiresAt },
    });
    return created;
  });
  return { id: invite.id, token, email, role: invite.role, expiresAt };
}
