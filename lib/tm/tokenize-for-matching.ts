// Segment text (placeholder syntax of lib/ingest/placeholders) cut into the tokens that fuzzy matching compares.
// A token's `key` is what must be equal for two tokens to count as the same word; `text` is how it is written,
// so a difference of case, quote style or number value is seen apart from a different word (see README.md).

import { PLACEHOLDER_RE } from "@/lib/text/placeholders";

export type MatchTokenKind = "word" | "number" | "punct";

/** A word, number or punctuation mark. `start`/`end` are UTF-16 offsets into the segment text. */
export type MatchToken = { kind: MatchTokenKind; key: string; text: string; start: number; end: number };

/** An inline tag; `before` is the index of the first token after it (tokens.length when it ends the text). */
export type MatchTag = { kind: "open" | "close" | "self"; id: string; before: number; start: number; end: number };

export type TokenizedSegment = {
  text: string;
  /** The text with whitespace runs collapsed (see collapseWhitespace). */
  collapsed: string;
  /** Interned ids are only comparable between segments of the same generation. */
  generation: number;
  /** Number of tokens (words, numbers, punctuation); read them with listTokens(). */
  length: number;
  tags: MatchTag[];
  /** Sum of the token weights: the "length" of the score's formula. */
  weight: number;
  /** Per token, as numbers for the distance loop: the interned key, the interned text, the weight. */
  keyIds: Int32Array;
  textIds: Int32Array;
  weights: Float64Array;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
};

const KINDS: readonly MatchTokenKind[] = ["word", "number", "punct"];

/** Punctuation weighs half a word: a missing comma must not cost as much as a missing noun. */
export const TOKEN_WEIGHT: Readonly<Record<MatchTokenKind, number>> = { word: 1, number: 1, punct: 0.5 };

/** All numbers share one key: they are compared by value apart (a penalty, and the target is adapted). */
export const NUMBER_KEY = "#";

const PUNCT_KEYS: Readonly<Record<string, string>> = {
  "“": '"',
  "”": '"',
  "«": '"',
  "»": '"',
  "„": '"',
  "‘": "'",
  "’": "'",
  "‚": "'",
  "–": "—",
  "‐": "-",
};

const PLACEHOLDER_AT = new RegExp(PLACEHOLDER_RE.source, "y");

const cache = new Map<string, TokenizedSegment>();
const CACHE_LIMIT = 5000;

/** Tokens and tags of a segment. Results are cached and shared: treat them as read-only. */
export function tokenizeForMatching(text: string): TokenizedSegment {
  const known = cache.get(text);
  if (known) return known;
  const result = computeTokens(text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, result);
  return result;
}

