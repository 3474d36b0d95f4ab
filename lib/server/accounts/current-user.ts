import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { isRole } from "@/lib/workflow/roles";
import { auth } from "./auth";

export type { CurrentUser };

/**
 * The signed-in user as the database knows them now: a disabled account or a changed role takes effect on the
 * next request, whatever the (stateless) session cookie says. Cached for the duration of one request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id)) return null;
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, locale: true, disabled: true },
  });
  if (!user || user.disabled || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
});

/** For server actions: the signed-in user, or the "unauthenticated" error (mapped like any other). */
export async function requireActor(): Promise<CurrentUser> {
  const actor = await getCurrentUser();
  if (!actor) throw new AppError("unauthenticated", "Sign in to continue.");
  return actor;
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const session = await auth();
    redirect(session?.user ? "/login?error=disabled" : "/login");
  }
  return user;
}
