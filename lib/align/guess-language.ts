// Which of the supported languages a text is in, from its most frequent function words;
// only used when the caller did not say (the number-word anchors need a language).
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ["the", "and", "of", "to", "is", "that", "with", "was", "for", "it", "this", "are"],
  fr: ["le", "les", "et", "des", "est", "une", "dans", "pour", "qui", "pas", "du", "au"],
  es: ["el", "los", "las", "y", "del", "por", "con", "es", "una", "para", "lo", "como"],
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "ein", "eine", "zu", "auf"],
  it: ["il", "di", "che", "della", "per", "non", "sono", "gli", "una", "del", "nel", "anche"],
  pt: ["os", "do", "da", "em", "uma", "não", "para", "com", "dos", "das", "ao", "mais"],
};
const SAMPLE_UNITS = 300;
const MIN_HITS = 3;
const MIN_LEAD = 1.3;

const LANGUAGE_OF_WORD = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LANGUAGE_OF_WORD.set(word, [...(LANGUAGE_OF_WORD.get(word) ?? []), lang]);
}

export function guessLanguage(units: readonly string[]): string | undefined {
  const hits = new Map<string, number>();
  for (const unit of units.slice(0, SAMPLE_UNITS)) {
    for (const word of unit.toLowerCase().split(/[^\p{L}]+/u)) {
      for (const lang of LANGUAGE_OF_WORD.get(word) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    }
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < MIN_HITS) return undefined;
  if (ranked.length > 1 && ranked[0][1] < MIN_LEAD * ranked[1][1]) return undefined;
  return ranked[0][0];
}
