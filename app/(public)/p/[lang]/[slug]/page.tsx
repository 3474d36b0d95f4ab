import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { renderArticleHtml } from "@/lib/export/render-html";
import { findLivePublication } from "@/lib/server/publishing/read-publications";

export const dynamic = "force-dynamic";

async function load(params: PageProps<"/p/[lang]/[slug]">["params"]) {
  const { lang, slug } = await params;
  const publication = await findLivePublication({ lang, slug });
  if (!publication) notFound();
  return publication;
}

export async function generateMetadata({ params }: PageProps<"/p/[lang]/[slug]">): Promise<Metadata> {
  const { post } = await load(params);
  return {
    title: post.title,
    alternates: {
      canonical: `/p/${post.targetLang}/${post.slug}`,
      languages: post.sourceUrl ? { [post.sourceLang]: post.sourceUrl } : undefined,
    },
  };
}

export default async function PublishedArticlePage({ params }: PageProps<"/p/[lang]/[slug]">) {
  const { post, publishedAt, version } = await load(params);
  const t = await getTranslations("public");
  const format = await getFormatter();
  // renderArticleHtml escapes every text and allow-lists tags and URLs (lib/export/render-inline-html.ts); the
  // page's Content-Security-Policy (next.config.js) forbids scripts besides
  const body = renderArticleHtml(post);
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-10">
      <p className="mb-6 text-sm">
        <a href="/p" className="text-accent-700 hover:underline">
          ← {t("title")}
        </a>
      </p>
      <article
        lang={post.targetLang}
        className="article font-serif text-lg leading-relaxed"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: built by the XSS-tested renderer from escaped text
        dangerouslySetInnerHTML={{ __html: body }}
      />
      <footer className="mt-10 border-t border-stone-200 pt-5 text-sm text-stone-700">
        <p className="font-medium">{t("corrected")}</p>
        {post.credits.translators.length ? (
          <p>
            {t("translators")}: {post.credits.translators.join(", ")}
          </p>
        ) : null}
        {post.credits.reviewers.length ? (
          <p>
            {t("reviewers")}: {post.credits.reviewers.join(", ")}
          </p>
        ) : null}
        {post.sourceUrl ? (
          <p className="mt-2">
            {t("original")}:{" "}
            <a
              href={post.sourceUrl}
              hrefLang={post.sourceLang}
              rel="noreferrer"
              className="break-all text-accent-700 hover:underline"
            >
              {post.sourceUrl}
            </a>
            {post.sourceDate ? ` (${format.dateTime(new Date(post.sourceDate), { dateStyle: "long" })})` : null}
          </p>
        ) : null}
        <p className="mt-2 text-stone-500">
          {t("published", { date: format.dateTime(new Date(publishedAt), { dateStyle: "long" }), version })}
        </p>
      </footer>
    </main>
  );
}
