// The first letter of the target is a capital when the source's is, and lower case when the source's is
// (a segment that continues a sentence). Names and mixed-case words ("iPhone", "eBay") are left alone.

import { getLanguageProfile } from "@/lib/languages/get-language-profile";
import { maskProtectedSpans } from "@/lib/text/protected-spans";
import { createFinding } from "../create-finding";
import type { Check, Speller } from "../types";
import { checkWord } from "../word-knowledge";

const MESSAGES = {
  lower: (word: string) => `The source starts with a capital letter but the translation starts with "${word}".`,
  upper: (word: string) =>
    `The source starts in lower case (it continues a sentence) but the translation starts with "${word}".`,
};

const FIRST_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/u;

export const initialCapitalCheck: Check = {
  id: "initial-capital",
  name: "Initial capital",
  severity: "warning",
  run(source, target, ctx) {
    const sourceWord = FIRST_WORD.exec(maskProtectedSpans(source));
    const targetWord = FIRST_WORD.exec(maskProtectedSpans(target));
    if (!sourceWord || !targetWord) return [];
    const sourceFirst = sourceWord[0];
    const targetFirst = targetWord[0];
    if (/^\p{N}/u.test(sourceFirst) || /^\p{N}/u.test(targetFirst)) return [];
    // Mixed case is a name; so is a word the source starts with too
    if (/\p{Lu}/u.test(targetFirst.slice(1)) && /\p{Ll}/u.test(targetFirst)) return [];
    if (sourceFirst === targetFirst) return [];
    // An acronym or a name opening the source ("TLS relocation", "Korean (alias…)") owes its capital to itself
    if (isUpper(sourceFirst[0]) && isNameOrAcronym(sourceFirst, ctx.spellers.source)) return [];
    const sourceUpper = isUpper(sourceFirst[0]);
    const targetUpper = isUpper(targetFirst[0]);
    const at = targetWord.index;
    if (sourceUpper && !targetUpper) {
      const fix = targetFirst[0].toUpperCase();
      return [createFinding(initialCapitalCheck, at, at + 1, MESSAGES.lower(targetFirst), fix)];
    }
    if (!sourceUpper && targetUpper) {
      // German capitalises every noun; and a name keeps its capital wherever it stands
      if (getLanguageProfile(ctx.targetLang).capitalisesNouns) return [];
      if (/\p{Lu}/u.test(sourceFirst.slice(1))) return [];
      const speller = ctx.spellers.target;
      if (!speller || (targetFirst.length > 1 && targetFirst === targetFirst.toUpperCase())) return [];
      const lower = targetFirst.toLowerCase();
      if (!checkWord(speller, lower) || source.includes(targetFirst)) return [];
      return [
        createFinding(initialCapitalCheck, at, at + 1, MESSAGES.upper(targetFirst), targetFirst[0].toLowerCase()),
      ];
    }
    return [];
  },
};

function isNameOrAcronym(word: string, speller: Speller | undefined): boolean {
  if (word.length > 1 && word === word.toUpperCase()) return true;
  if (!speller) return false;
  return !checkWord(speller, word.toLowerCase());
}

function isUpper(letter: string): boolean {
  return letter !== letter.toLowerCase();
}
