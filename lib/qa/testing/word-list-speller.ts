// A tiny in-memory speller for unit tests: checks stay fast and independent of the Hunspell packages.

import type { CheckContext, Speller } from "../types";

export function createWordListSpeller(words: string[]): Speller {
  const known = new Set(words);
  // Like Hunspell, a known lower-case word may also be written with a capital or in capitals
  const entry = (word: string) => (known.has(word) ? word : known.has(word.toLowerCase()) ? word.toLowerCase() : null);
  return {
    correct: (word) => entry(word) !== null,
    suggest: () => [],
    stem: (word) => {
      const found = entry(word);
      return found ? [found] : [];
    },
    analyze: (word) => {
      const found = entry(word);
      return found
        ? [{ stem: found, morphemes: [], fields: [{ code: "st", value: found }], description: ` st:${found}` }]
        : [];
    },
  };
}

export function createContext(
  targetLang: string,
  targetWords: string[] = [],
  sourceWords: string[] = [],
): CheckContext & { segmentId?: string } {
  return {
    sourceLang: "en",
    targetLang,
    spellers: {
      source: sourceWords.length > 0 ? createWordListSpeller(sourceWords) : undefined,
      target: targetWords.length > 0 ? createWordListSpeller(targetWords) : undefined,
    },
  };
}
