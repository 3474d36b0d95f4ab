import { tokenizePlaceholderText } from "@/lib/text/placeholders";

// Editing helpers for the inline-tag placeholders of DESIGN.md §4 ({1}…{/1} pairs, {2/} self-closing).

export type SourceTag = { id: string; selfClosing: boolean };

/** The tags of a source segment, in order of first appearance: what the translator can place in the target. */
export function listSourceTags(sourceText: string): SourceTag[] {
  const seen = new Map<string, SourceTag>();
  for (const token of tokenizePlaceholderText(sourceText)) {
    if (token.type === "open" || token.type === "self") {
      if (!seen.has(token.id)) seen.set(token.id, { id: token.id, selfClosing: token.type === "self" });
    }
  }
  return [...seen.values()];
}

/**
 * Puts tag `tag` around the selection [start, end) (or inserts it at `start` when it is self-closing) and
 * returns the new text with the selection still around the same words.
 */
export function wrapWithTag(
  text: string,
  start: number,
  end: number,
  tag: SourceTag,
): { text: string; start: number; end: number } {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end));
  if (tag.selfClosing) {
    const marker = `{${tag.id}/}`;
    return {
      text: text.slice(0, from) + marker + text.slice(to),
      start: from + marker.length,
      end: from + marker.length,
    };
  }
  const open = `{${tag.id}}`;
  const close = `{/${tag.id}}`;
  return {
    text: text.slice(0, from) + open + text.slice(from, to) + close + text.slice(to),
    start: from + open.length,
    end: to + open.length,
  };
}

/** Why a target's tags are not balanced (opened and closed in order, properly nested), or null when they are. */
export function findUnbalancedTag(text: string): { id: string; problem: "unclosed" | "unopened" | "crossed" } | null {
  const open: string[] = [];
  for (const token of tokenizePlaceholderText(text)) {
    if (token.type === "open") {
      if (open.includes(token.id)) return { id: token.id, problem: "unclosed" };
      open.push(token.id);
    } else if (token.type === "close") {
      if (!open.includes(token.id)) return { id: token.id, problem: "unopened" };
      if (open[open.length - 1] !== token.id) return { id: open[open.length - 1], problem: "crossed" };
      open.pop();
    }
  }
  return open.length ? { id: open[open.length - 1], problem: "unclosed" } : null;
}
