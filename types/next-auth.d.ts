import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/workflow/roles";

declare module "next-auth" {
  interface User {
    role?: Role;
    locale?: string | null;
  }
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
}

// next-auth/jwt only re-exports @auth/core/jwt, so the original module is the one to augment
declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    locale?: string | null;
  }
}
