import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { listLocales } from "@/lib/server/accounts/list-locales";
import { LanguageSwitcher } from "./language-switcher";

/** The calm centred frame of the pages seen before signing in (sign-in, invitation). */
export async function AuthShell({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <span className="font-serif text-xl font-semibold tracking-tight text-accent-800">{t("name")}</span>
        <LanguageSwitcher locales={await listLocales()} />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-10 pb-16 sm:pt-20">
        <div className="card w-full max-w-md p-6 sm:p-8">
          <h1 className="font-serif text-2xl font-semibold text-stone-900">{title}</h1>
          {intro ? (
            <p className="mt-2 mb-6 text-sm leading-relaxed text-stone-600">{intro}</p>
          ) : (
            <div className="mb-6" />
          )}
          {children}
        </div>
      </main>
    </div>
  );
}
