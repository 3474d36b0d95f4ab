import { findLanguageProfile } from "@/lib/languages/get-language-profile";
import { LANGUAGE_PROFILES } from "@/lib/languages/profiles";
import { findPlaceholders, type Placeholder } from "./placeholders";
import { segmentInChunks } from "./segment-in-chunks";
import { type AbbreviationKind, getAbbreviations } from "./sentence-abbreviations";

/** UTF-16 offsets into the input, end exclusive; never starts or ends with whitespace. */
export type SentenceSpan = { start: number; end: number };

type LanguageRules = {
  segmenter: Intl.Segmenter;
  abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /** Lowercased words that typically open a sentence; they decide "may-end" abbreviations and initials. */
  starters: ReadonlySet<string>;
  /** German writes ordinals with a period ("am 3. Oktober", "1. Bundesliga"): the profile's ordinalPeriods. */
  ordinalPeriods: boolean;
};

/**
 * Sentences of `text`: Intl.Segmenter proposes boundaries, our rules veto or move them (abbreviations,
 * initials, numbers, quotes, placeholders, line breaks), and we add the ones it misses (ellipses).
 * A blank line always ends a sentence; spans cover every non-whitespace character exactly once.
 */
export function segmentSentenceSpans(text: string, lang: string): SentenceSpan[] {
  const rules = getLanguageRules(lang);
  const spans: SentenceSpan[] = [];
  for (const [start, end] of findBlocks(text)) segmentBlock(text, start, end, rules, spans);
  return spans;
}

export function segmentSentences(text: string, lang: string): string[] {
  return segmentSentenceSpans(text, lang).map(({ start, end }) => text.slice(start, end));
}

/** Sentence segments are long, so bigger pieces amortise the per-call cost (see segmentInChunks). */
const ICU_CHUNK_SIZE = 4096;

const rulesCache = new Map<string, LanguageRules>();

function getLanguageRules(lang: string): LanguageRules {
  let rules = rulesCache.get(lang);
  if (!rules) {
    const profile = findLanguageProfile(lang);
    // A language without a profile: any known language's openers may open its sentences
    const starterProfiles = profile ? [profile] : LANGUAGE_PROFILES;
    rules = {
      segmenter: createSentenceSegmenter(lang),
      abbreviations: getAbbreviations(lang),
      starters: new Set(starterProfiles.flatMap((known) => known.stopwords)),
      ordinalPeriods: profile?.ordinalPeriods ?? false,
    };
    rulesCache.set(lang, rules);
  }
  return rules;
}

function createSentenceSegmenter(lang: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang, { granularity: "sentence" });
  } catch {
    // A malformed tag must not make segmentation throw; the root locale has the generic rules.
    return new Intl.Segmenter("und", { granularity: "sentence" });
  }
}

// ---- Blocks: a blank line (or U+2029 PARAGRAPH SEPARATOR) is a hard boundary ----

function findBlocks(text: string): [number, number][] {
  const blocks: [number, number][] = [];
  let blockStart = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === PARAGRAPH_SEPARATOR) {
      blocks.push([blockStart, i]);
      blockStart = ++i;
    } else if (isLineBreak(code)) {
      const afterBreak = i + (code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1);
      let j = afterBreak;
      while (j < text.length && isHorizontalWhitespace(text.charCodeAt(j))) j++;
      if (j < text.length && (isLineBreak(text.charCodeAt(j)) || text.charCodeAt(j) === PARAGRAPH_SEPARATOR)) {
        blocks.push([blockStart, i]);
        blockStart = j;
      }
      i = Math.max(afterBreak, j);
    } else {
      i++;
    }
  }
  blocks.push([blockStart, text.length]);
  return blocks;
}

function segmentBlock(text: string, start: number, end: number, rules: LanguageRules, spans: SentenceSpan[]): void {
  const block = text.slice(start, end);
  const placeholders = findPlaceholders(block);
  // Placeholders are invisible to sentence rules ("guide.{/1} Then" reads as "guide. Then"); origin maps back.
  const { plain, origin } = stripPlaceholders(block, placeholders);
  let pieceStart = 0;
  for (const cut of findCuts(plain, rules)) {
    const blockCut = origin ? absorbClosingPlaceholders(block, origin[cut - 1] + 1, placeholders, pieceStart) : cut;
    pushTrimmedSpan(text, start + pieceStart, start + blockCut, spans);
    pieceStart = blockCut;
  }
  pushTrimmedSpan(text, start + pieceStart, end, spans);
}

