import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { ACTIONS, type Action, can } from "@/lib/workflow/permissions";
import { ROLES, type Role } from "@/lib/workflow/roles";
import { setUpTestDatabase } from "@/tests/test-database";
import { createSeedPost, createUser } from "../../e2e/support/factories";
import { inviteUser } from "./accounts/invite-user";
import { listUsers } from "./accounts/list-users";
import { updateUser } from "./accounts/update-user";
import type { CurrentUser } from "./infrastructure/assert-can";
import { importPost } from "./posts/import-post";
import { listPosts } from "./posts/list-posts";
import { loadExportPost } from "./publishing/load-export-post";
import { publishPost } from "./publishing/publish-post";
import { unpublishPost } from "./publishing/unpublish-post";
import { reviewSegments } from "./review/review-segments";
import { saveSegment } from "./segments/save-segment";
import { addComment } from "./segments/segment-comments";
import { splitSegment } from "./segments/split-segment";

const database = setUpTestDatabase();

// One real use case per action of the permission table: the test calls each as each role and checks that the use
// case itself refuses exactly the roles the table refuses (whatever the UI or the proxy would have done).
type Fixture = { segmentIds: number[]; targetUserId: number };
const CALLS: Record<Action, (actor: CurrentUser, f: Fixture) => Promise<unknown>> = {
  "post.read": (actor) => listPosts({ actor }),
  "segment.edit": (actor, f) => saveSegment({ actor, segmentId: f.segmentIds[0], baseVersion: 999, text: "x" }),
  "segment.confirm": (actor, f) =>
    saveSegment({ actor, segmentId: f.segmentIds[0], baseVersion: 999, text: "", kind: "confirm" }),
  "segment.split-merge": (actor, f) =>
    splitSegment({ actor, segmentId: f.segmentIds[0], version: 999, sourceAt: 1, targetAt: 1 }),
  "segment.comment": (actor, f) => addComment({ actor, segmentId: f.segmentIds[0], body: "" }),
  "segment.review": (actor, f) =>
    reviewSegments({ actor, decisions: [{ segmentId: f.segmentIds[0], version: 999, verdict: "approve" }] }),
  "segment.reviewer-edit": (actor, f) =>
    reviewSegments({ actor, decisions: [{ segmentId: f.segmentIds[0], version: 999, verdict: "approve", text: "y" }] }),
  "segment.bulk-approve": (actor, f) =>
    reviewSegments({
      actor,
      decisions: f.segmentIds.slice(0, 2).map((segmentId) => ({ segmentId, version: 999, verdict: "approve" })),
    }),
  "post.import": (actor) => importPost({ actor, mt: { kind: "text", text: "" }, source: { kind: "text", text: "" } }),
  "post.publish": (actor) => publishPost({ actor, postId: 999_999 }),
  "post.unpublish": (actor) => unpublishPost({ actor, postId: 999_999 }),
  "post.export": (actor) => loadExportPost({ actor, postId: 999_999 }),
  "user.list": (actor) => listUsers({ actor }),
  "user.invite": (actor) => inviteUser({ actor, email: "not an email", role: "translator" }),
  "user.set-role": (actor, f) => updateUser({ actor, userId: f.targetUserId, role: "no-such-role" }),
  "user.disable": (actor, f) => updateUser({ actor, userId: f.targetUserId, disabled: "no" as unknown as boolean }),
};

async function outcome(call: () => Promise<unknown>): Promise<"forbidden" | "allowed"> {
  try {
    await call();
    return "allowed";
  } catch (error) {
    if (isAppError(error) && error.code === "forbidden") return "forbidden";
    if (isAppError(error)) return "allowed"; // refused later, for the input, after the permission check passed
    throw error;
  }
}

describe("every use case checks the permission table itself", () => {
  it("covers every action of the table", () => {
    expect(Object.keys(CALLS).sort()).toEqual([...ACTIONS].sort());
  });

  it("refuses exactly the roles the table refuses, for every action", async () => {
    const post = await createSeedPost(database.prisma());
    const segments = await database.prisma().segment.findMany({ where: { postId: post.id }, take: 2 });
    const target = await createUser(database.prisma(), {
      email: "target@authz.test",
      name: "Target",
      role: "translator",
      password: "target-password",
    });
    const fixture = { segmentIds: segments.map((s) => s.id), targetUserId: target.id };
    const actors = {} as Record<Role, CurrentUser>;
    for (const role of ROLES) {
      const user = await createUser(database.prisma(), {
        email: `${role}@authz.test`,
        name: role,
        role,
        password: "a-long-password",
      });
      actors[role] = { id: user.id, email: user.email, name: role, role, locale: null };
    }
    const answers: string[] = [];
    const expected: string[] = [];
    for (const action of ACTIONS) {
      for (const role of ROLES) {
        answers.push(`${action} ${role}: ${await outcome(() => CALLS[action](actors[role], fixture))}`);
        expected.push(`${action} ${role}: ${can(role, action) ? "allowed" : "forbidden"}`);
      }
    }
    expect(answers).toEqual(expected);
  });
});
