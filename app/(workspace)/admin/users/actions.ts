"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/accounts/current-user";
import { inviteUser } from "@/lib/server/accounts/invite-user";
import { updateUser } from "@/lib/server/accounts/update-user";
import { runAction } from "@/lib/server/infrastructure/respond";

export async function inviteUserAction(input: { email: string; role: string }) {
  const result = await runAction(async () => {
    const invite = await inviteUser({ actor: await requireActor(), email: input.email, role: input.role });
    return { token: invite.token, expiresAt: invite.expiresAt.toISOString() };
  });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function setUserRoleAction(input: { userId: number; role: string }) {
  const result = await runAction(async () => {
    await updateUser({ actor: await requireActor(), userId: input.userId, role: input.role });
  });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function setUserDisabledAction(input: { userId: number; disabled: boolean }) {
  const result = await runAction(async () => {
    await updateUser({ actor: await requireActor(), userId: input.userId, disabled: input.disabled });
  });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
