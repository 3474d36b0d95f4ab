import type { SegmentState } from "@/lib/workflow/segment-states";

export type EditorSegment = {
  id: number;
  blockId: number;
  order: number;
  sourceText: string;
  mtText: string;
  targetText: string;
  state: SegmentState;
  version: number;
  alignmentConfidence: number;
  comments: number;
  /** the latest return, shown while the segment is returned */
  returned: { reason: string | null; comment: string | null; reviewer: string } | null;
};

export type EditorBlock = { id: number; kind: string };

export type EditorPost = {
  id: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  sourceUrl: string | null;
};

/** What the other person saved, when a save comes back as a conflict. */
export type ConflictInfo = {
  mine: string;
  theirs: string;
  theirVersion: number;
  theirState: SegmentState;
  by: string | null;
};

export type Filter = "all" | "needs-work" | "edited" | "returned" | "with-findings" | "low-confidence";
