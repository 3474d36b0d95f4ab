// "dela" → "de la", "laspersonas" → "las personas": two words run together, often where a link's text met the
// text beside it. Only proposes a split when the dictionary does not know the word and a function word explains
// it; two content words are never split ("salvapantallas", "métainfo" are words), nor a prefix that is also a
// function word ("enlistados"), nor anything in a language that writes compounds as one word (German), where
// only "dieKampagne" (a tag's capital after a function word) is caught.

import { getLanguageProfile, type LanguageProfile } from "@/lib/languages/get-language-profile";
import { createFinding } from "../create-finding";
import { findWords, hasUppercase } from "../text/words";
import type { Check, Speller } from "../types";
import { checkWord, isKnownWord } from "../word-knowledge";

const MESSAGES = {
  glued: (word: string, split: string) => `"${word}" looks like two words run together: "${split}".`,
};

const MIN_LENGTH = 4;

export const gluedWordsCheck: Check = {
  id: "glued-words",
  name: "Words run together",
  severity: "warning",
  run(source, target, ctx) {
    const speller = ctx.spellers.target;
    if (!speller) return [];
    const profile = getLanguageProfile(ctx.targetLang);
    const sourceLower = source.toLowerCase();
    const findings = [];
    for (const word of findWords(target)) {
      const text = word.text;
      if (text.length < MIN_LENGTH || /[\p{N}'’\-‐]/u.test(text)) continue;
      if (sourceLower.includes(text.toLowerCase())) continue;
      if (hasUppercase(text) || profile.compounds) {
        const split = splitBeforeCapital(text, speller, profile);
        if (split)
          findings.push(createFinding(gluedWordsCheck, word.start, word.end, MESSAGES.glued(text, split), split));
        continue;
      }
      if (isKnownWord(text, speller, profile)) continue;
      const split = findBestSplit(text, speller, profile);
      if (split)
        findings.push(createFinding(gluedWordsCheck, word.start, word.end, MESSAGES.glued(text, split), split));
    }
    return findings;
  },
};

// "dieKampagne", "laPolice": a function word glued to the capitalised word a link started with.
// Brand names ("eBay", "iPhone") start with a letter that is no function word, or appear in the source.
function splitBeforeCapital(word: string, speller: Speller, profile: LanguageProfile): string | null {
  const parts = /^(\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (!parts || parts[1].length < 2 || !profile.functionWords.includes(parts[1])) return null;
  return checkWord(speller, parts[2]) ? `${parts[1]} ${parts[2]}` : null;
}

function findBestSplit(word: string, speller: Speller, profile: LanguageProfile): string | null {
  let best: { split: string; balance: number } | null = null;
  for (let i = 2; i <= word.length - 2; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    const leftIsFunction = profile.functionWords.includes(left);
    const rightIsFunction = profile.functionWords.includes(right);
    if (!leftIsFunction && !rightIsFunction) continue;
    if (!rightIsFunction && profile.prefixes.includes(left)) continue;
    if (!checkWord(speller, left) || !checkWord(speller, right)) continue;
    const balance = Math.min(left.length, right.length);
    if (!best || balance > best.balance) best = { split: `${left} ${right}`, balance };
  }
  return best?.split ?? null;
}
