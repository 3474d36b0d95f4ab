import { createHash, randomBytes } from "node:crypto";

// The token only ever exists in the link; the database keeps its SHA-256, so a leaked table opens no account.
export function createInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
