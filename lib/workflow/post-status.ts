import type { SegmentState } from "./segment-states";

export const POST_STATUSES = [
  "IMPORTED",
  "IN_PROGRESS",
  "IN_REVIEW",
  "READY",
  "PUBLISHED",
  "CHANGED_SINCE_PUBLISH",
] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export type StateCounts = Partial<Record<SegmentState, number>>;

export type PostProgress = {
  total: number;
  /** touched by a translator: edited, confirmed, approved (returned ones count as not done) */
  translated: number;
  approved: number;
  needsWork: number;
};

export function measureProgress(counts: StateCounts): PostProgress {
  const n = (s: SegmentState) => counts[s] ?? 0;
  const total = n("MT") + n("EDITED") + n("CONFIRMED") + n("APPROVED") + n("RETURNED");
  return {
    total,
    translated: n("EDITED") + n("CONFIRMED") + n("APPROVED"),
    approved: n("APPROVED"),
    needsWork: n("MT") + n("RETURNED"),
  };
}

/**
 * A post's status follows from its segments and its publications; nobody sets it by hand.
 * `publication` is the live (not withdrawn) one, if any; `changedSincePublish` says whether a segment was
 * saved after it.
 */
export function derivePostStatus(
  counts: StateCounts,
  publication: { live: boolean; changedSincePublish: boolean } = { live: false, changedSincePublish: false },
): PostStatus {
  if (publication.live) return publication.changedSincePublish ? "CHANGED_SINCE_PUBLISH" : "PUBLISHED";
  const p = measureProgress(counts);
  if (p.total > 0 && p.approved === p.total) return "READY";
  if (p.total > 0 && p.needsWork === 0) return "IN_REVIEW";
  if (p.translated > 0 || (counts.RETURNED ?? 0) > 0) return "IN_PROGRESS";
  return "IMPORTED";
}
