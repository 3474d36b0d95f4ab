// What term matching needs from a language's dictionary: the stems of a word form, as Hunspell's stem() gives
// them ("reconnaissances" → ["reconnaissance"], "faciales" → ["facial"], "programs" → ["program"]). Injected,
// so lib/terms stays pure: the app passes the speller of lib/qa-dictionaries (Hunspell through nodehun), the
// tests pass small explicit tables.

export interface Stemmer {
  /** The dictionary stems of `word`, or an empty list when the dictionary does not know it. */
  stem(word: string): readonly string[];
}

/** A stemmer that knows no word: matching then falls back to the exact forms (and the rules of term-forms.ts). */
export const NO_STEMMER: Stemmer = { stem: () => [] };

/** A stemmer from an explicit table (tests, and a fallback where no dictionary is installed). */
export function createTableStemmer(table: Readonly<Record<string, readonly string[]>>): Stemmer {
  return { stem: (word) => (Object.hasOwn(table, word) ? table[word] : []) };
}
