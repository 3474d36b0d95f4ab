import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/infrastructure/record-audit";
import { hashInviteToken } from "./invite-token";
import { hashPassword, PASSWORD_MIN_LENGTH } from "./passwords";

const inputSchema = z.object({
  token: z.string().min(10),
  name: z.string().trim().min(1, "name").max(100),
  email: z.string().trim().toLowerCase().email("email"),
  password: z.string().min(PASSWORD_MIN_LENGTH, "password").max(200),
});

export type InviteStatus =
  | { state: "valid"; email: string | null; role: string; expiresAt: Date }
  | { state: "used" | "expired" | "unknown" };

/** What the invitation page shows before the volunteer fills the form. Anyone holding the link may ask. */
export async function getInviteStatus(options: { token: string }): Promise<InviteStatus> {
  const invite = await db().invite.findUnique({ where: { tokenHash: hashInviteToken(options.token) } });
  if (!invite) return { state: "unknown" };
  if (invite.usedAt) return { state: "used" };
  if (invite.expiresAt.getTime() < Date.now()) return { state: "expired" };
  return { state: "valid", email: invite.email, role: invite.role, expiresAt: invite.expiresAt };
}

/**
 * The volunteer opens the link and creates their account. The invite is consumed in the same transaction with a
 * conditional update, so two tabs racing on one link create one account.
 */
export async function acceptInvite(options: { token: string; name: string; email: string; password: string }) {
  const parsed = inputSchema.safeParse(options);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    throw new AppError("invalid_input", `Check these fields: ${fields.join(", ")}.`, { fields });
  }
  const { token, name, email, password } = parsed.data;
  const status = await getInviteStatus({ token });
  if (status.state !== "valid") {
    throw new AppError(
      "not_found",
      `This invitation link is ${status.state === "unknown" ? "not valid" : status.state}.`,
      {
        inviteState: status.state,
      },
    );
  }
  if (status.email && status.email !== email) {
    throw new AppError("invalid_input", `This invitation is for ${status.email}.`, { fields: ["email"] });
  }
  const passwordHash = await hashPassword(password);
  const prisma = db();
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email } })) {
      throw new AppError("conflict", `There is already an account for ${email}.`);
    }
    const user = await tx.user.create({ data: { email, name, passwordHash, role: status.role } });
    const { count } = await tx.invite.updateMany({
      where: { tokenHash: hashInviteToken(token), usedAt: null, expiresAt: { gte: new Date() } },
      data: { usedAt: new Date(), usedById: user.id },
    });
    if (count !== 1) throw new AppError("conflict", "This invitation link has just been used.");
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.join",
      subject: `user:${user.id}`,
      after: { email, role: status.role },
    });
    return { id: user.id, email: user.email, role: user.role };
  });
}
