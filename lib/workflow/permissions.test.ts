import { describe, expect, it } from "vitest";
import { ACTIONS, can, PERMISSIONS } from "./permissions";
import { isAtLeast, isRole, ROLES } from "./roles";

// The expected answer for every action and role, written out by hand so that a change to the table is a
// deliberate change to this test too.
const EXPECTED: Record<string, Record<(typeof ROLES)[number], boolean>> = {
  "post.read": { translator: true, reviewer: true, publisher: true, admin: true },
  "segment.edit": { translator: true, reviewer: true, publisher: true, admin: true },
  "segment.confirm": { translator: true, reviewer: true, publisher: true, admin: true },
  "segment.split-merge": { translator: true, reviewer: true, publisher: true, admin: true },
  "segment.comment": { translator: true, reviewer: true, publisher: true, admin: true },
  "segment.review": { translator: false, reviewer: true, publisher: true, admin: true },
  "segment.reviewer-edit": { translator: false, reviewer: true, publisher: true, admin: true },
  "segment.bulk-approve": { translator: false, reviewer: true, publisher: true, admin: true },
  "post.import": { translator: false, reviewer: false, publisher: true, admin: true },
  "post.publish": { translator: false, reviewer: false, publisher: true, admin: true },
  "post.unpublish": { translator: false, reviewer: false, publisher: true, admin: true },
  "post.export": { translator: false, reviewer: false, publisher: true, admin: true },
  "user.list": { translator: false, reviewer: false, publisher: false, admin: true },
  "user.invite": { translator: false, reviewer: false, publisher: false, admin: true },
  "user.set-role": { translator: false, reviewer: false, publisher: false, admin: true },
  "user.disable": { translator: false, reviewer: false, publisher: false, admin: true },
};

describe("the permission table", () => {
  it("covers exactly the actions this test knows", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      it(`${role} ${EXPECTED[action][role] ? "may" : "may not"} ${action}`, () => {
        expect(can(role, action)).toBe(EXPECTED[action][role]);
      });
    }
  }

  it("gives each role everything of the roles below it", () => {
    for (const action of ACTIONS) {
      const allowed = ROLES.map((role) => can(role, action));
      expect(allowed.indexOf(true)).toBe(ROLES.indexOf(PERMISSIONS[action]));
      expect(allowed.slice(allowed.indexOf(true)).every(Boolean)).toBe(true);
    }
  });
});

describe("roles", () => {
  it("are ordered translator < reviewer < publisher < admin", () => {
    expect(isAtLeast("reviewer", "translator")).toBe(true);
    expect(isAtLeast("translator", "reviewer")).toBe(false);
    expect(isAtLeast("admin", "publisher")).toBe(true);
  });

  it("rejects unknown values", () => {
    expect(isRole("editor")).toBe(false);
    expect(isRole(undefined)).toBe(false);
    expect(isRole("admin")).toBe(true);
  });
});
