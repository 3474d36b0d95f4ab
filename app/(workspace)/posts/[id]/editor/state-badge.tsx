import { useTranslations } from "next-intl";
import type { SegmentState } from "@/lib/workflow/segment-states";

// A symbol and a word for each state: colour is never the only signal.
const LOOK: Record<SegmentState, { icon: string; tone: string }> = {
  MT: { icon: "◌", tone: "bg-stone-100 text-stone-700 ring-stone-300" },
  EDITED: { icon: "✎", tone: "bg-sky-50 text-sky-900 ring-sky-300" },
  CONFIRMED: { icon: "✓", tone: "bg-teal-50 text-teal-900 ring-teal-300" },
  APPROVED: { icon: "✔", tone: "bg-emerald-50 text-emerald-900 ring-emerald-400" },
  RETURNED: { icon: "↩", tone: "bg-amber-50 text-amber-900 ring-amber-400" },
};

export function StateBadge({ state }: { state: SegmentState }) {
  const t = useTranslations("states");
  const look = LOOK[state];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${look.tone}`}
    >
      <span aria-hidden="true">{look.icon}</span>
      <span>{t(state)}</span>
    </span>
  );
}
