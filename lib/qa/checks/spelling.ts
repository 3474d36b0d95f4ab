// Misspelt words, as a warning. Only a word the dictionary does not know AND that is one edit away from a word
// it does know is flagged: unknown but real words (names, new terms, loans) have no such near miss, so the
// checker stays quiet on them. Names, acronyms, words copied from the source, URLs and code are skipped.

import { getLanguageProfile } from "@/lib/languages/get-language-profile";
import { createFinding } from "../create-finding";
import { findWords, type WordToken } from "../text/words";
import type { Check, Finding } from "../types";
import { findNearMiss, isKnownWord, isLikelyName, splitElision } from "../word-knowledge";

const MESSAGES = {
  misspelt: (word: string, language: string, suggestion: string) =>
    `"${word}" is not in the ${language} dictionary: did you mean "${suggestion}"?`,
};

const MIN_LENGTH = 4;
const SOURCE_WORD = /[\p{L}\p{M}\p{N}]+/gu;

export const spellingCheck: Check = {
  id: "spelling",
  name: "Spelling",
  severity: "warning",
  run(source, target, ctx) {
    const speller = ctx.spellers.target;
    if (!speller) return [];
    const profile = getLanguageProfile(ctx.targetLang);
    // Every word of the source, code and hyphenated parts included: "`requires`", "gzip-compressed", "blob's"
    const sourceWords = new Set(source.toLowerCase().match(SOURCE_WORD) ?? []);
    const findings: Finding[] = [];
    for (const word of findWords(target)) {
      const elided = splitElision(word.text, profile);
      const core = elided ? elided.rest : word.text;
      const coreStart = word.start + (elided ? elided.prefix.length : 0);
      if (core.length < MIN_LENGTH || /[-‐'’]/.test(core)) continue;
      if (sourceWords.has(word.text.toLowerCase()) || sourceWords.has(core.toLowerCase())) continue;
      if (isInflectionOfSourceWord(core.toLowerCase(), sourceWords)) continue;
      // A capital is a name unless the word opens a sentence
      if (isLikelyName(core) && !(isSentenceStart(target, word) && isCapitalisedOnly(core))) continue;
      if (isKnownWord(core, speller, profile)) continue;
      // "Verr. maj.", "Abs.": a short unknown word before a period is most likely an abbreviation
      if (core.length <= 5 && target[word.end] === ".") continue;
      const suggestion = findNearMiss(core, speller, profile);
      if (!suggestion) continue;
      findings.push(
        createFinding(
          spellingCheck,
          coreStart,
          coreStart + core.length,
          MESSAGES.misspelt(core, profile.name, suggestion),
          suggestion,
        ),
      );
    }
    return findings;
  },
};

// "Trigger" for the source's "Triggers", "programa" for "program": a term carried over, not a typo
function isInflectionOfSourceWord(word: string, sourceWords: Set<string>): boolean {
  for (const source of sourceWords) {
    if (source.length < MIN_LENGTH || Math.abs(source.length - word.length) > 3) continue;
    if (source.startsWith(word) || word.startsWith(source)) return true;
  }
  return false;
}

function isSentenceStart(text: string, word: WordToken): boolean {
  const before = text.slice(0, word.start).replace(/[\s"'“‘«¿¡([{}\d/\uFFFF]+$/u, "");
  return before === "" || /[.!?:…]$/.test(before);
}

function isCapitalisedOnly(word: string): boolean {
  return !/\p{N}/u.test(word) && word.slice(1) === word.slice(1).toLowerCase();
}
