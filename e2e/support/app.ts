import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/server/accounts/demo-accounts";
import { createPrismaClient, type PrismaClient } from "@/lib/server/create-prisma-client";
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
  const { createSeedPost } = await import("@/e2e/support/factories");
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

/** A reviewer's approval of every segment of a post, as the review queue would record it (not a fast run). */
export async function approveAllSegments(postId: number, reviewerEmail = demoAccount("reviewer").email) {
  const reviewer = await testDb().user.findUniqueOrThrow({ where: { email: reviewerEmail } });
  const segments = await testDb().segment.findMany({ where: { postId } });
  for (const s of segments) {
    await testDb().$transaction([
      testDb().segment.update({ where: { id: s.id }, data: { state: "APPROVED", version: { increment: 1 } } }),
      testDb().reviewDecision.create({
        data: {
          segmentId: s.id,
          reviewerId: reviewer.id,
          verdict: "approved",
          version: s.version + 1,
          untouched: s.targetText === s.mtText,
        },
      }),
    ]);
  }
}

/**
 * Clears a post's QA findings the way volunteers would: every automatic fix applied, every other finding
 * dismissed with a reason. Asks the running app for the findings (it has the dictionaries loaded).
 */
export async function resolveAllFindings(page: Page, postId: number) {
  const { applyFixes } = await import("@/lib/qa/apply-fixes");
  type Finding = import("@/lib/qa/types").Finding;
  const user = await testDb().user.findUniqueOrThrow({ where: { email: demoAccount("translator").email } });
  for (let round = 0; round < 3; round++) {
    const answer = await page.request.get(`/api/posts/${postId}/quality`);
    const { findings } = (await answer.json()) as { findings: Record<string, Finding[]> };
    if (Object.keys(findings).length === 0) return;
    for (const [id, list] of Object.entries(findings)) {
      const segment = await testDb().segment.findUniqueOrThrow({ where: { id: Number(id) } });
      const fixable = list.filter((f) => f.fix !== null);
      if (round < 2 && fixable.length) {
        const text = applyFixes(segment.targetText, fixable);
        await testDb().segment.update({
          where: { id: segment.id },
          data: { targetText: text, state: "EDITED", version: { increment: 1 } },
        });
        await testDb().revision.create({
          data: { segmentId: segment.id, authorId: user.id, text, baseVersion: segment.version, kind: "autofix" },
        });
        continue;
      }
      for (const f of list) {
        const excerpt = segment.targetText.slice(f.start, f.end);
        await testDb().qaDismissal.upsert({
          where: { segmentId_check_excerpt: { segmentId: segment.id, check: f.check, excerpt } },
          create: {
            segmentId: segment.id,
            check: f.check,
            excerpt,
            reason: "checked by the e2e volunteer",
            authorId: user.id,
          },
          update: {},
        });
      }
    }
  }
}

/** The publisher's panel on a post is folded until the post is ready: unfold it. */
export async function openPublishPanel(page: Page) {
  const panel = page.locator("details").filter({ has: page.getByRole("heading", { name: "Publish", exact: true }) });
  if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click();
}
