import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/auth.config";

// Sends visitors without a session cookie to the sign-in page, and nothing more: it does not decode the session
// (every page and use case checks the account and its permission itself), and it never re-issues the cookie, so
// a request still in flight cannot bring back a session the user just ended by signing out.
export default function proxy(request: NextRequest) {
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIE_NAMES.some((name) => c.name.startsWith(name)));
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    "/posts/:path*",
    "/admin/:path*",
    "/review/:path*",
    "/returned/:path*",
    "/notifications/:path*",
    "/contributors/:path*",
  ],
};
