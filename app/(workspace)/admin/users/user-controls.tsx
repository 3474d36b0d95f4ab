"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ErrorMessage } from "@/app/_components/error-message";
import type { ActionError } from "@/lib/errors";
import { ROLES, type Role } from "@/lib/workflow/roles";
import { setUserDisabledAction, setUserRoleAction } from "./actions";

export function UserControls({
  user,
  isSelf,
}: {
  user: { id: number; name: string; role: Role; disabled: boolean };
  isSelf: boolean;
}) {
  const t = useTranslations();
  const [role, setRole] = useState<Role>(user.role);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState(false);
  const run = (work: () => Promise<{ ok: true } | { ok: false; error: ActionError }>) =>
    startTransition(async () => {
      const result = await work();
      setError(result.ok ? null : result.error);
      setSaved(result.ok);
    });
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          {t("admin.roleFor", { name: user.name })}
        </label>
        <select
          id={`role-${user.id}`}
          className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
          value={role}
          disabled={pending || isSelf}
          onChange={(event) => {
            setRole(event.target.value as Role);
            setSaved(false);
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn-secondary py-1.5"
          disabled={pending || isSelf || role === user.role}
          onClick={() => run(() => setUserRoleAction({ userId: user.id, role }))}
        >
          {t("admin.saveRole")}
        </button>
        {isSelf ? null : (
          <button
            type="button"
            className={user.disabled ? "btn-secondary py-1.5" : "btn-danger py-1.5"}
            disabled={pending}
            onClick={() => run(() => setUserDisabledAction({ userId: user.id, disabled: !user.disabled }))}
          >
            {user.disabled ? t("admin.enable") : t("admin.disable")}
          </button>
        )}
        {saved ? (
          <span role="status" className="text-xs text-emerald-800">
            {t("admin.saved")}
          </span>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
