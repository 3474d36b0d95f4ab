"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/current-user";
import { inviteUser } from "@/lib/server/invite-user";
import { runAction } from "@/lib/server/respond";
import { updateUser } from "@/lib/server/update-user";

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
