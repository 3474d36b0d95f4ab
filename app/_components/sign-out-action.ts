"use server";

import { signOut } from "@/lib/server/accounts/auth";

export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
