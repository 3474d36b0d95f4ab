export const SEGMENT_STATES = ["MT", "EDITED", "CONFIRMED", "APPROVED", "RETURNED"] as const;
export type SegmentState = (typeof SEGMENT_STATES)[number];

export function isSegmentState(value: unknown): value is SegmentState {
  return typeof value === "string" && (SEGMENT_STATES as readonly string[]).includes(value);
}

/** A translator still has something to do on these. */
export function needsWork(state: SegmentState): boolean {
  return state === "MT" || state === "RETURNED";
}
