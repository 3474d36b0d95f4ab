"use server";

import { acceptInvite } from "@/lib/server/accounts/accept-invite";
import { runAction } from "@/lib/server/infrastructure/respond";

export async function acceptInviteAction(input: { token: string; name: string; email: string; password: string }) {
  return runAction(async () => {
    const user = await acceptInvite(input);
    return { email: user.email };
  });
}
