// Inline-markup placeholders as they appear in segment text: `{1}` opens, `{/1}` closes, `{2/}` stands alone.

export type PlaceholderKind = "open" | "close" | "self";

export type Placeholder = { kind: PlaceholderKind; id: string; start: number; end: number; text: string };

const PLACEHOLDER_PATTERN = /\{(\/?)(\d+)(\/?)\}/g;

export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  if (!text.includes("{")) return found;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const [whole, leadingSlash, id, trailingSlash] = match;
    // `{/1/}` is neither an opening nor a closing tag: leave it to the reader as plain text
    if (leadingSlash && trailingSlash) continue;
    const kind: PlaceholderKind = leadingSlash ? "close" : trailingSlash ? "self" : "open";
    found.push({ kind, id, start: match.index, end: match.index + whole.length, text: whole });
  }
  return found;
}

/** Replaces each placeholder by the same number of U+FFFF so offsets survive and words do not run into tags. */
export function maskPlaceholders(text: string): string {
  if (!text.includes("{")) return text;
  return text.replace(PLACEHOLDER_PATTERN, (whole) => "\uFFFF".repeat(whole.length));
}

/** Removes placeholders, for comparisons where markup does not matter. */
export function stripPlaceholders(text: string): string {
  if (!text.includes("{")) return text;
  return text.replace(PLACEHOLDER_PATTERN, "");
}
