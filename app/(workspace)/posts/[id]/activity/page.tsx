import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/server/accounts/current-user";
import { listPostActivity } from "@/lib/server/posts/list-post-activity";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("title") };
}

export default async function ActivityPage({ params }: PageProps<"/posts/[id]/activity">) {
  const user = await requirePageUser();
  const { id } = await params;
  let activity: Awaited<ReturnType<typeof listPostActivity>>;
  try {
    activity = await listPostActivity({ actor: user, postId: id });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  const t = await getTranslations("activity");
  const format = await getFormatter();
  return (
    <>
      <Link href={`/posts/${activity.post.id}`} className="text-sm text-accent-700 hover:underline">
        ← {activity.post.title}
      </Link>
      <h1 className="mt-3 mb-6 font-serif text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <ol className="card divide-y divide-stone-200">
        {activity.events.map((event) => (
          <li key={event.id} className="flex flex-wrap items-baseline gap-x-2 px-4 py-2 text-sm">
            <span className="font-medium">{event.actor ?? t("system")}</span>{" "}
            <span>
              {/* catalogue keys cannot hold dots: "segment.return" is "segment_return" there */}
              {t.has(`actions.${event.action.replace(/\./g, "_")}`)
                ? t(`actions.${event.action.replace(/\./g, "_") as "post_import"}`)
                : event.action}
            </span>{" "}
            {event.subject.startsWith("segment:") ? (
              <Link
                href={`/posts/${activity.post.id}#segment-${event.subject.slice(8)}`}
                className="text-accent-700 hover:underline"
              >
                {t("segment")}
              </Link>
            ) : null}{" "}
            {typeof event.after?.reason === "string" ? (
              <span className="text-stone-600">({event.after.reason})</span>
            ) : null}
            <time dateTime={event.createdAt} className="ml-auto text-xs text-stone-500">
              {format.dateTime(new Date(event.createdAt), { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </li>
        ))}
      </ol>
    </>
  );
}
