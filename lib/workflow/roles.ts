// Roles are ordered: each role has everything of the roles before it (DESIGN.md §1).
export const ROLES = ["translator", "reviewer", "publisher", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function rankOf(role: Role): number {
  return ROLES.indexOf(role);
}

export function isAtLeast(role: Role, minimum: Role): boolean {
  return rankOf(role) >= rankOf(minimum);
}
