"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ErrorMessage } from "@/app/_components/error-message";
import { TextField } from "@/app/_components/text-field";
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
      <TextField id="name" label={t("name")} autoComplete="name" required />
      <TextField
        id="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        required
        defaultValue={email ?? ""}
        readOnly={Boolean(email)}
        className="read-only:bg-stone-100"
      />
      <TextField
        id="password"
        label={t("password")}
        hint={t("passwordHint", { min: passwordMin })}
        type="password"
        autoComplete="new-password"
        required
        minLength={passwordMin}
      />
      {error ? <ErrorMessage error={error} /> : null}
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
