import { isAtLeast, type Role } from "./roles";

// The single source of truth for who may do what. An action joins the table with the use case that checks it. Every server action and route handler asks `can()`
// (through lib/server/infrastructure/assert-can.ts); the proxy and the UI only use it to hide what would be refused anyway.
export const PERMISSIONS = {
  "post.read": "translator",
  "segment.edit": "translator",
  "segment.confirm": "translator",
  "segment.split-merge": "translator",
  "segment.comment": "translator",
  "segment.review": "reviewer",
  "segment.reviewer-edit": "reviewer",
  "segment.bulk-approve": "reviewer",
  "post.import": "publisher",
  "post.publish": "publisher",
  "post.unpublish": "publisher",
  "post.export": "publisher",
  "user.list": "admin",
  "user.invite": "admin",
  "user.set-role": "admin",
  "user.disable": "admin",
} as const satisfies Record<string, Role>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export function can(role: Role, action: Action): boolean {
  return isAtLeast(role, PERMISSIONS[action]);
}
