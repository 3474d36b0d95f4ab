// Segment text as the translator reads it: inline tags left out, escaped braces as single braces. Searching
// this text (not the stored one) means a query never matches a tag's syntax, and each hit can be mapped
// back to the stored text, knowing whether a tag sits inside it.

import { PLACEHOLDER_RE } from "@/lib/text/placeholders";

export type VisibleText = {
  text: string;
  /** For each visible character, where it starts and ends in the stored text. */
  rawStarts: Int32Array;
  rawEnds: Int32Array;
  /** Visible offsets with a tag just before them (a tag at the very end has offset text.length). */
  tagOffsets: ReadonlySet<number>;
};

export function readVisibleText(raw: string): VisibleText {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  const tagOffsets = new Set<number>();
  const addLiteral = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      text += raw[i];
      starts.push(i);
      ends.push(i + 1);
    }
  };
  let last = 0;
  for (const match of raw.matchAll(PLACEHOLDER_RE)) {
    const index = match.index ?? 0;
    addLiteral(last, index);
    last = index + match[0].length;
    if (match[0] === "{{" || match[0] === "}}") {
      text += match[0][0];
      starts.push(index);
      ends.push(last);
    } else {
      tagOffsets.add(text.length);
    }
  }
  addLiteral(last, raw.length);
  return { text, rawStarts: Int32Array.from(starts), rawEnds: Int32Array.from(ends), tagOffsets };
}

/**
 * The stored range of the visible range [start, end): from the first character's start to the last one's end,
 * so tags just before or just after the range stay outside it.
 */
export function toRawRange(visible: VisibleText, start: number, end: number): { start: number; end: number } {
  return { start: visible.rawStarts[start], end: visible.rawEnds[end - 1] };
}

/** Whether a tag sits strictly inside the visible range: replacing it would break the tag. */
export function hasTagInside(visible: VisibleText, start: number, end: number): boolean {
  for (const offset of visible.tagOffsets) if (offset > start && offset < end) return true;
  return false;
}