// The tokens are those of this pattern, read left to right (a hand-written scanner does the same three times
// faster; the tests check the two agree):
//   number: \d+(?:[.,\u00A0\u202F]\d+)*(?![\p{L}\p{M}\p{N}])   — no letter glued after ("19th", "UTF8" are words)
//   word:   [\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*   — inner apostrophes and hyphens ("don't", "COVID-19")
//   punct:  any other character but whitespace
// Placeholders ("{1}", "{/1}", "{2/}") are tags, not tokens; an escaped brace ("{{") is one punctuation token.
function computeTokens(text: string): TokenizedSegment {
  const tags: MatchTag[] = [];
  const keyIds: number[] = [];
  const textIds: number[] = [];
  const kinds: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let weight = 0;
  const push = (kind: MatchTokenKind, start: number, end: number, written = text.slice(start, end)) => {
    const key = kind === "number" ? NUMBER_KEY : kind === "word" ? wordKey(written) : (PUNCT_KEYS[written] ?? written);
    keyIds.push(intern(key));
    textIds.push(key === written ? keyIds[keyIds.length - 1] : intern(written));
    kinds.push(KINDS.indexOf(kind));
    starts.push(start);
    ends.push(end);
    weight += TOKEN_WEIGHT[kind];
  };
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 0x7b /* { */) {
      PLACEHOLDER_AT.lastIndex = i;
      const match = PLACEHOLDER_AT.exec(text);
      if (match) {
        const end = i + match[0].length;
        const groups = match.groups ?? {};
        if (groups.open || groups.close || groups.self) {
          const kind = groups.open ? "open" : groups.close ? "close" : "self";
          tags.push({ kind, id: groups.open ?? groups.close ?? groups.self, before: keyIds.length, start: i, end });
        } else push("punct", i, end, "{");
        i = end;
        continue;
      }
    }
    if (code === 0x7d /* } */ && text.charCodeAt(i + 1) === 0x7d) {
      push("punct", i, i + 2, "}");
      i += 2;
      continue;
    }
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (isDigit(code)) {
      let end = i + 1;
      while (end < length && isDigit(text.charCodeAt(end))) end++;
      if (!isWordChar(text, end)) {
        // Extend over separators followed by digits, as long as no letter ends up glued after the number
        let extended = end;
        while (isNumberSeparator(text.charCodeAt(extended)) && isDigit(text.charCodeAt(extended + 1))) {
          let next = extended + 2;
          while (next < length && isDigit(text.charCodeAt(next))) next++;
          if (isWordChar(text, next)) break;
          extended = next;
        }
        push("number", i, extended);
        i = extended;
        continue;
      }
    }
    if (isWordChar(text, i)) {
      let end = skipWordChars(text, i);
      while (isInnerJoiner(text.charCodeAt(end)) && isWordChar(text, end + 1)) end = skipWordChars(text, end + 1);
      push("word", i, end);
      i = end;
      continue;
    }
    const size = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    push("punct", i, i + size);
    i += size;
  }
  return {
    text,
    collapsed: collapseWhitespace(text),
    generation,
    length: keyIds.length,
    tags,
    weight,
    keyIds: Int32Array.from(keyIds),
    textIds: Int32Array.from(textIds),
    weights: Float64Array.from(kinds, (kind) => TOKEN_WEIGHT[KINDS[kind]]),
    kinds: Uint8Array.from(kinds),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
  };
}

const tokenLists = new WeakMap<TokenizedSegment, MatchToken[]>();

/** The tokens as objects (built on demand: the distance loop only needs the numbers). Shared: do not mutate. */
export function listTokens(segment: TokenizedSegment): readonly MatchToken[] {
  let tokens = tokenLists.get(segment);
  if (!tokens) {
    tokens = Array.from({ length: segment.length }, (_, i) => ({
      kind: KINDS[segment.kinds[i]],
      key: internedStrings[segment.keyIds[i]],
      text: internedStrings[segment.textIds[i]],
      start: segment.starts[i],
      end: segment.ends[i],
    }));
    tokenLists.set(segment, tokens);
  }
  return tokens;
}

function wordKey(word: string): string {
  const lower = word.toLowerCase();
  // Only non-ASCII text can need composing or have typographic apostrophes and hyphens
  if (isAscii(lower)) return lower;
  return lower.normalize("NFC").replace(/’/g, "'").replace(/‐/g, "-");
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code > 0x7f && SPACE.test(String.fromCharCode(code));
}

function isNumberSeparator(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0xa0 || code === 0x202f;
}

function isInnerJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010;
}

const SPACE = /\s/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;
// 0 = not looked up yet, 1 = letter, mark or digit, 2 = anything else (for the BMP; astral characters are tested)
const wordCharTable = new Uint8Array(0x10000);

function isWordChar(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(at, at + 2));
  let known = wordCharTable[code];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordCharTable[code] = known;
  }
  return known === 1;
}

function skipWordChars(text: string, from: number): number {
  let at = from;
  while (isWordChar(text, at)) {
    const code = text.charCodeAt(at);
    at += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return at;
}

// Strings as small integers, so the distance loop compares numbers. Reset (with the token cache that holds
// the old numbers) once it grows past any real vocabulary.
const interned = new Map<string, number>();
const internedStrings: string[] = [];
let generation = 0;
const INTERN_LIMIT = 1_000_000;

function intern(value: string): number {
  let id = interned.get(value);
  if (id === undefined) {
    if (interned.size >= INTERN_LIMIT) {
      interned.clear();
      internedStrings.length = 0;
      cache.clear();
      generation++;
    }
    id = interned.size;
    interned.set(value, id);
    internedStrings.push(value);
  }
  return id;
}

/** Whitespace runs collapsed and ends trimmed: the only normalisation under which two sources are "identical". */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/gu, " ").trim();
}

/** Forgets the cached tokens (benches measure the cold path: a store returns new strings every time). */
export function clearMatchingCache(): void {
  cache.clear();
}
