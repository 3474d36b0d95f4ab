/**
 * The one module that reads and writes the inline-tag placeholders of segment text (DESIGN §4); ingest, QA,
 * alignment, the editor and export all go through it. The syntax, as in `ParsedBlock.text`:
 *
 *   {n}    opens inline tag n           `{1}faces{/1}`
 *   {/n}   closes inline tag n
 *   {n/}   self-closing inline tag n    `{2/}` (img, br)
 *
 * `n` is a positive integer without leading zeros (at most 6 digits); `tags[String(n)]` describes
 * the element. Tags are numbered 1, 2, 3… in order of appearance within a block.
 *
 * Literal braces in the text are doubled, as in Python's `str.format`: "{" is stored as "{{" and
 * "}" as "}}". So an author's literal "{1}" is stored as "{{1}}" and can never be mistaken for a
 * tag. Because "{{1}}" contains "{1}" as a substring, always scan left to right with the
 * tokenizer (`PLACEHOLDER_RE` / `tokenizePlaceholderText`), never search for "{1}" alone.
 */

/**
 * Left-to-right tokenizer (global, so reset `lastIndex` or use `matchAll`). Each match is either an
 * escaped brace ("{{" or "}}", no groups set) or a placeholder with exactly one of the named groups
 * `open`, `close` or `self` set to its number.
 */
export const PLACEHOLDER_RE =
  /\{\{|\}\}|\{(?<open>[1-9]\d{0,5})\}|\{\/(?<close>[1-9]\d{0,5})\}|\{(?<self>[1-9]\d{0,5})\/\}/g;

/** The source of a closing placeholder, for patterns that look for tags after a mark ("fin.{/1} Suite"). */
export const CLOSING_PLACEHOLDER_SOURCE = "\\{\\/[1-9]\\d{0,5}\\}";

export type PlaceholderKind = "open" | "close" | "self";

/** A placeholder with its offsets in the text and its exact spelling (`text`: "{1}", "{/1}", "{2/}"). */
export type Placeholder = { start: number; end: number; kind: PlaceholderKind; id: string; text: string };

export type PlaceholderToken = { type: "text"; value: string } | { type: PlaceholderKind; id: string };

/** How a placeholder is written: `{1}`, `{/1}`, `{1/}`. */
export function formatPlaceholder(kind: PlaceholderKind, id: string): string {
  return kind === "open" ? `{${id}}` : kind === "close" ? `{/${id}}` : `{${id}/}`;
}

/** Placeholders in text order, with offsets; escaped braces ("{{1}}" is a literal "{1}") are text. */
export function findPlaceholders(text: string): Placeholder[] {
  const placeholders: Placeholder[] = [];
  if (!text.includes("{")) return placeholders;
  for (const match of text.matchAll(PLACEHOLDER_RE)) {
    const { open, close, self } = match.groups ?? {};
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (open) placeholders.push({ start, end, kind: "open", id: open, text: match[0] });
    else if (close) placeholders.push({ start, end, kind: "close", id: close, text: match[0] });
    else if (self) placeholders.push({ start, end, kind: "self", id: self, text: match[0] });
  }
  return placeholders;
}

/** The text with each placeholder replaced by what `replace` returns for it; escaped braces stay as they are. */
export function replacePlaceholders(text: string, replace: (placeholder: Placeholder) => string): string {
  if (!text.includes("{")) return text;
  let out = "";
  let last = 0;
  for (const placeholder of findPlaceholders(text)) {
    out += text.slice(last, placeholder.start) + replace(placeholder);
    last = placeholder.end;
  }
  return out + text.slice(last);
}

/**
 * The text with each placeholder replaced by as many `mask` characters (U+FFFF by default), so offsets survive and
 * words do not run into tags; escaped braces stay as they are.
 */
export function maskPlaceholders(text: string, mask = "\uFFFF"): string {
  return replacePlaceholders(text, (placeholder) => mask.repeat(placeholder.end - placeholder.start));
}

/** Makes arbitrary text safe to embed in placeholder text. */
export function escapePlaceholderText(text: string): string {
  return text.replace(/[{}]/g, (brace) => brace + brace);
}

/**
 * Inverse of `escapePlaceholderText` for the literal parts; placeholders are kept as they are.
 * Use it on text without placeholders (or for display only).
 */
export function unescapePlaceholderText(text: string): string {
  return text.replace(PLACEHOLDER_RE, (match) => (match === "{{" ? "{" : match === "}}" ? "}" : match));
}

/** Splits placeholder text into literal text (unescaped) and tag tokens. */
export function tokenizePlaceholderText(text: string): PlaceholderToken[] {
  const tokens: PlaceholderToken[] = [];
  let literal = "";
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_RE)) {
    const index = match.index ?? 0;
    literal += text.slice(last, index);
    last = index + match[0].length;
    const groups = match.groups ?? {};
    if (match[0] === "{{" || match[0] === "}}") {
      literal += match[0][0];
      continue;
    }
    if (literal) tokens.push({ type: "text", value: literal });
    literal = "";
    if (groups.open) tokens.push({ type: "open", id: groups.open });
    else if (groups.close) tokens.push({ type: "close", id: groups.close });
    else if (groups.self) tokens.push({ type: "self", id: groups.self });
  }
  literal += text.slice(last);
  if (literal) tokens.push({ type: "text", value: literal });
  return tokens;
}

/** The plain text a reader sees: placeholders removed, braces unescaped. */
export function stripPlaceholders(text: string): string {
  if (!text.includes("{") && !text.includes("}")) return text;
  let plain = "";
  for (const token of tokenizePlaceholderText(text)) {
    if (token.type === "text") plain += token.value;
  }
  return plain;
}

/**
 * Drops placeholders whose partner is missing (e.g. after cutting a block in two) and tags that
 * no longer appear, so the text and its tag table stay consistent.
 */
export function dropUnpairedPlaceholders<T>(
  text: string,
  tags: Record<string, T>,
): { text: string; tags: Record<string, T> } {
  const tokens = tokenizePlaceholderText(text);
  const opens = new Map<string, number>();
  const keep = new Set<number>();
  tokens.forEach((token, index) => {
    if (token.type === "open") opens.set(token.id, index);
    else if (token.type === "close") {
      const openIndex = opens.get(token.id);
      if (openIndex !== undefined) {
        keep.add(openIndex);
        keep.add(index);
        opens.delete(token.id);
      }
    } else keep.add(index);
  });
  let out = "";
  const used: Record<string, T> = {};
  tokens.forEach((token, index) => {
    if (!keep.has(index)) return;
    if (token.type === "text") out += escapePlaceholderText(token.value);
    else {
      out += formatPlaceholder(token.type, token.id);
      if (token.id in tags) used[token.id] = tags[token.id];
    }
  });
  return { text: out, tags: used };
}
