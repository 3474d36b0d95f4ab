import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { createPrismaClient, type PrismaClient } from "@/lib/server/create-prisma-client";
import { DEMO_ACCOUNTS } from "@/lib/server/demo-accounts";
import type { Role } from "@/lib/workflow/roles";

let client: PrismaClient | undefined;

/** The database of the server under test, to check what the UI did. */
export function testDb(): PrismaClient {
  client ??= createPrismaClient(process.env.E2E_DATABASE_URL);
  return client;
}

export function demoAccount(role: Role) {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`no demo ${role}`);
  return account;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Posts", level: 1 })).toBeVisible();
}

export async function signInAs(page: Page, role: Role) {
  const account = demoAccount(role);
  await signIn(page, account.email, account.password);
  return account;
}

/** A unique e-mail per call, so specs never collide on the shared database. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.retouche`;
}

/** A fresh copy of the seed post for one spec, so specs never see each other's edits. */
export async function createOwnSeedPost() {
  const { createSeedPost } = await import("@/lib/server/factories");
  return createSeedPost(testDb());
}

export async function segmentContaining(postId: number, text: string) {
  return testDb().segment.findFirstOrThrow({ where: { postId, targetText: { contains: text } } });
}

/** The id Next gave a server action in this build, as the browser would send it in the Next-Action header. */
export function serverActionId(exportedName: string, fileFragment: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entry = Object.entries(manifest.node).find(
    ([, action]) => action.exportedName === exportedName && action.filename?.includes(fileFragment),
  );
  if (!entry) throw new Error(`server action ${exportedName} not found in the build manifest`);
  return entry[0];
}

/** Calls a server action directly with this page's session, as a crafted request would. */
export async function callServerAction(page: Page, actionId: string, path: string, args: unknown[]) {
  const answer = await page.request.post(path, {
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(args),
  });
  return { status: answer.status(), body: await answer.text() };
}
