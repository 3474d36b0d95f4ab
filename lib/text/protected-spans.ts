// Stretches of text that are not prose: placeholders, URLs, e-mail addresses, domain names, hashtags,
// handles and inline code. Spelling, spacing and number checks must leave them alone. A URL ends where a tag
// stands (a placeholder, or U+E000 for the export's tag boundaries): the tag is markup, not part of the address.

import { findPlaceholders } from "./placeholders";
import { memoiseByText } from "./text-cache";

export type Span = { start: number; end: number };

const PROTECTED_PATTERNS: RegExp[] = [
  /\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>«»"“”{\uE000]+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  /(?<![\p{L}\p{N}@/.])(?:[\p{L}\p{N}-]+\.)+(?:org|com|net|gov|edu|info|io|eu|fr|de|es|it|pt|uk|us|ca|be|ch|mx|ar|br|at)\b(?:\/[^\s<>«»"“”{\uE000]*)?/giu,
  /(?<![\p{L}\p{N}_])[#@][\p{L}_][\p{L}\p{N}_]*/gu,
  /`[^`\n]+`/g,
];

// URLs often end a sentence: the final period or closing bracket belongs to the prose, not to the URL
const TRAILING_PROSE = /[.,;:!?)\]'’»]+$/u;

/** Sorted, non-overlapping spans of placeholders and non-prose; shared between callers: do not mutate. */
export const findProtectedSpans: (text: string) => readonly Span[] = memoiseByText((text) =>
  text.includes("{")
    ? mergeSpans([...findPlaceholders(text).map(({ start, end }) => ({ start, end })), ...findNonProseSpans(text)])
    : findNonProseSpans(text),
);

/** The same without placeholders, for plain text where braces mean nothing (the export's text runs). */
export const findNonProseSpans: (text: string) => readonly Span[] = memoiseByText(computeNonProseSpans);

function computeNonProseSpans(text: string): Span[] {
  if (!/[:/@#`.]/.test(text)) return [];
  const spans: Span[] = [];
  for (const pattern of PROTECTED_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const trimmed = match[0].replace(TRAILING_PROSE, "");
      if (trimmed.length > 0) spans.push({ start: match.index, end: match.index + trimmed.length });
    }
  }
  return mergeSpans(spans);
}

function mergeSpans(spans: Span[]): Span[] {
  if (spans.length < 2) return spans.map((span) => ({ ...span }));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const span of spans) {
    if (span.start >= end) return false;
    if (span.end > start) return true;
  }
  return false;
}

/** Same length as the input, protected stretches replaced by U+FFFF, so offsets stay valid. */
export const maskProtectedSpans: (text: string) => string = memoiseByText((text) =>
  maskSpans(text, findProtectedSpans(text)),
);

function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let masked = "";
  let cursor = 0;
  for (const span of spans) {
    masked += text.slice(cursor, span.start) + "\uFFFF".repeat(span.end - span.start);
    cursor = span.end;
  }
  return masked + text.slice(cursor);
}
