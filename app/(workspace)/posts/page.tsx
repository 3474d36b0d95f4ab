import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProgressBar } from "@/app/_components/progress-bar";
import { StatusBadge } from "@/app/_components/status-badge";
import { requirePageUser } from "@/lib/server/accounts/current-user";
import { listPosts } from "@/lib/server/posts/list-posts";
import { can } from "@/lib/workflow/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("posts"))("title") };
}

export default async function PostsPage() {
  const user = await requirePageUser();
  const posts = await listPosts({ actor: user });
  const t = await getTranslations("posts");
  const tImport = await getTranslations("import");
  const format = await getFormatter();
  return (
    <>
      <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="font-serif text-3xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 text-stone-600">{t("intro")}</p>
        </div>
        {can(user.role, "post.import") ? (
          <Link href="/posts/import" className="btn-primary self-start sm:self-auto">
            {tImport("action")}
          </Link>
        ) : null}
      </div>
      {posts.length === 0 ? (
        <p className="card p-6 text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {posts.map((post) => (
            <li key={post.id} className="card p-4 sm:p-5">
              <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <h2 className="font-serif text-lg leading-snug font-semibold">
                    <Link href={`/posts/${post.id}`} className="text-stone-900 hover:text-accent-700 hover:underline">
                      {post.title}
                    </Link>
                  </h2>
                  {post.sourceTitle && post.sourceTitle !== post.title ? (
                    <p lang={post.sourceLang} className="mt-0.5 truncate text-sm text-stone-500">
                      {post.sourceTitle}
                    </p>
                  ) : null}
                  <p className="mt-1 text-xs tracking-wide text-stone-500 uppercase">
                    {post.sourceLang} → {post.targetLang} · {t("segments", { count: post.progress.total })} ·{" "}
                    {t("columns.updated")} {format.relativeTime(post.updatedAt)}
                  </p>
                </div>
                <StatusBadge status={post.status} />
              </div>
              <div className="mt-3 max-w-md">
                <ProgressBar
                  progress={post.progress}
                  label={t("progressLabel", {
                    translated: post.progress.translated,
                    total: post.progress.total,
                    approved: post.progress.approved,
                  })}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
