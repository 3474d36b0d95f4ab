import { diffWordsWithSpace } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

// Only shared trailing whitespace goes back to "same": trimming shared letters would turn "f aces" → "faces" into
// the unreadable "f " → "f".
function sharedTrailingSpaceLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n] && /\s/.test(a[a.length - 1 - n]))
    n++;
  return n;
}

/**
 * Word-level differences from `before` to `after` (machine text → current text, or one revision → the next).
 * Whitespace counts, so a space removed from "l' ACLU" shows; a run of changes separated only by spaces is shown as
 * one replacement ("f aces" → "faces"), which is how a person reads it.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const changes = diffWordsWithSpace(before, after);
  const parts: DiffPart[] = [];
  let i = 0;
  while (i < changes.length) {
    const change = changes[i];
    if (!change.added && !change.removed) {
      parts.push({ kind: "same", text: change.value });
      i++;
      continue;
    }
    let removed = "";
    let added = "";
    while (i < changes.length) {
      const c = changes[i];
      const bridging =
        !c.added && !c.removed && /^\s+$/.test(c.value) && (changes[i + 1]?.added || changes[i + 1]?.removed);
      if (c.removed) removed += c.value;
      else if (c.added) added += c.value;
      else if (bridging) {
        removed += c.value;
        added += c.value;
      } else break;
      i++;
    }
    const shared = sharedTrailingSpaceLength(removed, added);
    if (removed.length > shared) parts.push({ kind: "removed", text: removed.slice(0, removed.length - shared) });
    if (added.length > shared) parts.push({ kind: "added", text: added.slice(0, added.length - shared) });
    if (shared) parts.push({ kind: "same", text: removed.slice(removed.length - shared) });
  }
  return parts;
}

/** How many words a change added and removed (for history summaries). */
export function countChangedWords(parts: DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === "added") added += words(part.text);
    if (part.kind === "removed") removed += words(part.text);
  }
  return { added, removed };
}
