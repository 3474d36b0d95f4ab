import { lowerWord, type WordLexicon } from "./extract-anchors";
import { EN_DE } from "./lexicon/en-de";
import { EN_ES } from "./lexicon/en-es";
import { EN_FR } from "./lexicon/en-fr";
import { EN_IT } from "./lexicon/en-it";
import { EN_PT } from "./lexicon/en-pt";
import { ENGLISH_CORE } from "./lexicon/english-core";

// A core bilingual lexicon: the most frequent English lemmas with their inflected forms (english-core.ts) and,
// per language, the forms of their usual translations (en-xx.ts). Literary translations share few numbers or
// names with their source; "I don't play." / "Je ne joue pas." share only these everyday words. A word of
// either side becomes an anchor "l:<English lemma>" for every entry it is a form of.

const TRANSLATIONS: Record<string, string> = { de: EN_DE, es: EN_ES, fr: EN_FR, it: EN_IT, pt: EN_PT };

type LexiconPair = { english: WordLexicon; other: WordLexicon };
const BUILT = new Map<string, LexiconPair>();

/** The lexicons of both sides, or null when neither side is English or the other language has no table. */
export function lookUpWordLexicons(
  srcLang: string | undefined,
  tgtLang: string | undefined,
): { src: WordLexicon; tgt: WordLexicon } | null {
  if (srcLang === "en" && tgtLang !== undefined && TRANSLATIONS[tgtLang]) {
    const pair = buildLexiconPair(tgtLang);
    return { src: pair.english, tgt: pair.other };
  }
  if (tgtLang === "en" && srcLang !== undefined && TRANSLATIONS[srcLang]) {
    const pair = buildLexiconPair(srcLang);
    return { src: pair.other, tgt: pair.english };
  }
  return null;
}

function buildLexiconPair(lang: string): LexiconPair {
  const built = BUILT.get(lang);
  if (built) return built;
  const englishForms = parseEnglishCore(ENGLISH_CORE);
  const english = new Map<string, string[]>();
  const other = new Map<string, string[]>();
  for (const { lemma, forms } of parseTranslations(TRANSLATIONS[lang])) {
    const known = englishForms.get(lemma);
    if (known === undefined) continue; // the tests check every lemma is in english-core
    const key = `l:${lemma}`;
    for (const form of known) addEntry(english, form, key);
    for (const form of forms) addEntry(other, form, key);
  }
  const pair = { english, other };
  BUILT.set(lang, pair);
  return pair;
}

function addEntry(lexicon: Map<string, string[]>, form: string, key: string): void {
  const lower = lowerWord(form);
  const keys = lexicon.get(lower);
  if (keys === undefined) lexicon.set(lower, [key]);
  else if (!keys.includes(key)) keys.push(key);
}

function dataLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** "go goes went gone going" per line: lemma first. */
export function parseEnglishCore(text: string): Map<string, string[]> {
  const lemmas = new Map<string, string[]>();
  for (const line of dataLines(text)) {
    // words split at apostrophes, so "don't" reaches the lexicon as "don" + "t"
    const forms = line.split(/\s+/).map((form) => (form === "n't" ? "t" : form));
    lemmas.set(forms[0], forms);
  }
  return lemmas;
}

/** "go = aller va vais allons allez vont allait …" per line: the English lemma, then forms of its translations. */
export function parseTranslations(text: string): Array<{ lemma: string; forms: string[] }> {
  return dataLines(text).map((line) => {
    const [lemma, forms = ""] = line.split("=");
    return { lemma: lemma.trim(), forms: forms.trim().split(/\s+/).filter(Boolean) };
  });
}
