import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-20 text-center">
      <p className="text-sm font-semibold tracking-wide text-stone-500">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("notFoundPage")}</h1>
      <Link href="/posts" className="btn-primary mt-8">
        {t("backHome")}
      </Link>
    </main>
  );
}
