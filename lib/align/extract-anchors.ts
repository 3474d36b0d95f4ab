import { replacePlaceholders } from "@/lib/text/placeholders";
import { lookUpNumberWord, normalizeLanguage } from "./number-words";

// Language-independent clues that a source and a target sentence say the same thing:
// things MT and translators copy or barely change (numbers, URLs, names, tags, some
// punctuation) and cognate stems (Simard-style 4-letter prefixes: "technology"/"technologie").

export type AnchorKind = "number" | "url" | "placeholder" | "name" | "stem" | "punct" | "lexicon";

export type Anchor = { kind: AnchorKind; key: string };

// How much one shared occurrence of each kind says about two sentences belonging together.
export const ANCHOR_KIND_WEIGHTS: Record<AnchorKind, number> = {
  url: 3,
  number: 2,
  placeholder: 2,
  name: 1.5,
  stem: 1,
  punct: 0.75,
  // a pair from the core bilingual lexicon (word-lexicon.ts): common words, so idf does most of the weighing
  lexicon: 1,
};

const STEM_LENGTH = 4;

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"«»“”]+|\bwww\.[^\s<>"«»“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
// Clock times first, so "01:08:42" is one anchor and its colons are not punctuation.
const TIME_PATTERN = /\b\d{1,2}(?::\d{2}){1,2}\b/g;
// Grouped thousands first ("1,300", "1 300", "1.300", "11 500") so they are read as one number.
const NUMBER_PATTERN = /\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;
// Punctuation that survives translation: questions, exclamations, colons, brackets, %, and
// quotation marks of every style (one key, as languages use different ones).
const PUNCT_KEYS: Record<number, string> = {};
for (const mark of "?!:()%") PUNCT_KEYS[mark.charCodeAt(0)] = `p:${mark}`;
for (const mark of '"“”«»„') PUNCT_KEYS[mark.charCodeAt(0)] = 'p:"';
// After these, a capital letter may just start a sentence or a quotation.
const SENTENCE_BREAK_CODES = new Set(Array.from('.!?:;"“”«»„(\u2014–-', (c) => c.charCodeAt(0)));
const LETTER_CODES = new Map<number, boolean>();
const HAS_DIGIT = /\d/;
// Folding (NFD + lower case) is the hot spot on long texts; words repeat a lot.
const WORD_KEYS = new Map<string, WordKeys>();
const WORD_CACHE_LIMIT = 50_000;

// `lang` (en, fr, es, de, it, pt) also turns spelled-out numbers, months and weekdays into anchors.
export function extractAnchors(text: string, lang?: string, lexicon?: WordLexicon): Anchor[] {
  const anchors: Anchor[] = [];
  visitAnchors(text, (kind, key) => anchors.push({ kind, key }), lang, lexicon);
  return anchors;
}

// Allocation-light variant for the aligner's hot path. `lexicon` maps folded words of this side to the keys
// of their entries in the core bilingual lexicon (word-lexicon.ts).
export function visitAnchors(
  text: string,
  visit: (kind: AnchorKind, key: string) => void,
  lang?: string,
  lexicon?: WordLexicon,
): void {
  let rest = text;
  // cheap guards first: most sentences have no URL, tag or clock time
  if (rest.includes("http") || rest.includes("www.") || rest.includes("@")) {
    rest = rest.replace(URL_PATTERN, (url) => {
      visit("url", `u:${normalizeUrl(url)}`);
      return " ";
    });
  }
  if (rest.includes("{")) {
    rest = replacePlaceholders(rest, (tag) => {
      visit("placeholder", `t:${tag.text}`);
      return " ";
    });
  }
  if (HAS_DIGIT.test(rest)) {
    if (rest.includes(":")) {
      rest = rest.replace(TIME_PATTERN, (time) => {
        visit("number", `n:${time.replace(/^0(?=\d)/, "")}`);
        return " ";
      });
    }
    rest = rest.replace(NUMBER_PATTERN, (num) => {
      visit("number", `n:${normalizeNumber(num)}`);
      return " ";
    });
  }
  // One pass over the characters: punctuation anchors and words (cheaper than regexes on long texts).
  const language = normalizeLanguage(lang);
  let wordStart = -1;
  let lastMark = 0; // last non-space character before the current word, 0 at the start
  for (let k = 0; k <= rest.length; k++) {
    const code = k < rest.length ? rest.charCodeAt(k) : 32;
    if (isLetterCode(code)) {
      if (wordStart < 0) wordStart = k;
      continue;
    }
    if (wordStart >= 0) {
      visitWord(rest.slice(wordStart, k), lastMark, language, visit, lexicon);
      lastMark = rest.charCodeAt(k - 1);
      wordStart = -1;
    }
    if (PUNCT_KEYS[code] !== undefined) visit("punct", PUNCT_KEYS[code]);
    if (!isSpaceCode(code)) lastMark = code;
  }
}

