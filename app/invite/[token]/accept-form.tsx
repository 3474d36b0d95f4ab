"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ErrorMessage } from "@/app/_components/error-message";
import type { ActionError } from "@/lib/errors";
import { acceptInviteAction } from "./actions";

export function AcceptInviteForm({
  token,
  email,
  passwordMin,
}: {
  token: string;
  email: string | null;
  passwordMin: number;
}) {
  const t = useTranslations("invite");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [done, setDone] = useState(false);
  if (done) {
    return (
      <div role="status" className="space-y-4">
        <p className="text-stone-800">{t("done")}</p>
        <Link href="/login" className="btn-primary">
          {t("goSignIn")}
        </Link>
      </div>
    );
  }
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        startTransition(async () => {
          const result = await acceptInviteAction({
            token,
            name: String(form.get("name") ?? ""),
            email: String(form.get("email") ?? ""),
            password: String(form.get("password") ?? ""),
          });
          if (result.ok) setDone(true);
          else setError(result.error);
        });
      }}
    >
      <div>
        <label htmlFor="name" className="field-label">
          {t("name")}
        </label>
        <input id="name" name="name" autoComplete="name" required className="field-input" />
      </div>
      <div>
        <label htmlFor="email" className="field-label">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={email ?? ""}
          readOnly={Boolean(email)}
          className="field-input read-only:bg-stone-100"
        />
      </div>
      <div>
        <label htmlFor="password" className="field-label">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={passwordMin}
          aria-describedby="password-hint"
          className="field-input"
        />
        <p id="password-hint" className="mt-1 text-xs text-stone-500">
          {t("passwordHint", { min: passwordMin })}
        </p>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
