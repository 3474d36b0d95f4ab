import { maskProtectedSpans } from "@/lib/text/protected-spans";
import { memoiseByText } from "@/lib/text/text-cache";

export type WordToken = { text: string; start: number; end: number };

// Letters with inner apostrophes or hyphens stay one token ("aujourd'hui", "plate-forme", "l'ACLU")
const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/** Words of prose: tokens inside URLs, e-mail addresses, placeholders, hashtags or code are left out. Shared: do not mutate. */
export const findWords: (text: string) => readonly WordToken[] = memoiseByText(computeWords);

function computeWords(text: string): WordToken[] {
  const masked = maskProtectedSpans(text);
  const words: WordToken[] = [];
  for (const match of masked.matchAll(WORD_PATTERN)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

export function hasUppercase(word: string): boolean {
  return word !== word.toLowerCase();
}

export function isAllUppercase(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

export function startsWithUppercase(word: string): boolean {
  const first = word[0] ?? "";
  return first !== first.toLowerCase();
}