function stripPlaceholders(block: string, placeholders: Placeholder[]): { plain: string; origin: Int32Array | null } {
  if (placeholders.length === 0) return { plain: block, origin: null };
  const parts: string[] = [];
  const origin = new Int32Array(block.length);
  let plainLength = 0;
  let from = 0;
  for (const placeholder of placeholders) {
    for (let i = from; i < placeholder.start; i++) origin[plainLength++] = i;
    parts.push(block.slice(from, placeholder.start));
    from = placeholder.end;
  }
  for (let i = from; i < block.length; i++) origin[plainLength++] = i;
  parts.push(block.slice(from));
  return { plain: parts.join(""), origin };
}

/** A cut right after a sentence keeps the closing tags that follow it: "See {1}our guide.{/1} Then" -> "...{/1}". */
function absorbClosingPlaceholders(
  block: string,
  cut: number,
  placeholders: Placeholder[],
  pieceStart: number,
): number {
  let position = cut;
  for (;;) {
    const adjacent = findPlaceholderAt(placeholders, position);
    if (adjacent && adjacent.kind !== "open") {
      position = adjacent.end;
      continue;
    }
    // "{1}Stop. {/1}Then": a spaced closing tag still belongs to the sentence holding its opening tag.
    let next = position;
    while (next < block.length && isHorizontalWhitespace(block.charCodeAt(next))) next++;
    const spaced = next > position ? findPlaceholderAt(placeholders, next) : undefined;
    if (spaced?.kind === "close" && isPairOpen(placeholders, spaced.id, pieceStart, position)) {
      position = spaced.end;
      continue;
    }
    return position;
  }
}

