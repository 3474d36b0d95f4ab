// Find and replace in a post: plain text or a regular expression, whole words or not, with or without case,
// in the sources (to find) or the targets (to find and replace). Occurrences are listed first, so the
// translator can untick some, then the ticked ones are replaced as one batch of per-segment changes.
// Inline tags are never broken: an occurrence with a tag inside it is listed as blocked and never replaced
// (a tag just before or after it stays where it is).

import { AppError } from "@/lib/errors";
import { escapePlaceholderText } from "@/lib/text/placeholders";
import { hasTagInside, readVisibleText, toRawRange } from "./visible-text";

export type SearchField = "source" | "target";

export type FindOptions = {
  query: string;
  /** Read the query as a JavaScript regular expression (Unicode mode). Default false: plain text. */
  regex?: boolean;
  /** Only where the match is not inside a longer word. Default false. */
  wholeWord?: boolean;
  /** Default false: "Surveillance" finds "surveillance". */
  caseSensitive?: boolean;
  /** Default "target". */
  field?: SearchField;
};

export type SearchSegment = { id: string; sourceText: string; targetText: string };

export type Occurrence = {
  /** Stable within one search: what the preview ticks and unticks. */
  id: string;
  segmentId: string;
  field: SearchField;
  /** Offsets in the stored segment text (placeholder syntax), `end` exclusive. */
  start: number;
  end: number;
  /** The occurrence and some words around it, as the translator reads them (tags left out). */
  text: string;
  before: string;
  after: string;
  /** Why this occurrence cannot be replaced; null when it can. */
  blocked: "crosses-inline-tag" | null;
  /** The text that would replace it (with a replacement given), as the translator reads it. */
  replacement?: string;
};

export type SegmentChange = { segmentId: string; before: string; after: string; replaced: number };

export const MAX_OCCURRENCES = 5000;
const CONTEXT_CHARS = 40;

/** The search as a regular expression; throws AppError("invalid_input") for an empty query or a bad pattern. */
export function compileSearch(options: FindOptions): RegExp {
  if (options.query === "") throw new AppError("invalid_input", "The search text is empty.");
  const pattern = options.regex ? options.query : escapeRegExp(options.query);
  const bounded = options.wholeWord ? `(?<![\\p{L}\\p{M}\\p{N}_])(?:${pattern})(?![\\p{L}\\p{M}\\p{N}_])` : pattern;
  try {
    return new RegExp(bounded, options.caseSensitive ? "gu" : "giu");
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : "";
    throw new AppError("invalid_input", `This regular expression is not valid: ${reason}`);
  }
}

/** Every occurrence in the chosen field of every segment, in post order (at most MAX_OCCURRENCES). */
export function findOccurrences(
  segments: readonly SearchSegment[],
  options: FindOptions,
  replacement?: string,
): Occurrence[] {
  const search = compileSearch(options);
  const field = options.field ?? "target";
  const occurrences: Occurrence[] = [];
  for (const segment of segments) {
    const raw = field === "source" ? segment.sourceText : segment.targetText;
    const visible = readVisibleText(raw);
    for (const match of visible.text.matchAll(search)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      // An empty match ("a*" between letters) has nothing to show or replace
      if (end === start) continue;
      const range = toRawRange(visible, start, end);
      const occurrence: Occurrence = {
        id: `${segment.id}:${range.start}`,
        segmentId: segment.id,
        field,
        start: range.start,
        end: range.end,
        text: match[0],
        before: visible.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
        after: visible.text.slice(end, end + CONTEXT_CHARS),
        blocked: hasTagInside(visible, start, end) ? "crosses-inline-tag" : null,
      };
      if (replacement !== undefined)
        occurrence.replacement = expandReplacement(replacement, match, options.regex ?? false);
      occurrences.push(occurrence);
      if (occurrences.length >= MAX_OCCURRENCES) return occurrences;
    }
  }
  return occurrences;
}

/**
 * Replaces the chosen occurrences (by id; "all" for every one that is not blocked) in the targets, and returns
 * one change per segment that changed. Blocked occurrences are never replaced, even when chosen. The search
 * runs again on the texts given, so an occurrence that is no longer there is simply not replaced.
 */
export function applyReplacements(
  segments: readonly SearchSegment[],
  options: FindOptions,
  replacement: string,
  chosen: ReadonlySet<string> | "all",
): SegmentChange[] {
  if ((options.field ?? "target") !== "target") {
    throw new AppError("invalid_input", "Only the translation can be replaced; the source text is read-only.");
  }
  const occurrences = findOccurrences(segments, options, replacement);
  const bySegment = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    if (occurrence.blocked || (chosen !== "all" && !chosen.has(occurrence.id))) continue;
    const list = bySegment.get(occurrence.segmentId) ?? [];
    list.push(occurrence);
    bySegment.set(occurrence.segmentId, list);
  }
  const changes: SegmentChange[] = [];
  for (const segment of segments) {
    const list = bySegment.get(segment.id);
    if (!list) continue;
    let after = segment.targetText;
    for (const occurrence of [...list].reverse()) {
      const inserted = escapePlaceholderText(occurrence.replacement ?? "");
      after = after.slice(0, occurrence.start) + inserted + after.slice(occurrence.end);
    }
    if (after !== segment.targetText) {
      changes.push({ segmentId: segment.id, before: segment.targetText, after, replaced: list.length });
    }
  }
  return changes;
}

/**
 * Undoing a batch: each segment goes back to its text before the batch, unless it was edited since (then it
 * is a conflict, left for the translator).
 */
export function planUndo(
  changes: readonly SegmentChange[],
  currentTargets: ReadonlyMap<string, string>,
): { revert: { segmentId: string; text: string }[]; conflicts: string[] } {
  const revert: { segmentId: string; text: string }[] = [];
  const conflicts: string[] = [];
  for (const change of changes) {
    if (currentTargets.get(change.segmentId) === change.after)
      revert.push({ segmentId: change.segmentId, text: change.before });
    else conflicts.push(change.segmentId);
  }
  return { revert, conflicts };
}

/**
 * The replacement for one match: literal in plain-text mode; with a regular expression, `$1`…`$99`, `$<name>`,
 * `$&` (the match), `` $` `` and `$'` (the text before and after it) and `$$` (a dollar), as in JavaScript.
 */
function expandReplacement(template: string, match: RegExpMatchArray, regex: boolean): string {
  if (!regex || !template.includes("$")) return template;
  const input = match.input ?? "";
  const start = match.index ?? 0;
  const groups = match.length - 1;
  return template.replace(
    /\$(\$|&|`|'|<([^>]*)>|(\d{1,2}))/g,
    (whole, token: string, name?: string, digits?: string) => {
      if (token === "$") return "$";
      if (token === "&") return match[0];
      if (token === "`") return input.slice(0, start);
      if (token === "'") return input.slice(start + match[0].length);
      if (name !== undefined)
        return match.groups && Object.hasOwn(match.groups, name) ? (match.groups[name] ?? "") : whole;
      if (digits !== undefined) {
        // "$12" with one group is group 1 then "2", as JavaScript reads it
        const two = Number(digits);
        if (two >= 1 && two <= groups) return match[two] ?? "";
        const one = Number(digits[0]);
        if (digits.length === 2 && one >= 1 && one <= groups) return (match[one] ?? "") + digits[1];
      }
      return whole;
    },
  );
}

function escapeRegExp(text: string): string {
  // Only syntax characters: Unicode mode refuses an escaped hyphen or any other escape it does not know
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}
