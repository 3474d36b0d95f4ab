import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/auth.config";
import { type AuthenticationFailure, authenticateCredentials } from "./authenticate-credentials";

// The code travels to the sign-in form, which shows the matching message from the catalogue.
class SignInRefused extends CredentialsSignin {
  constructor(reason: AuthenticationFailure) {
    super(reason);
    this.code = reason;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
        const result = await authenticateCredentials({
          email: credentials?.email,
          password: credentials?.password,
          clientAddress: forwarded || request.headers.get("x-real-ip") || "local",
        });
        if (!result.ok) throw new SignInRefused(result.reason);
        return result.user;
      },
    }),
  ],
});
