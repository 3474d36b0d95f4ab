import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { setUpTestDatabase } from "@/tests/test-database";
import { createSeedPost, createUser } from "../../../e2e/support/factories";
import { saveSegment } from "./save-segment";

const database = setUpTestDatabase();

async function translator(email: string): Promise<CurrentUser> {
  const user = await createUser(database.prisma(), {
    email,
    name: email,
    role: "translator",
    password: "a-long-password",
  });
  return { id: user.id, email, name: email, role: "translator", locale: null };
}

async function firstSegment() {
  const post = await createSeedPost(database.prisma());
  return database.prisma().segment.findFirstOrThrow({ where: { postId: post.id }, orderBy: { order: "asc" } });
}

describe("saveSegment", () => {
  it("saves from the current version, bumps it, and appends a revision and an audit row", async () => {
    const actor = await translator("t1@save.test");
    const segment = await firstSegment();
    const saved = await saveSegment({ actor, segmentId: segment.id, baseVersion: 1, text: "Nouveau texte." });
    expect(saved).toMatchObject({ version: 2, state: "EDITED", text: "Nouveau texte." });
    const revisions = await database
      .prisma()
      .revision.findMany({ where: { segmentId: segment.id }, orderBy: { id: "asc" } });
    expect(revisions.map((r) => [r.kind, r.baseVersion, r.authorId])).toEqual([
      ["import", 0, null],
      ["edit", 1, actor.id],
    ]);
    expect(await database.prisma().auditEvent.count({ where: { subject: `segment:${segment.id}` } })).toBe(1);
  });

  it("answers a stale version with a conflict carrying the other text, and writes nothing", async () => {
    const actor = await translator("t2@save.test");
    const segment = await firstSegment();
    await saveSegment({ actor, segmentId: segment.id, baseVersion: 1, text: "Premier." });
    await expect(saveSegment({ actor, segmentId: segment.id, baseVersion: 1, text: "Second." })).rejects.toMatchObject({
      code: "conflict",
      details: { current: { text: "Premier.", version: 2 } },
    });
    expect(await database.prisma().revision.count({ where: { segmentId: segment.id } })).toBe(2);
  });

  it("lets exactly one of ten simultaneous saves from the same version win", async () => {
    const actor = await translator("t3@save.test");
    const segment = await firstSegment();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        saveSegment({ actor, segmentId: segment.id, baseVersion: 1, text: `v${i}` }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await database.prisma().segment.findUniqueOrThrow({ where: { id: segment.id } })).version).toBe(2);
    expect(await database.prisma().revision.count({ where: { segmentId: segment.id, kind: "edit" } })).toBe(1);
  });

  it("confirms machine text as fine, and puts an edit back to the machine text in the machine state", async () => {
    const actor = await translator("t4@save.test");
    const segment = await firstSegment();
    expect(
      await saveSegment({ actor, segmentId: segment.id, baseVersion: 1, text: "", kind: "confirm" }),
    ).toMatchObject({
      state: "CONFIRMED",
      text: segment.mtText,
    });
    await saveSegment({ actor, segmentId: segment.id, baseVersion: 2, text: "Autre." });
    expect(await saveSegment({ actor, segmentId: segment.id, baseVersion: 3, text: segment.mtText })).toMatchObject({
      state: "MT",
    });
  });

  it("refuses a translator's reviewer edit and invalid input", async () => {
    const actor = await translator("t5@save.test");
    const segment = await firstSegment();
    await expect(
      saveSegment({ actor, segmentId: segment.id, baseVersion: 1, text: "x", kind: "reviewer-edit" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveSegment({ actor, segmentId: segment.id, baseVersion: 1, text: "a\u0000b" })).rejects.toMatchObject(
      {
        code: "invalid_input",
      },
    );
    await expect(saveSegment({ actor, segmentId: 999_999, baseVersion: 1, text: "x" })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
