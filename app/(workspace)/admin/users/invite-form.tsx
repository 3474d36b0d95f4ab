"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ErrorMessage } from "@/app/_components/error-message";
import type { ActionError } from "@/lib/errors";
import { ROLES } from "@/lib/workflow/roles";
import { inviteUserAction } from "./actions";

export function InviteForm() {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [copied, setCopied] = useState(false);
  return (
    <div>
      <form
        className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          startTransition(async () => {
            const result = await inviteUserAction({
              email: String(form.get("email") ?? ""),
              role: String(form.get("role") ?? "translator"),
            });
            setCopied(false);
            if (result.ok) {
              setError(null);
              setLink({
                url: `${window.location.origin}/invite/${result.data.token}`,
                expiresAt: result.data.expiresAt,
              });
            } else {
              setLink(null);
              setError(result.error);
            }
          });
        }}
      >
        <div>
          <label htmlFor="invite-email" className="field-label">
            {t("admin.invite.email")}
          </label>
          <input id="invite-email" name="email" type="email" className="field-input" />
        </div>
        <div>
          <label htmlFor="invite-role" className="field-label">
            {t("admin.invite.role")}
          </label>
          <select id="invite-role" name="role" className="field-input" defaultValue="translator">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("admin.invite.submit")}
        </button>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {link ? (
        <div className="mt-4 rounded-md border border-accent-100 bg-accent-50 p-3 text-sm" role="status">
          <p className="text-stone-800">
            {t("admin.invite.created", { date: new Date(link.expiresAt).toLocaleDateString() })}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <input
              readOnly
              aria-label={t("admin.invite.title")}
              value={link.url}
              className="field-input flex-1 font-mono text-xs"
              onFocus={(event) => event.currentTarget.select()}
            />
            <button
              type="button"
              className="btn-secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(link.url).catch(() => undefined);
                setCopied(true);
              }}
            >
              {copied ? t("admin.invite.copied") : t("admin.invite.copy")}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
