import type { BlockKind, InlineTag } from "./types";

/** A post ready to be stored: blocks in document order, each with its aligned segments. */
export type PostDraft = {
  title: string;
  sourceTitle: string;
  sourceUrl: string | null;
  /** ISO 8601 */
  sourceDate: string | null;
  sourceLang: string;
  targetLang: string;
  mtEngine: string | null;
  mtProvenance: string | null;
  blocks: DraftBlock[];
};

export type DraftBlock = {
  kind: BlockKind;
  /** the inline elements of the source, by placeholder number */
  tags: Record<string, InlineTag>;
  segments: DraftSegment[];
};

export type DraftSegment = { sourceText: string; mtText: string; confidence: number };