function findPlaceholderAt(placeholders: Placeholder[], position: number): Placeholder | undefined {
  let low = 0;
  let high = placeholders.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = placeholders[middle].start;
    if (start === position) return placeholders[middle];
    if (start < position) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

function isPairOpen(placeholders: Placeholder[], id: string, from: number, to: number): boolean {
  let depth = 0;
  for (const placeholder of placeholders) {
    if (placeholder.start >= to) break;
    if (placeholder.start < from || placeholder.id !== id) continue;
    if (placeholder.kind === "open") depth++;
    else if (placeholder.kind === "close") depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

function pushTrimmedSpan(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  let from = start;
  let to = end;
  while (from < to && isWhitespace(text.charCodeAt(from))) from++;
  while (to > from && isWhitespace(text.charCodeAt(to - 1))) to--;
  if (from < to) spans.push({ start: from, end: to });
}

// ---- Cuts: positions in the placeholder-free text where a sentence ends ----

function findCuts(plain: string, rules: LanguageRules): number[] {
  const cuts: number[] = [];
  let sentenceStart = 0;
  for (const candidate of collectCandidates(plain, rules.segmenter)) {
    if (candidate <= sentenceStart) continue;
    const cut = resolveCandidate(plain, candidate, sentenceStart, rules);
    if (cut > sentenceStart) {
      cuts.push(cut);
      sentenceStart = cut;
    }
  }
  return cuts;
}

/** Intl.Segmenter's boundaries plus every position after a run of terminal punctuation, sorted. */
function collectCandidates(plain: string, segmenter: Intl.Segmenter): number[] {
  const candidates: number[] = [];
  for (const { index } of segmentInChunks(segmenter, plain, ICU_CHUNK_SIZE)) if (index > 0) candidates.push(index);
  // ICU ignores "…" and misplaces boundaries around spaced quotes; our resolver judges these too.
  for (let i = 0; i < plain.length; i++) {
    if (isTerminal(plain.charCodeAt(i)) && !isTerminal(plain.charCodeAt(i + 1))) candidates.push(i + 1);
  }
  return candidates.sort((a, b) => a - b);
}

/** The cut (end of the sentence, before whitespace) implied by a candidate, or -1 when it is not a boundary. */
function resolveCandidate(plain: string, candidate: number, sentenceStart: number, rules: LanguageRules): number {
  let contentEnd = candidate;
  while (contentEnd > sentenceStart && isWhitespace(plain.charCodeAt(contentEnd - 1))) contentEnd--;
  if (contentEnd === sentenceStart) return -1;

  let terminalEnd = contentEnd;
  while (terminalEnd > sentenceStart && isCloser(plain.charCodeAt(terminalEnd - 1))) terminalEnd--;
  let terminalStart = terminalEnd;
  while (terminalStart > sentenceStart && isTerminal(plain.charCodeAt(terminalStart - 1))) terminalStart--;
  if (terminalStart === terminalEnd) return keepsLineBreak(plain, contentEnd) ? contentEnd : -1;

  const cut = skipClosers(plain, terminalEnd);
  const next = skipWhitespace(plain, cut);
  if (next >= plain.length) return -1;
  // Western punctuation needs a space after it ("2.5", "U.S.Congress", "x?y" are not boundaries); CJK does not.
  if (next === cut && plain.charCodeAt(terminalEnd - 1) < 0x3000) return -1;
  if (continuesSentence(plain, next)) return -1;
  const isSinglePeriod = terminalEnd - terminalStart === 1 && plain.charCodeAt(terminalStart) === PERIOD;
  if (isSinglePeriod && cut === terminalEnd && isAbbreviationEnd(plain, terminalStart, next, sentenceStart, rules)) {
    return -1;
  }
  return cut;
}

/** After the terminal run: closing quotes and brackets, and a French closing guillemet after a (no-break) space. */
function skipClosers(plain: string, from: number): number {
  let position = from;
  for (;;) {
    while (position < plain.length && isCloser(plain.charCodeAt(position))) position++;
    let next = position;
    while (next < plain.length && isHorizontalWhitespace(plain.charCodeAt(next))) next++;
    const code = plain.charCodeAt(next);
    // "« Stop. » Puis" closes; German "»Halt.« »Warum?«" opens (a letter follows the guillemet).
    if (next === position || (code !== 0x00bb && code !== 0x203a) || isWordCharAt(plain, next + 1)) return position;
    position = next + 1;
  }
}

function continuesSentence(plain: string, next: number): boolean {
  const code = plain.charCodeAt(next);
  if (code === COMMA || code === SEMICOLON || code === COLON || CLOSING_BRACKETS.has(code) || isTerminal(code)) {
    return true;
  }
  return startsWithLowercase(plain, next);
}

/** A single line break (not a blank line) after a line without final punctuation. */
function keepsLineBreak(plain: string, contentEnd: number): boolean {
  const next = skipWhitespace(plain, contentEnd);
  if (next >= plain.length || !hasLineBreak(plain, contentEnd, next)) return false;
  if (startsListItem(plain, next)) return true;
  // A wrapped line continues its sentence; otherwise the line is heading-like and stands alone.
  if (LINE_CONTINUATION.has(plain.charCodeAt(contentEnd - 1))) return false;
  return !startsWithLowercase(plain, next);
}

function startsListItem(plain: string, position: number): boolean {
  if (BULLETS.has(plain.charCodeAt(position))) return true;
  let digitsEnd = position;
  while (digitsEnd < plain.length && digitsEnd - position < 4 && isAsciiDigit(plain.charCodeAt(digitsEnd))) digitsEnd++;
  const marker = plain.charCodeAt(digitsEnd);
  return (
    digitsEnd > position && (marker === PERIOD || marker === 0x29) && isWhitespace(plain.charCodeAt(digitsEnd + 1))
  );
}

// ---- Abbreviations, initials and numbers before a period ----

function isAbbreviationEnd(
  plain: string,
  period: number,
  next: number,
  sentenceStart: number,
  rules: LanguageRules,
): boolean {
  const tokenStart = findTokenStart(plain, period, sentenceStart);
  if (tokenStart === period) return false;
  const token = plain.slice(tokenStart, period + 1);
  const previous = readPreviousToken(plain, tokenStart, sentenceStart);
  const following = readTokenAt(plain, next);
  // "z. B." / "av. J.-C.": the first half never ends a sentence, the second half behaves like the whole.
  if (following && rules.abbreviations.has(`${token} ${following}`)) return true;
  const kind = (previous && rules.abbreviations.get(`${previous} ${token}`)) || rules.abbreviations.get(token);
  if (kind === "prefix") return true;
  if (kind === "may-end") return !startsWithStarter(plain, next, rules);
  if (kind === "before-number" && isAsciiDigit(plain.charCodeAt(next))) return true;

  if (isInitials(token)) return !startsWithStarter(plain, next, rules);
  if (isShortNumber(token)) {
    // "1. Call your representative" opens a list item; German "am 3. Oktober" is an ordinal, "Nr. 5." is not.
    if (isSentenceOpening(plain, sentenceStart, tokenStart)) return true;
    const cardinal = rules.abbreviations.get(previous) === "before-number";
    if (rules.ordinalPeriods && !cardinal) return !startsWithStarter(plain, next, rules);
  }
  return false;
}

function findTokenStart(plain: string, end: number, limit: number): number {
  let start = end;
  while (start > limit && isTokenChar(plain, start - 1)) start--;
  return start;
}

function readPreviousToken(plain: string, tokenStart: number, limit: number): string {
  let end = tokenStart;
  while (end > limit && isHorizontalWhitespace(plain.charCodeAt(end - 1))) end--;
  if (end === tokenStart) return "";
  return plain.slice(findTokenStart(plain, end, limit), end);
}

function readTokenAt(plain: string, start: number): string {
  let end = start;
  while (end < plain.length && isTokenChar(plain, end)) end++;
  return plain.slice(start, end);
}

/** Letters with periods after each: "J.", "U.S.", "J.-C.", "e.g.". */
function isInitials(token: string): boolean {
  return /^(?:\p{L}\.-?)+$/u.test(token);
}

function isShortNumber(token: string): boolean {
  return /^\d{1,3}\.$/.test(token);
}

function isSentenceOpening(plain: string, sentenceStart: number, position: number): boolean {
  for (let i = sentenceStart; i < position; i++) {
    const code = plain.charCodeAt(i);
    if (!isWhitespace(code) && !isOpener(code)) return false;
  }
  return true;
}

function startsWithStarter(plain: string, position: number, rules: LanguageRules): boolean {
  let start = position;
  while (start < plain.length && isOpener(plain.charCodeAt(start))) start++;
  let end = start;
  while (end < plain.length && isLetterAt(plain, end)) end++;
  return end > start && rules.starters.has(plain.slice(start, end).toLowerCase());
}

// ---- Character classes ----

const PERIOD = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const LF = 0x0a;
const CR = 0x0d;
const PARAGRAPH_SEPARATOR = 0x2029;

const toCodes = (chars: string) => new Set([...chars].map((char) => char.charCodeAt(0)));
// Closing quotes include German “ ‘ « and the ambiguous straight ones: right after ".!?" a quote can only close.
const CLOSERS = toCodes("\"'”’»«“‘›‹)]}」』〉》）］｝＂");
const CLOSING_BRACKETS = toCodes(")]}）］｝」』〉》");
const OPENERS = toCodes("\"'“‘„‚«»‹›([{¿¡「『〈《（［");
const BULLETS = toCodes("-*•‣–—·");
const LINE_CONTINUATION = toCodes(",;([{-–—/&+");

const STERM = /\p{Sentence_Terminal}/u;
const LOWERCASE = /\p{Ll}/u;
const LETTER = /[\p{L}\p{M}]/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;

/** Memo of isTerminal for non-ASCII code units (0 = not computed yet, 1 = no, 2 = yes): it runs on every character. */
const terminalMemo = new Uint8Array(0x10000);

/** ".", "!", "?", "…" and the other Unicode sentence terminals in the BMP ("。", "؟", "।"). */
function isTerminal(code: number): boolean {
  // NaN (reading past the end) takes this branch too.
  if (!(code >= 0x80)) return code === PERIOD || code === 0x21 || code === 0x3f;
  if (terminalMemo[code] === 0) terminalMemo[code] = code === 0x2026 || STERM.test(String.fromCharCode(code)) ? 2 : 1;
  return terminalMemo[code] === 2;
}

function isCloser(code: number): boolean {
  return CLOSERS.has(code);
}

function isOpener(code: number): boolean {
  return OPENERS.has(code);
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function startsWithLowercase(plain: string, position: number): boolean {
  let start = position;
  while (start < plain.length && isOpener(plain.charCodeAt(start))) start++;
  const code = plain.charCodeAt(start);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWERCASE.test(String.fromCodePoint(plain.codePointAt(start) ?? 0));
}

function isLetterAt(plain: string, position: number): boolean {
  const code = plain.charCodeAt(position);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(plain[position]);
}

function isWordCharAt(plain: string, position: number): boolean {
  const code = plain.charCodeAt(position);
  if (code < 0x80) return isAsciiDigit(code) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return position < plain.length && WORD.test(plain[position]);
}

/** Characters of a word or abbreviation: letters, digits, "." and "-" ("U.S.", "J.-C.", "c.-à-d."). */
function isTokenChar(plain: string, position: number): boolean {
  const code = plain.charCodeAt(position);
  return code === PERIOD || code === 0x2d || isWordCharAt(plain, position);
}

/** Exactly the characters String.prototype.trim removes, so "trimmed" means the same everywhere. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isLineBreak(code: number): boolean {
  return (code >= 0x0a && code <= 0x0d) || code === 0x2028;
}

function isHorizontalWhitespace(code: number): boolean {
  return isWhitespace(code) && !isLineBreak(code) && code !== PARAGRAPH_SEPARATOR;
}

function hasLineBreak(plain: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineBreak(plain.charCodeAt(i))) return true;
  return false;
}

function skipWhitespace(plain: string, from: number): number {
  let position = from;
  while (position < plain.length && isWhitespace(plain.charCodeAt(position))) position++;
  return position;
}