function normalizeUrl(url: string): string {
  return url
    .replace(/[.,;:!?)\]}'’]+$/u, "")
    .replace(/^https?:\/\//i, "")
    .replace(/^www\./i, "")
    .toLowerCase();
}

// "1,300" = "1 300" = "1.300" -> "1300"; "2,5" = "2.5"; "007" = "7".
function normalizeNumber(raw: string): string {
  const grouped = /^(\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+)(?:[.,](\d+))?$/.exec(raw);
  let intPart: string;
  let fracPart: string | undefined;
  if (grouped && !/^\d{1,3}[.,]\d{3}$/.test(raw)) {
    intPart = grouped[1].replace(/\D/g, "");
    fracPart = grouped[2];
  } else if (/^\d{1,3}[.,]\d{3}$/.test(raw)) {
    // "1,300" (en) and "1.300" (de) are thousands far more often than 3-decimal fractions.
    intPart = raw.replace(/\D/g, "");
  } else {
    const [a, b] = raw.split(/[.,]/);
    intPart = a;
    fracPart = b;
  }
  const int = intPart.replace(/^0+(?=\d)/, "");
  return fracPart === undefined ? int : `${int}.${fracPart}`;
}

type WordKeys = { folded: string; lower: string; name: string; stem: string };

/**
 * Lower-case word (NFC, accents kept: Spanish "él" is not "el", Italian "è" is not "e") -> keys of its
 * lexicon entries.
 */
export type WordLexicon = ReadonlyMap<string, readonly string[]>;

/** How a word is looked up in a WordLexicon: "Été" -> "été". */
export function lowerWord(word: string): string {
  return word.normalize("NFC").toLowerCase();
}

// name: the folded word for capitalised words (used only when not sentence-initial);
// stem: its first STEM_LENGTH letters when the word is long enough.
function lookUpWordKeys(word: string): WordKeys {
  let keys = WORD_KEYS.get(word);
  if (keys === undefined) {
    const folded = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    const first = word[0];
    keys = {
      folded,
      lower: lowerWord(word),
      name: word.length >= 2 && first !== first.toLowerCase() ? `c:${folded}` : "",
      stem: folded.length >= STEM_LENGTH ? `w:${folded.slice(0, STEM_LENGTH)}` : "",
    };
    if (WORD_KEYS.size >= WORD_CACHE_LIMIT) WORD_KEYS.clear();
    WORD_KEYS.set(word, keys);
  }
  return keys;
}

// Capitalised words that are not merely sentence-initial, and acronyms anywhere.
function visitWord(
  word: string,
  before: number,
  language: string | undefined,
  visit: (kind: AnchorKind, key: string) => void,
  lexicon: WordLexicon | undefined,
): void {
  const keys = lookUpWordKeys(word);
  const entries = lexicon?.get(keys.lower);
  if (entries !== undefined) for (const entry of entries) visit("lexicon", entry);
  if (keys.name !== "" && isNameLike(word, before)) visit("name", keys.name);
  if (keys.stem !== "") visit("stem", keys.stem);
  if (language !== undefined) {
    const numberKey = lookUpNumberWord(language, keys.folded, keys.name !== "");
    if (numberKey !== "") visit("number", numberKey);
  }
}

// Capitalised words that are not merely sentence-initial, and acronyms anywhere;
// `before` is the code of the last non-space character before the word (0 at the start).
function isNameLike(word: string, before: number): boolean {
  if (word === word.toUpperCase()) return true;
  return before !== 0 && !SENTENCE_BREAK_CODES.has(before);
}

function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let letter = LETTER_CODES.get(code);
  if (letter === undefined) {
    letter = /[\p{L}\p{M}]/u.test(String.fromCharCode(code));
    LETTER_CODES.set(code, letter);
  }
  return letter;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x2009;
}
