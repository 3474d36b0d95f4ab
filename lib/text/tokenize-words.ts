import { getBaseLanguage } from "./base-language";
import { findPlaceholders } from "./find-placeholders";
import { segmentInChunks } from "./segment-in-chunks";

export type WordToken = { text: string; start: number; end: number };

// Elided articles and pronouns that French and Italian glue to the next word with an apostrophe. Lexicalised
// words ("aujourd'hui", "quelqu'un", "prud'homme") do not start with one of these and stay whole.
const ELISIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(["c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]),
  it: new Set(["c", "d", "l", "m", "n", "s", "t", "v", "un", "all", "dall", "dell", "nell", "sull", "quest", "quell"]),
};

/** Separators inside "1 300" / "1 300 000": space, no-break space, thin space, narrow no-break space. */
const GROUP_SEPARATORS = new Set([0x20, 0xa0, 0x2009, 0x202f]);

/** Word segments are short, so small pieces keep the per-step cost low (see segmentInChunks). */
const ICU_CHUNK_SIZE = 512;

const segmenterCache = new Map<string, Intl.Segmenter>();

/**
 * Word-like tokens (Intl.Segmenter, granularity "word"), with offsets into `text`.
 * - Placeholders (`{1}`, `{/1}`, `{2/}`) are skipped and separate words ("f{1}aces" gives "f", "aces").
 * - French/Italian elisions are split after the apostrophe: "l'ACLU" -> "l'", "ACLU"; "aujourd'hui" stays whole.
 *   Other languages keep what ICU gives ("don't" is one token).
 * - Space-grouped numbers are one token ("1 300", "1 300 000"); "1.300", "3,5" and "2.5" already are.
 * - Hyphenated words are split by ICU ("Vingt-huit" -> "Vingt", "huit").
 */
export function tokenizeWords(text: string, lang: string): WordToken[] {
  const masked = maskPlaceholders(text);
  const elisions = ELISIONS[getBaseLanguage(lang)];
  const tokens: WordToken[] = [];
  for (const { segment, index, isWordLike } of segmentInChunks(getWordSegmenter(lang), masked, ICU_CHUNK_SIZE)) {
    if (!isWordLike) continue;
    const token = { text: segment, start: index, end: index + segment.length };
    if (mergeNumberGroup(text, tokens, token)) continue;
    if (elisions) pushSplitElision(tokens, token, elisions);
    else tokens.push(token);
  }
  return tokens;
}

function getWordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenterCache.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    } catch {
      // A malformed tag must not make tokenising throw; the root locale has the generic rules.
      segmenter = new Intl.Segmenter("und", { granularity: "word" });
    }
    segmenterCache.set(lang, segmenter);
  }
  return segmenter;
}

/** Replaces placeholders by spaces of the same length so offsets stay valid and their digits are not words. */
function maskPlaceholders(text: string): string {
  const placeholders = findPlaceholders(text);
  if (placeholders.length === 0) return text;
  let masked = "";
  let from = 0;
  for (const { start, end } of placeholders) {
    masked += `${text.slice(from, start)}${" ".repeat(end - start)}`;
    from = end;
  }
  return masked + text.slice(from);
}

/** Appends `token` to the previous token when together they read as one space-grouped number ("1" + "300"). */
function mergeNumberGroup(text: string, tokens: WordToken[], token: WordToken): boolean {
  const previous = tokens.at(-1);
  if (!previous || token.start !== previous.end + 1 || !GROUP_SEPARATORS.has(text.charCodeAt(previous.end))) {
    return false;
  }
  if (!/^\d{3}(?:[.,]\d+)?$/.test(token.text) || !/^\d{1,3}(?:\s\d{3})*$/.test(previous.text)) return false;
  previous.end = token.end;
  previous.text = text.slice(previous.start, previous.end);
  return true;
}

function pushSplitElision(tokens: WordToken[], token: WordToken, elisions: ReadonlySet<string>): void {
  const apostrophe = token.text.search(/['’]/);
  if (
    apostrophe > 0 &&
    apostrophe < token.text.length - 1 &&
    elisions.has(token.text.slice(0, apostrophe).toLowerCase())
  ) {
    const split = token.start + apostrophe + 1;
    tokens.push({ text: token.text.slice(0, apostrophe + 1), start: token.start, end: split });
    pushSplitElision(tokens, { text: token.text.slice(apostrophe + 1), start: split, end: token.end }, elisions);
    return;
  }
  tokens.push(token);
}
