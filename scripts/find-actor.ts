import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { isRole } from "@/lib/workflow/roles";

/** Who a command-line script acts as: the account with this e-mail (--as), by default the first active admin. */
export async function findActor(email?: string): Promise<CurrentUser> {
  const user = await db().user.findFirst({
    where: email ? { email: email.toLowerCase() } : { role: "admin", disabled: false },
    orderBy: { id: "asc" },
  });
  if (!user || !isRole(user.role)) {
    throw new Error(email ? `no account ${email}` : "no admin account: run `npm run create-admin` first");
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}
