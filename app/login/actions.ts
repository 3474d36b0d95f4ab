"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/server/accounts/auth";

export type SignInState = { error: "credentials" | "rate_limited" | "disabled" | "unknown" } | null;

// Deep links survive sign-in, but only within this site: keep the path of whatever URL comes (the proxy sends an
// absolute callbackUrl) and drop its origin, so no link can send a volunteer elsewhere.
function safeCallback(value: FormDataEntryValue | null): string {
  if (typeof value !== "string" || !value) return "/posts";
  try {
    const url = new URL(value, "http://retouche.invalid");
    return url.pathname === "/login" ? "/posts" : `${url.pathname}${url.search}`;
  } catch {
    return "/posts";
  }
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  try {
    await signIn("credentials", {
      email: formData.get("email"),
      password: formData.get("password"),
      redirectTo: safeCallback(formData.get("callbackUrl")),
    });
    return null;
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return { error: code === "rate_limited" || code === "disabled" || code === "credentials" ? code : "unknown" };
    }
    throw error; // the success redirect is thrown too
  }
}
