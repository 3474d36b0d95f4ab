import { getTranslations } from "next-intl/server";
import type { PostStatus } from "@/lib/workflow/post-status";

// Colour is never the only signal: each badge carries its word too.
const TONE: Record<PostStatus, string> = {
  IMPORTED: "bg-stone-100 text-stone-700 ring-stone-300",
  IN_PROGRESS: "bg-amber-50 text-amber-900 ring-amber-300",
  IN_REVIEW: "bg-sky-50 text-sky-900 ring-sky-300",
  READY: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  PUBLISHED: "bg-accent-50 text-accent-800 ring-accent-600/40",
  CHANGED_SINCE_PUBLISH: "bg-violet-50 text-violet-900 ring-violet-300",
};

export async function StatusBadge({ status }: { status: PostStatus }) {
  const t = await getTranslations("status");
  return (
    <span
      className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[status]}`}
    >
      {t(status)}
    </span>
  );
}
