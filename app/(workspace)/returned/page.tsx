import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SegmentText } from "@/app/_components/segment-text";
import { requirePageUser } from "@/lib/server/accounts/current-user";
import { listReturnedToMe } from "@/lib/server/review/list-returned-to-me";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("returned"))("title") };
}

export default async function ReturnedPage() {
  const user = await requirePageUser();
  const segments = await listReturnedToMe({ actor: user });
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <>
      <div className="mb-6">
        <h1 className="font-serif text-3xl font-semibold tracking-tight">{t("returned.title")}</h1>
        <p className="mt-1 text-stone-600">{t("returned.intro")}</p>
      </div>
      {segments.length === 0 ? (
        <p className="card p-6 text-stone-600">{t("returned.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {segments.map((s) => (
            <li key={s.id} className="card p-4">
              <p className="text-sm text-stone-600">
                <Link
                  href={`/posts/${s.postId}#segment-${s.id}`}
                  className="font-medium text-accent-700 hover:underline"
                >
                  {s.postTitle}
                </Link>
                {s.returnedAt ? <> · {format.relativeTime(new Date(s.returnedAt))}</> : null}
              </p>
              <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
                <strong>{s.reason ? t(`review.reasons.${s.reason as "style"}`) : ""}</strong>
                {s.reviewer ? ` — ${s.reviewer}` : ""}
                {s.comment ? <span className="block">“{s.comment}”</span> : null}
              </p>
              <div className="mt-2 grid gap-3 md:grid-cols-2">
                <p className="text-stone-700">
                  <SegmentText text={s.sourceText} lang={s.sourceLang} />
                </p>
                <p className="font-serif">
                  <SegmentText text={s.targetText} lang={s.targetLang} />
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
