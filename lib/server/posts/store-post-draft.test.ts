import { describe, expect, it } from "vitest";
import type { PostDraft } from "@/lib/ingest/post-draft";
import { setUpTestDatabase } from "@/tests/test-database";
import { createUser } from "../../../e2e/support/factories";
import { storePostDraft } from "./store-post-draft";

const database = setUpTestDatabase();

function draft(title: string, segments: { sourceText: string; mtText: string }[]): PostDraft {
  return {
    title,
    sourceTitle: "Source title",
    sourceUrl: null, // the slug comes from the title
    sourceDate: "2020-06-11T01:08:42.000Z",
    sourceLang: "en",
    targetLang: "fr",
    mtEngine: "machine",
    mtProvenance: "Cet article est une traduction automatique…",
    blocks: [
      { kind: "title", tags: {}, segments: [{ sourceText: "Title", mtText: title, confidence: 1 }] },
      {
        kind: "paragraph",
        tags: { 1: { name: "a", attributes: { href: "https://eff.org" } } },
        segments: segments.map((s) => ({ ...s, confidence: 0.42 })),
      },
    ],
  } as PostDraft;
}

describe("storePostDraft", () => {
  it("stores the post so that Prisma reads it back as written: dates, order, revisions, audit", async () => {
    const prisma = database.prisma();
    const user = await createUser(prisma, {
      email: "p@store.test",
      name: "P",
      role: "publisher",
      password: "pw-pw-pw-pw",
    });
    const before = Date.now();
    const stored = await storePostDraft(
      prisma,
      draft("Un titre", [
        { sourceText: "One.", mtText: "Un." },
        { sourceText: "Two.", mtText: "Deux." },
      ]),
      { actorId: user.id },
    );
    expect(stored).toMatchObject({ slug: "un-titre", blocks: 2, segments: 3 });

    const post = await prisma.post.findUniqueOrThrow({
      where: { id: stored.id },
      include: { blocks: { orderBy: { order: "asc" } }, segments: { orderBy: { order: "asc" } } },
    });
    expect(post.sourceDate?.toISOString()).toBe("2020-06-11T01:08:42.000Z");
    expect(post.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(post.importedById).toBe(user.id);
    expect(post.blocks.map((b) => [b.order, b.kind, JSON.parse(b.skeleton)])).toEqual([
      [0, "title", {}],
      [1, "paragraph", { 1: { name: "a", attributes: { href: "https://eff.org" } } }],
    ]);
    expect(post.segments.map((s) => [s.order, s.blockId, s.targetText, s.state, s.version])).toEqual([
      [0, post.blocks[0].id, "Un titre", "MT", 1],
      [1, post.blocks[1].id, "Un.", "MT", 1],
      [2, post.blocks[1].id, "Deux.", "MT", 1],
    ]);
    expect(post.segments[1].alignmentConfidence).toBeCloseTo(0.42);
    const revisions = await prisma.revision.findMany({ where: { segment: { postId: stored.id } } });
    expect(revisions.map((r) => [r.kind, r.baseVersion, r.authorId])).toEqual(Array(3).fill(["import", 0, user.id]));
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { postId: stored.id } });
    expect(audit).toMatchObject({ action: "post.import", subject: `post:${stored.id}`, actorId: user.id });
    expect(JSON.parse(audit.after ?? "")).toMatchObject({ slug: "un-titre", blocks: 2, segments: 3 });
  });

  it("gives a second post with the same title the next free slug", async () => {
    const prisma = database.prisma();
    const one = await storePostDraft(prisma, draft("Cent pour cent", [{ sourceText: "A.", mtText: "A." }]), {
      actorId: null,
    });
    const two = await storePostDraft(prisma, draft("Cent pour cent", [{ sourceText: "A.", mtText: "A." }]), {
      actorId: null,
    });
    expect([one.slug, two.slug]).toEqual(["cent-pour-cent", "cent-pour-cent-2"]);
  });

  it("stores nothing when a row fails half-way through", async () => {
    const prisma = database.prisma();
    const counts = async () =>
      Promise.all([prisma.post.count(), prisma.block.count(), prisma.segment.count(), prisma.auditEvent.count()]);
    const before = await counts();
    // the third segment violates NOT NULL after the post, both blocks and two segments were inserted
    const broken = draft("Cassé", [
      { sourceText: "One.", mtText: "Un." },
      { sourceText: "Two.", mtText: null as unknown as string },
    ]);
    await expect(storePostDraft(prisma, broken, { actorId: null })).rejects.toThrow(/NOT NULL/);
    expect(await counts()).toEqual(before);
  });
});
