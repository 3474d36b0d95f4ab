import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/app/_components/status-badge";
import { isAppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/server/accounts/current-user";
import { getPost, type PostDetail } from "@/lib/server/posts/get-post";
import { evaluatePostGate } from "@/lib/server/publishing/evaluate-post-gate";
import { listPublications } from "@/lib/server/publishing/list-publications";
import { can } from "@/lib/workflow/permissions";
import { isSegmentState } from "@/lib/workflow/segment-states";
import { PostEditorLoader } from "./editor/post-editor-loader";
import { PublishPanel } from "./publish-panel";

async function loadPost(id: string): Promise<{ post: PostDetail; user: Awaited<ReturnType<typeof requirePageUser>> }> {
  const user = await requirePageUser();
  try {
    return { post: await getPost({ actor: user, postId: id }), user };
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: PageProps<"/posts/[id]">): Promise<Metadata> {
  const { post } = await loadPost((await params).id);
  return { title: post.title };
}

export default async function PostPage({ params }: PageProps<"/posts/[id]">) {
  const { post, user } = await loadPost((await params).id);
  const t = await getTranslations();
  const publishing = can(user.role, "post.export")
    ? await Promise.all([
        evaluatePostGate({ actor: user, postId: post.id }),
        listPublications({ actor: user, postId: post.id }),
      ])
    : null;
  return (
    <article>
      <Link href="/posts" className="text-sm text-accent-700 hover:underline">
        ← {t("post.back")}
      </Link>
      <header className="mt-3 mb-4 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 lang={post.targetLang} className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">
            {post.title}
          </h1>
          {post.sourceUrl ? (
            <p className="mt-1 text-sm text-stone-600">
              {t("post.source")}:{" "}
              <a href={post.sourceUrl} className="break-all text-accent-700 hover:underline" rel="noreferrer">
                {post.sourceUrl}
              </a>
            </p>
          ) : null}
        </div>
        <div className="flex flex-col items-start gap-2 sm:items-end">
          <StatusBadge status={post.status} />
          <Link href={`/posts/${post.id}/activity`} className="text-sm text-accent-700 hover:underline">
            {t("activity.title")}
          </Link>
        </div>
      </header>
      {post.review.untouchedApprovals || post.review.fastApprovals ? (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("post.rubberStamp", { untouched: post.review.untouchedApprovals, fast: post.review.fastApprovals })}
        </p>
      ) : null}
      {publishing ? (
        <PublishPanel
          post={{ id: post.id, slug: post.slug, targetLang: post.targetLang }}
          gate={publishing[0]}
          publications={publishing[1]}
          canPublish={can(user.role, "post.publish")}
        />
      ) : null}
      <PostEditorLoader
        post={{
          id: post.id,
          title: post.title,
          sourceLang: post.sourceLang,
          targetLang: post.targetLang,
          sourceUrl: post.sourceUrl,
        }}
        blocks={post.blocks.map((b) => ({ id: b.id, kind: b.kind }))}
        initialSegments={post.segments.map((s) => ({
          id: s.id,
          blockId: s.blockId,
          order: s.order,
          sourceText: s.sourceText,
          mtText: s.mtText,
          targetText: s.targetText,
          state: isSegmentState(s.state) ? s.state : "MT",
          version: s.version,
          alignmentConfidence: s.alignmentConfidence,
          comments: s._count.comments,
          returned: s.reviewDecisions[0]
            ? {
                reason: s.reviewDecisions[0].reason,
                comment: s.reviewDecisions[0].comment,
                reviewer: s.reviewDecisions[0].reviewer.name,
              }
            : null,
        }))}
        me={{ id: user.id, name: user.name }}
        permissions={{
          edit: can(user.role, "segment.edit"),
          confirm: can(user.role, "segment.confirm"),
          comment: can(user.role, "segment.comment"),
          splitMerge: can(user.role, "segment.split-merge"),
        }}
      />
    </article>
  );
}
