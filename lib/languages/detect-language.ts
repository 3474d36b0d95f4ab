import { baseLanguage, SUPPORTED_LANGUAGES } from "./get-language-profile";
import { LANGUAGE_PROFILES } from "./profiles";

export type DetectedLanguage = { lang: string; confidence: number };

/** Fewer stopword hits than this is no signal ("TAKE ACTION", "Microsoft"). */
const MIN_HITS = 2;
/** Log-odds one stopword hit adds for the languages listing it (a naive Bayes likelihood ratio of e). */
const EVIDENCE_PER_HIT = 1;
/** Enough text to decide; longer inputs are only sampled from the start to keep detection cheap. */
const SAMPLE_LENGTH = 20_000;

const LANGUAGES_BY_WORD: ReadonlyMap<string, readonly string[]> = indexStopwords();

/**
 * Stopword-frequency guess among the languages with a profile, optionally restricted to `candidates` (e.g. ["fr-FR"]).
 * Each stopword counts for every language that lists it ("de" for fr, es and pt), so distinctive words decide.
 * `confidence` is the posterior of the chosen language against all of them (naive Bayes, uniform prior): it is near 1
 * for a paragraph, lower for a few words, and near 0 when `candidates` excludes the real language — so an import
 * can refuse "this MT is actually English". Returns null when the text has too few stopwords to say anything or
 * no candidate is supported. Not meant for mixed-language text.
 */
export function detectLanguage(text: string, candidates?: string[]): DetectedLanguage | null {
  const allowed = candidates
    ? SUPPORTED_LANGUAGES.filter((lang) => candidates.some((candidate) => baseLanguage(candidate) === lang))
    : SUPPORTED_LANGUAGES;
  if (allowed.length === 0) return null;

  const hits = new Map<string, number>(SUPPORTED_LANGUAGES.map((lang) => [lang, 0]));
  let total = 0;
  for (const [word] of text
    .slice(0, SAMPLE_LENGTH)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    const languages = LANGUAGES_BY_WORD.get(word);
    if (!languages) continue;
    for (const lang of languages) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    total++;
  }
  if (total < MIN_HITS) return null;

  const count = (lang: string) => hits.get(lang) ?? 0;
  const best = allowed.reduce((winner, lang) => (count(lang) > count(winner) ? lang : winner));
  // Softmax of the hit counts, shifted by the maximum so long texts do not overflow Math.exp.
  const top = Math.max(...SUPPORTED_LANGUAGES.map(count));
  const odds = (lang: string) => Math.exp(EVIDENCE_PER_HIT * (count(lang) - top));
  const sum = SUPPORTED_LANGUAGES.reduce((total, lang) => total + odds(lang), 0);
  return { lang: best, confidence: Math.round((odds(best) / sum) * 1000) / 1000 };
}

function indexStopwords(): Map<string, string[]> {
  const languagesByWord = new Map<string, string[]>();
  for (const profile of LANGUAGE_PROFILES) {
    for (const word of new Set(profile.stopwords)) {
      languagesByWord.set(word, [...(languagesByWord.get(word) ?? []), profile.code]);
    }
  }
  return languagesByWord;
}
