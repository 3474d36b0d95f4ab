import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { buildPostDraft } from "@/lib/ingest/build-post-draft";
import { parseDocument } from "@/lib/ingest/parse-document";
import type { InputFormat } from "@/lib/ingest/types";
import { DEMO_ACCOUNTS } from "@/lib/server/accounts/demo-accounts";
import { hashPassword } from "@/lib/server/accounts/passwords";
import { storePostDraft } from "@/lib/server/posts/store-post-draft";
import type { Role } from "@/lib/workflow/roles";

// Data builders shared by the seed script, unit tests and e2e specs, so that all of them create users and posts
// exactly as the app does. No "server-only" guard: the Playwright runner imports this file.

export const SEED_POST_DIR = path.join(process.cwd(), "fixtures/seed-post");

export async function createUser(
  prisma: PrismaClient,
  options: { email: string; name: string; role: Role; password: string; disabled?: boolean },
) {
  return prisma.user.create({
    data: {
      email: options.email.toLowerCase(),
      name: options.name,
      role: options.role,
      disabled: options.disabled ?? false,
      passwordHash: await hashPassword(options.password),
    },
  });
}

export async function createDemoAccounts(prisma: PrismaClient) {
  for (const account of DEMO_ACCOUNTS) {
    const existing = await prisma.user.findUnique({ where: { email: account.email } });
    if (!existing) await createUser(prisma, account);
  }
}

export async function createPostFromTexts(
  prisma: PrismaClient,
  options: {
    source: string;
    mt: string;
    format?: InputFormat;
    sourceLang?: string;
    targetLang?: string;
    actorId?: number | null;
  },
) {
  const draft = buildPostDraft({
    source: parseDocument({ content: options.source, format: options.format ?? "text" }),
    mt: parseDocument({ content: options.mt, format: options.format ?? "text" }),
    sourceLang: options.sourceLang ?? "en",
    targetLang: options.targetLang ?? "fr",
  });
  return storePostDraft(prisma, draft, { actorId: options.actorId ?? null });
}

/** The real machine-translated EFF post of fixtures/seed-post, with its English source. */
export function readSeedPost(): { source: string; mt: string } {
  return {
    source: readFileSync(path.join(SEED_POST_DIR, "en.source.txt"), "utf8"),
    mt: readFileSync(path.join(SEED_POST_DIR, "fr.machine.txt"), "utf8"),
  };
}

export async function createSeedPost(prisma: PrismaClient, actorId: number | null = null) {
  return createPostFromTexts(prisma, { ...readSeedPost(), actorId });
}

/** Empties every table (tests and `npm run db:seed -- --reset`). Children first, for the foreign keys. */
export async function resetDatabase(prisma: PrismaClient) {
  await prisma.$transaction([
    prisma.auditEvent.deleteMany(),
    prisma.qaDismissal.deleteMany(),
    prisma.comment.deleteMany(),
    prisma.reviewDecision.deleteMany(),
    prisma.revision.deleteMany(),
    prisma.publication.deleteMany(),
    prisma.segment.deleteMany(),
    prisma.block.deleteMany(),
    prisma.post.deleteMany(),
    prisma.invite.deleteMany(),
    prisma.loginAttempt.deleteMany(),
    prisma.user.deleteMany(),
  ]);
}

/** Puts the first `count` segments of a post in the "edited" state, as a translator's save would. */
export async function editSegments(prisma: PrismaClient, options: { postId: number; count: number; authorId: number }) {
  const segments = await prisma.segment.findMany({
    where: { postId: options.postId },
    orderBy: { order: "asc" },
    take: options.count,
  });
  for (const segment of segments) {
    const text = `${segment.targetText} (relu)`;
    await prisma.$transaction([
      prisma.segment.update({
        where: { id: segment.id },
        data: { targetText: text, state: "EDITED", version: { increment: 1 } },
      }),
      prisma.revision.create({
        data: { segmentId: segment.id, authorId: options.authorId, text, baseVersion: segment.version, kind: "edit" },
      }),
    ]);
  }
  return segments.map((s) => s.id);
}
