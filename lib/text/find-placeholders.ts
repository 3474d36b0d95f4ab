import { PLACEHOLDER_RE } from "@/lib/ingest/placeholders";

/** An inline tag placeholder (DESIGN §4): `{1}` opens pair 1, `{/1}` closes it, `{2/}` is self-closing. */
export type Placeholder = { start: number; end: number; kind: "open" | "close" | "self"; id: string };

/**
 * Placeholders in text order, with offsets. The syntax is the one of lib/ingest/placeholders: escaped braces
 * ("{{1}}" is a literal "{1}") and anything else in braces ("{foo}", "{01}") are plain text.
 */
export function findPlaceholders(text: string): Placeholder[] {
  const placeholders: Placeholder[] = [];
  if (!text.includes("{")) return placeholders;
  for (const match of text.matchAll(PLACEHOLDER_RE)) {
    const { open, close, self } = match.groups ?? {};
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (open) placeholders.push({ start, end, kind: "open", id: open });
    else if (close) placeholders.push({ start, end, kind: "close", id: close });
    else if (self) placeholders.push({ start, end, kind: "self", id: self });
  }
  return placeholders;
}
