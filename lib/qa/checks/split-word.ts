// "f aces" → "faces", "chiff rement" → "chiffrement": a word cut in two, typically where a link ended in the
// machine-translated HTML. Uses correct() on the joined form only: suggest() is far too slow to run per word.

import { getLanguageProfile, type LanguageProfile } from "@/lib/languages/get-language-profile";
import { createFinding } from "../create-finding";
import { findWords, isAllUppercase, startsWithUppercase, type WordToken } from "../text/words";
import type { Check, Speller } from "../types";
import { checkWord, isKnownWord, isLikelyName } from "../word-knowledge";

const MESSAGES = {
  split: (pieces: string, joined: string) => `"${pieces}" looks like one word split in two: "${joined}".`,
};

export const splitWordCheck: Check = {
  id: "split-word",
  name: "Word split in two",
  severity: "error",
  run(source, target, ctx) {
    const speller = ctx.spellers.target;
    if (!speller) return [];
    const profile = getLanguageProfile(ctx.targetLang);
    const words = findWords(target);
    const sourceLower = source.toLowerCase();
    const findings = [];
    const fragments = new Map<number, boolean>();
    const isFragmentAt = (i: number) => {
      let known = fragments.get(i);
      if (known === undefined) {
        known = isFragment(words[i], speller, profile);
        fragments.set(i, known);
      }
      return known;
    };
    for (let i = 0; i + 1 < words.length; i++) {
      const left = words[i];
      const right = words[i + 1];
      if (right.start !== left.end + 1 || target[left.end] !== " ") continue;
      if (!isFragmentAt(i) && !isFragmentAt(i + 1)) continue;
      if (/[\p{N}'’\-‐]/u.test(left.text) || /[\p{N}'’\-‐]/u.test(right.text)) continue;
      // A capital on the second piece starts a name or an acronym, not the tail of a word; on the first, outside
      // the start of a sentence, it starts a name ("Perl en" is no "Perlen")
      if (startsWithUppercase(right.text) || isAllUppercase(left.text)) continue;
      if (startsWithUppercase(left.text) && !isSentenceStart(target, left.start)) continue;
      if (left.text.length + right.text.length < MIN_JOINED) continue;
      const joined = left.text + right.text;
      if (!checkWord(speller, joined) && !checkWord(speller, joined.toLowerCase())) continue;
      const pieces = `${left.text} ${right.text}`;
      if (sourceLower.includes(pieces.toLowerCase())) continue;
      findings.push(createFinding(splitWordCheck, left.start, right.end, MESSAGES.split(pieces, joined), joined));
      i++;
    }
    return findings;
  },
};

const MIN_JOINED = 4;

function isSentenceStart(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/[\s"'“‘«¿¡([{}\d/]+$/u, "");
  return before === "" || /[.!?:…]$/.test(before);
}

function isFragment(word: WordToken, speller: Speller, profile: LanguageProfile): boolean {
  const lower = word.text.toLowerCase();
  if (lower.length === 1) return !profile.oneLetterWords.includes(lower);
  if (isLikelyName(word.text) && !startsWithUppercaseOnly(word.text)) return false;
  return !isKnownWord(word.text, speller, profile);
}

function startsWithUppercaseOnly(word: string): boolean {
  return startsWithUppercase(word) && word.slice(1) === word.slice(1).toLowerCase() && !/\p{N}/u.test(word);
}
