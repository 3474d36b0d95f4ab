import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { saveSegment } from "@/lib/server/segments/save-segment";
import type { Role } from "@/lib/workflow/roles";
import { setUpTestDatabase } from "@/tests/test-database";
import { createSeedPost, createUser, editSegments } from "../../../e2e/support/factories";
import { reviewSegments } from "./review-segments";

const database = setUpTestDatabase();
let serial = 0;

async function person(role: Role): Promise<CurrentUser> {
  serial++;
  const email = `${role}${serial}@review.test`;
  const user = await createUser(database.prisma(), {
    email,
    name: `${role} ${serial}`,
    role,
    password: "a-long-password",
  });
  return { id: user.id, email, name: user.name, role, locale: null };
}

async function editedSegments(count: number, translator: CurrentUser) {
  const post = await createSeedPost(database.prisma());
  const ids = await editSegments(database.prisma(), { postId: post.id, count, authorId: translator.id });
  return {
    post,
    segments: await database.prisma().segment.findMany({ where: { id: { in: ids } }, orderBy: { order: "asc" } }),
  };
}

describe("reviewSegments", () => {
  it("returns with a reason and notifies the translator; approving again needs the new version", async () => {
    const translator = await person("translator");
    const reviewer = await person("reviewer");
    const { segments } = await editedSegments(1, translator);
    const [s] = segments;
    await reviewSegments({
      actor: reviewer,
      decisions: [
        { segmentId: s.id, version: s.version, verdict: "return", reason: "terminology", comment: "glossaire" },
      ],
    });
    const returned = await database.prisma().segment.findUniqueOrThrow({ where: { id: s.id } });
    expect(returned.state).toBe("RETURNED");
    const notice = await database.prisma().notification.findFirstOrThrow({ where: { userId: translator.id } });
    expect(notice.kind).toBe("segment-returned");
    expect(JSON.parse(notice.data)).toMatchObject({ reason: "terminology", comment: "glossaire" });
    await expect(
      reviewSegments({
        actor: reviewer,
        decisions: [{ segmentId: s.id, version: 1, verdict: "return", reason: "style" }],
      }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses a return without a reason", async () => {
    const translator = await person("translator");
    const reviewer = await person("reviewer");
    const { segments } = await editedSegments(1, translator);
    await expect(
      reviewSegments({
        actor: reviewer,
        decisions: [{ segmentId: segments[0].id, version: segments[0].version, verdict: "return" }],
      }),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("never approves text nobody reviewed when a translator saves at the same moment", async () => {
    const translator = await person("translator");
    const reviewer = await person("reviewer");
    const { segments } = await editedSegments(1, translator);
    const [s] = segments;
    const [save, review] = await Promise.allSettled([
      saveSegment({
        actor: translator,
        segmentId: s.id,
        baseVersion: s.version,
        text: "Texte changé à la dernière seconde.",
      }),
      reviewSegments({ actor: reviewer, decisions: [{ segmentId: s.id, version: s.version, verdict: "approve" }] }),
    ]);
    const after = await database.prisma().segment.findUniqueOrThrow({ where: { id: s.id } });
    // exactly one of them went through; if the approval did, the text is the one the reviewer saw
    expect([save.status, review.status].filter((x) => x === "fulfilled")).toHaveLength(1);
    if (after.state === "APPROVED") expect(after.targetText).toBe(s.targetText);
    else expect(after).toMatchObject({ state: "EDITED", targetText: "Texte changé à la dernière seconde." });
  });

  it("lets only one of two reviewers deciding the same version at once win", async () => {
    const translator = await person("translator");
    const [a, b] = [await person("reviewer"), await person("reviewer")];
    const { segments } = await editedSegments(1, translator);
    const [s] = segments;
    const results = await Promise.allSettled([
      reviewSegments({ actor: a, decisions: [{ segmentId: s.id, version: s.version, verdict: "approve" }] }),
      reviewSegments({
        actor: b,
        decisions: [{ segmentId: s.id, version: s.version, verdict: "return", reason: "style" }],
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await database.prisma().reviewDecision.count({ where: { segmentId: s.id } })).toBe(1);
  });

  it("applies a bulk approval whole or not at all, and notifies publishers when the post is ready", async () => {
    const translator = await person("translator");
    const reviewer = await person("reviewer");
    const publisher = await person("publisher");
    const { post, segments } = await editedSegments(3, translator);
    const stale = segments.map((s, i) => ({
      segmentId: s.id,
      version: i === 2 ? 1 : s.version,
      verdict: "approve" as const,
    }));
    await expect(reviewSegments({ actor: reviewer, decisions: stale })).rejects.toMatchObject({
      code: "conflict",
      details: { segmentIds: [segments[2].id] },
    });
    expect(await database.prisma().segment.count({ where: { postId: post.id, state: "APPROVED" } })).toBe(0);

    // approve everything in the post: the untouched ones are counted, the fast run flagged
    const all = await database.prisma().segment.findMany({ where: { postId: post.id } });
    const result = await reviewSegments({
      actor: reviewer,
      decisions: all.map((s) => ({ segmentId: s.id, version: s.version, verdict: "approve" as const })),
      startedAt: Date.now() - 500,
    });
    expect(result).toMatchObject({ approved: all.length, fast: true });
    const untouched = await database.prisma().reviewDecision.count({
      where: { segment: { postId: post.id }, untouched: true },
    });
    expect(untouched).toBe(all.length - 3);
    const notice = await database
      .prisma()
      .notification.findFirstOrThrow({ where: { userId: publisher.id, kind: "post-ready" } });
    expect(notice.postId).toBe(post.id);
  });

  it("keeps bulk approval and reviewer edits from roles that may not", async () => {
    const translator = await person("translator");
    const { segments } = await editedSegments(2, translator);
    const decisions = segments.map((s) => ({ segmentId: s.id, version: s.version, verdict: "approve" as const }));
    await expect(reviewSegments({ actor: translator, decisions: decisions.slice(0, 1) })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
