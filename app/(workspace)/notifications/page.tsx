import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/server/accounts/current-user";
import { listNotifications } from "@/lib/server/notifications/list-notifications";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const user = await requirePageUser();
  const notifications = await listNotifications({ actor: user, markRead: true });
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-semibold tracking-tight">{t("notifications.title")}</h1>
      {notifications.length === 0 ? (
        <p className="card p-6 text-stone-600">{t("notifications.empty")}</p>
      ) : (
        <ul className="card divide-y divide-stone-200">
          {notifications.map((n) => {
            const href = n.postId ? `/posts/${n.postId}${n.segmentId ? `#segment-${n.segmentId}` : ""}` : "/posts";
            const reason = n.data.reason ? t(`review.reasons.${n.data.reason as "style"}`) : "";
            return (
              <li key={n.id} className={`px-4 py-3 ${n.read ? "" : "bg-accent-50/60"}`}>
                <Link href={href} className="text-stone-900 hover:text-accent-700 hover:underline">
                  {t(`notifications.kinds.${n.kind as "post-ready"}`, {
                    reason,
                    reviewer: n.data.reviewer ?? "",
                    author: n.data.author ?? "",
                    title: n.data.title ?? "",
                  })}
                </Link>
                {n.data.comment || n.data.excerpt ? (
                  <p className="text-sm text-stone-600">“{n.data.comment ?? n.data.excerpt}”</p>
                ) : null}
                <p className="text-xs text-stone-500">
                  {n.read ? "" : `${t("notifications.new")} · `}
                  {format.relativeTime(new Date(n.createdAt))}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
