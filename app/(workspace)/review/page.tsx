import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/server/accounts/current-user";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { can } from "@/lib/workflow/permissions";
import { ReviewQueueView } from "./review-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

export default async function ReviewPage() {
  const user = await requirePageUser();
  if (!can(user.role, "segment.review")) forbidden();
  const queue = await listReviewQueue({ actor: user });
  const t = await getTranslations("review");
  return (
    <>
      <div className="mb-6">
        <h1 className="font-serif text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-stone-600">{t("intro")}</p>
      </div>
      <ReviewQueueView queue={queue} />
    </>
  );
}
