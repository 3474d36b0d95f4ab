// Why a reviewer returns a segment: a short fixed list, so translators learn from patterns (DESIGN.md §3).
export const RETURN_REASONS = [
  "mistranslation",
  "omission",
  "addition",
  "terminology",
  "grammar",
  "style",
  "typography",
  "markup",
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** Approvals faster than this per segment, over a run, are flagged to publishers as possible rubber stamps. */
export const FAST_APPROVAL_MS_PER_SEGMENT = 1000;

export function isFastRun(elapsedMs: number, approvals: number): boolean {
  return approvals > 0 && elapsedMs / approvals < FAST_APPROVAL_MS_PER_SEGMENT;
}
