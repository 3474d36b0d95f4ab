import { decode } from "next-auth/jwt";
import { SESSION_COOKIE_NAMES } from "@/auth.config";
import type { CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { readEnv } from "@/lib/server/infrastructure/env";
// No "server-only" guard: the lean save server (scripts/serve.ts) resolves sessions with it too, in the same
// process as Next; the caches live on globalThis so both see one copy (an admin's change reaches both at once).
import { sqlite } from "@/lib/server/sqlite-connection";
import { isRole } from "@/lib/workflow/roles";

// The signed-in user for hot API routes (segment saves). Auth.js's auth() decrypts the session JWE on every call,
// which halved the save rate in our measure; here each distinct cookie is decrypted once and kept until it
// expires. The account itself (disabled? role?) is re-read at most every ACCOUNT_TTL_MS, and at once in this
// process after an admin changes it (forgetAccount).

const MAX_TOKENS = 2000;
const ACCOUNT_TTL_MS = 3000;

const shared = globalThis as unknown as {
  retoucheSessions?: {
    tokens: Map<string, { userId: number; expiresAt: number }>;
    accounts: Map<number, { user: CurrentUser | null; checkedAt: number }>;
  };
};
shared.retoucheSessions ??= { tokens: new Map(), accounts: new Map() };
const { tokens, accounts } = shared.retoucheSessions;

function readCookie(header: string | null): { name: string; value: string } | null {
  if (!header) return null;
  const pairs = header.split(/;\s*/).map((p) => {
    const i = p.indexOf("=");
    return [p.slice(0, i), p.slice(i + 1)] as const;
  });
  for (const name of SESSION_COOKIE_NAMES) {
    const found = pairs.find(([n]) => n === name);
    if (found) return { name, value: decodeURIComponent(found[1]) };
  }
  return null;
}

async function userIdOf(cookie: { name: string; value: string }): Promise<number | null> {
  const cached = tokens.get(cookie.value);
  if (cached) return cached.expiresAt > Date.now() ? cached.userId : null;
  const secret = readEnv().AUTH_SECRET;
  if (!secret) return null;
  const token = await decode({ token: cookie.value, secret, salt: cookie.name }).catch(() => null);
  const userId = Number(token?.sub);
  if (!token || !Number.isInteger(userId)) return null;
  if (tokens.size >= MAX_TOKENS) tokens.delete(tokens.keys().next().value as string);
  const expiresAt = typeof token.exp === "number" ? token.exp * 1000 : Date.now() + 60_000;
  tokens.set(cookie.value, { userId, expiresAt });
  return expiresAt > Date.now() ? userId : null;
}

type AccountRow = { id: number; email: string; name: string; role: string; locale: string | null; disabled: number };

function accountOf(userId: number): CurrentUser | null {
  const cached = accounts.get(userId);
  if (cached && Date.now() - cached.checkedAt < ACCOUNT_TTL_MS) return cached.user;
  const row = sqlite().prepare("SELECT id, email, name, role, locale, disabled FROM User WHERE id = ?").get(userId) as
    | AccountRow
    | undefined;
  const user =
    row && !row.disabled && isRole(row.role)
      ? { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale }
      : null;
  accounts.set(userId, { user, checkedAt: Date.now() });
  return user;
}

export async function getRequestUser(request: Request): Promise<CurrentUser | null> {
  return getUserFromCookieHeader(request.headers.get("cookie"));
}

export async function getUserFromCookieHeader(cookieHeader: string | null | undefined): Promise<CurrentUser | null> {
  const cookie = readCookie(cookieHeader ?? null);
  if (!cookie) return null;
  const userId = await userIdOf(cookie);
  return userId === null ? null : accountOf(userId);
}

/** Called when an admin changes an account, so this process stops trusting its cached copy at once. */
export function forgetAccount(userId: number): void {
  accounts.delete(userId);
}
