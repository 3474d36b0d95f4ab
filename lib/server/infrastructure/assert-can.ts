import { AppError } from "@/lib/errors";
import { type Action, can } from "@/lib/workflow/permissions";
import type { Role } from "@/lib/workflow/roles";

/** The person a use case acts for, as the database knows them now (see current-user.ts and request-user.ts). */
export type CurrentUser = { id: number; email: string; name: string; role: Role; locale: string | null };

/** Every use case starts here: the permission table says whether this role may do this action. */
export function assertCan(user: CurrentUser, action: Action): void {
  if (!can(user.role, action)) {
    throw new AppError("forbidden", `A ${user.role} may not do "${action}".`, { action });
  }
}
