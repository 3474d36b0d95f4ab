// Shared by the termbase tests: entries in one line, and French stems as Hunspell's fr dictionary gives them.

import { createTableStemmer } from "../stemmer";
import type { TermEntry } from "../term-entry";

export function makeTermEntry(
  source: string,
  targets: string[],
  forbidden: string[] = [],
  caseSensitive = false,
): TermEntry {
  return { source, targets, forbidden, note: "", partOfSpeech: null, caseSensitive };
}

export const FRENCH_TEST_STEMS = createTableStemmer({
  reconnaissances: ["reconnaissance"],
  faciale: ["facial"],
  faciales: ["facial"],
  faciaux: ["facial"],
  facial: ["facial"],
  visages: ["visage"],
  libertés: ["liberté"],
  civiles: ["civil"],
  civile: ["civil"],
  civils: ["civil"],
  forces: ["force"],
});
