import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/accounts/current-user";

export default async function Forbidden() {
  const t = await getTranslations();
  const user = await getCurrentUser();
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-20 text-center">
      <p className="text-sm font-semibold tracking-wide text-stone-500">403</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("errors.forbiddenPage")}</h1>
      {user ? (
        <p className="mt-3 text-stone-600">{t("errors.forbiddenPageHint", { role: t(`roles.${user.role}`) })}</p>
      ) : null}
      <Link href="/posts" className="btn-primary mt-8">
        {t("errors.backHome")}
      </Link>
    </main>
  );
}
