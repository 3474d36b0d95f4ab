import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/server/accounts/current-user";
import { scheduleImportWarmUp } from "@/lib/server/posts/warm-up-import";
import { can } from "@/lib/workflow/permissions";
import { FeedImport } from "./feed-import";
import { ImportForm } from "./import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

const CONTENT_LANGUAGES = ["en", "fr", "es", "de", "it", "pt"];

export default async function ImportPage() {
  const user = await requirePageUser();
  if (!can(user.role, "post.import")) forbidden();
  scheduleImportWarmUp(); // while the publisher fills the form
  const t = await getTranslations();
  const names = new Intl.DisplayNames([await getLocale()], { type: "language" });
  const languages = CONTENT_LANGUAGES.map((code) => ({ code, name: names.of(code) ?? code }));
  return (
    <>
      <Link href="/posts" className="text-sm text-accent-700 hover:underline">
        ← {t("post.back")}
      </Link>
      <div className="mt-3 mb-6">
        <h1 className="font-serif text-3xl font-semibold tracking-tight">{t("import.title")}</h1>
        <p className="mt-1 max-w-3xl text-stone-600">{t("import.intro")}</p>
      </div>
      <ImportForm languages={languages} />
      <section aria-labelledby="feed-heading" className="card mt-10 p-5">
        <h2 id="feed-heading" className="text-lg font-semibold">
          {t("import.feed.title")}
        </h2>
        <p className="mt-1 mb-3 text-sm text-stone-600">{t("import.feed.hint")}</p>
        <FeedImport languages={languages} />
      </section>
    </>
  );
}
