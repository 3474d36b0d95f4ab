import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listLivePublications } from "@/lib/server/publishing/read-publications";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public");
  return { title: t("title"), alternates: { types: { "application/atom+xml": "/feed.xml" } } };
}

export default async function PublishedListPage() {
  const publications = await listLivePublications();
  const t = await getTranslations("public");
  const format = await getFormatter();
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-10">
      <h1 className="font-serif text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-stone-600">{t("intro")}</p>
      <p className="mt-1 text-sm">
        <a href="/feed.xml" className="text-accent-700 hover:underline">
          {t("feed")}
        </a>
      </p>
      {publications.length === 0 ? (
        <p className="mt-8 text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="mt-8 space-y-5">
          {publications.map(({ post, publishedAt }) => (
            <li key={post.id}>
              <h2 lang={post.targetLang} className="font-serif text-xl font-semibold">
                <Link href={`/p/${post.targetLang}/${post.slug}`} className="hover:text-accent-700 hover:underline">
                  {post.title}
                </Link>
              </h2>
              <p className="text-sm text-stone-600">
                {format.dateTime(new Date(publishedAt), { dateStyle: "long" })} · {post.targetLang.toUpperCase()}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
