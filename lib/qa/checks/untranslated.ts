// A segment left as the source, or a sentence of the target still in the source language. Function words
// tell the languages apart: words both languages share ("on", "a", "in") count for neither.

import { baseLanguage, getLanguageProfile, type LanguageProfile } from "@/lib/languages/get-language-profile";
import { stripPlaceholders } from "@/lib/text/placeholders";
import { createFinding, wholeTargetSpan } from "../create-finding";
import { splitSentences } from "../text/sentences";
import { findWords } from "../text/words";
import type { Check, Finding, Speller } from "../types";
import { checkWord } from "../word-knowledge";

const MESSAGES = {
  identical: (language: string) => `The translation is the same as the ${language} source: it still needs translating.`,
  sentence: (language: string) => `This sentence seems to be still in ${language}.`,
};

const MIN_SOURCE_HITS = 3;

export const untranslatedCheck: Check = {
  id: "untranslated",
  name: "Untranslated text",
  severity: "warning",
  run(source, target, ctx) {
    if (baseLanguage(ctx.sourceLang) === baseLanguage(ctx.targetLang)) return [];
    const sourceProfile = getLanguageProfile(ctx.sourceLang);
    const targetProfile = getLanguageProfile(ctx.targetLang);
    const { sourceOnly, targetOnly } = getDistinctiveWords(sourceProfile, targetProfile);
    const sourceName = sourceProfile.name;

    if (couldBeIdentical(source, target) && normalise(source) === normalise(target) && normalise(target) !== "") {
      if (!hasSourceLanguageWord(target, sourceOnly, ctx.spellers)) return [];
      const span = wholeTargetSpan(target);
      return [createFinding(untranslatedCheck, span.start, span.end, MESSAGES.identical(sourceName))];
    }

    const findings: Finding[] = [];
    const words = findWords(target);
    let next = 0;
    for (const sentence of splitSentences(target)) {
      let sourceHits = 0;
      let targetHits = 0;
      while (next < words.length && words[next].start < sentence.end) {
        const lower = words[next++].text.toLowerCase();
        if (sourceOnly.has(lower)) sourceHits++;
        else if (targetOnly.has(lower)) targetHits++;
      }
      if (sourceHits >= MIN_SOURCE_HITS && targetHits * 4 <= sourceHits) {
        findings.push(createFinding(untranslatedCheck, sentence.start, sentence.end, MESSAGES.sentence(sourceName)));
      }
    }
    return findings;
  },
};

const distinctiveWords = new Map<string, { sourceOnly: Set<string>; targetOnly: Set<string> }>();

function getDistinctiveWords(
  sourceProfile: LanguageProfile,
  targetProfile: LanguageProfile,
): { sourceOnly: Set<string>; targetOnly: Set<string> } {
  const key = `${sourceProfile.code}>${targetProfile.code}`;
  let words = distinctiveWords.get(key);
  if (!words) {
    const inSource = new Set(sourceProfile.functionWords);
    const inTarget = new Set(targetProfile.functionWords);
    words = {
      sourceOnly: new Set(sourceProfile.functionWords.filter((word) => !inTarget.has(word))),
      targetOnly: new Set(targetProfile.functionWords.filter((word) => !inSource.has(word))),
    };
    distinctiveWords.set(key, words);
  }
  return words;
}

// Normalising costs a regex pass: skip it when the lengths alone rule out a match
function couldBeIdentical(source: string, target: string): boolean {
  return Math.abs(source.length - target.length) <= 10 + source.length / 10;
}

function normalise(text: string): string {
  return stripPlaceholders(text).replace(/\s+/gu, " ").trim();
}

/**
 * "IBM", "Amazon Rekognition" or "HP Linux Imaging and Printing" may stay as they are (names are capitalised);
 * "The ruling is available online." and "TAKE ACTION" may not. Counts the function words, and the lower-case
 * words (all words when the whole text is in capitals) that only the source dictionary knows.
 */
function hasSourceLanguageWord(
  text: string,
  sourceOnly: Set<string>,
  spellers: { source?: Speller; target?: Speller },
): boolean {
  const shouting = text === text.toUpperCase();
  let evidence = 0;
  for (const word of findWords(text)) {
    const lower = word.text.toLowerCase();
    // Function words are never names, whatever their case
    if (sourceOnly.has(lower)) evidence++;
    else if (!shouting && word.text !== lower) continue;
    else if (spellers.source && spellers.target && lower.length >= 3 && !/\p{N}/u.test(lower)) {
      if (checkWord(spellers.source, lower) && !checkWord(spellers.target, lower)) evidence++;
    }
  }
  return evidence >= (shouting ? 1 : 2);
}
