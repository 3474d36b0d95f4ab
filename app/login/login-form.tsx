"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { TextField } from "@/app/_components/text-field";
import { type SignInState, signInAction } from "./actions";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl?: string; initialError?: "disabled" }) {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState<SignInState, FormData>(
    signInAction,
    initialError ? { error: initialError } : null,
  );
  // controlled, so the address stays after a failed attempt (React resets uncontrolled fields after an action)
  const [email, setEmail] = useState("");
  return (
    <form action={action} className="space-y-4" noValidate={false}>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField
        id="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField id="password" label={t("password")} type="password" autoComplete="current-password" required />
      {state?.error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(`error.${state.error}`)}
        </p>
      ) : null}
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
