/**
 * Placeholder syntax used in `ParsedBlock.text` (DESIGN §4):
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

export type PlaceholderToken =
  | { type: "text"; value: string }
  | { type: "open"; id: string }
  | { type: "close"; id: string }
  | { type: "self"; id: string };

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
      out += token.type === "open" ? `{${token.id}}` : token.type === "close" ? `{/${token.id}}` : `{${token.id}/}`;
      if (token.id in tags) used[token.id] = tags[token.id];
    }
  });
  return { text: out, tags: used };
}
