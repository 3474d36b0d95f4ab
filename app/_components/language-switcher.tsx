"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useTransition } from "react";
import { setLocaleAction } from "./locale-actions";

export function LanguageSwitcher({ locales }: { locales: { code: string; name: string }[] }) {
  const t = useTranslations("nav");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="sr-only text-stone-600 sm:not-sr-only">
        {t("language")}
      </label>
      <select
        id={id}
        className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
        value={current}
        disabled={pending}
        onChange={(event) => {
          const locale = event.target.value;
          startTransition(async () => {
            await setLocaleAction(locale);
            router.refresh();
          });
        }}
      >
        {locales.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
