import type { BlockKind, InlineTag } from "@/lib/ingest/types";
import type { SegmentState } from "@/lib/workflow/segment-states";

export type { InlineTag };

/** One segment as the exporters see it. Texts use the placeholder syntax of `lib/text/placeholders.ts`. */
export type ExportSegment = {
  id: number;
  sourceText: string;
  targetText: string;
  mtText: string;
  state: SegmentState;
  version: number;
  notes: string[];
};

/** A block and its inline tag table (keyed "1", "2"… as in the segment texts). */
export type ExportBlock = {
  kind: BlockKind;
  tags: Record<string, InlineTag>;
  segments: ExportSegment[];
};

export type ExportPost = {
  id: number;
  slug: string;
  title: string;
  sourceTitle: string;
  sourceLang: string;
  targetLang: string;
  sourceUrl: string | null;
  sourceDate: string | null;
  publishedAt: string | null;
  version: number | null;
  credits: { translators: string[]; reviewers: string[] };
  blocks: ExportBlock[];
};
