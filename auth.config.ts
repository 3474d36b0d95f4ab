import type { NextAuthConfig } from "next-auth";
import { isRole } from "@/lib/workflow/roles";

/** The names Auth.js gives the session cookie (over https, then over http); big tokens get ".0", ".1" suffixes. */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];

// The database-free half of the Auth.js config; lib/server/accounts/auth.ts adds the Credentials provider. The role in the
// token is a hint for the interface only: every use case re-reads the account.
export const authConfig = {
  trustHost: true,
  // a fixed lifetime: nothing re-issues the cookie on each request (see proxy.ts)
  session: { strategy: "jwt", maxAge: 14 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [],
  logger: {
    // a failed sign-in is expected; match on .type because class names are minified in production builds
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.role = user.role;
        token.locale = user.locale ?? null;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = isRole(token.role) ? token.role : "translator";
      return session;
    },
  },
} satisfies NextAuthConfig;
