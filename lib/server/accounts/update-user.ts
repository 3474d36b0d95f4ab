import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { assertCan, type CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { recordAudit } from "@/lib/server/infrastructure/record-audit";
import { ROLES } from "@/lib/workflow/roles";
import { forgetAccount } from "./request-user";

const inputSchema = z.object({
  userId: z.coerce.number().int().positive(),
  role: z.enum(ROLES).optional(),
  disabled: z.boolean().optional(),
});

/**
 * An admin changes someone's role or disables/enables their account. Takes effect on that user's next request
 * (lib/server/current-user.ts re-reads the account). An admin cannot lock themselves out.
 */
export async function updateUser(options: { actor: CurrentUser; userId: unknown; role?: string; disabled?: boolean }) {
  // permission first, so that a caller who may not do this learns nothing from input validation
  if (options.role !== undefined || options.disabled === undefined) assertCan(options.actor, "user.set-role");
  if (options.disabled !== undefined) assertCan(options.actor, "user.disable");
  const parsed = inputSchema.safeParse(options);
  if (!parsed.success) throw new AppError("invalid_input", "Unknown user or role.");
  const { userId, role, disabled } = parsed.data;
  if (userId === options.actor.id && (disabled === true || (role !== undefined && role !== "admin"))) {
    throw new AppError("invalid_input", "You cannot disable your own account or remove your own admin role.");
  }
  const updated = await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabled: true } });
    if (!before) throw new AppError("not_found", "This account does not exist.");
    const after = await tx.user.update({
      where: { id: userId },
      data: { role, disabled },
      select: { id: true, role: true, disabled: true },
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: disabled !== undefined ? (disabled ? "user.disable" : "user.enable") : "user.set-role",
      subject: `user:${userId}`,
      before,
      after: { role: after.role, disabled: after.disabled },
    });
    return after;
  });
  forgetAccount(userId);
  return updated;
}
