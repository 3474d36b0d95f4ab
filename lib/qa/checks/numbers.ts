// Every number of the source appears in the target, in the target's own way of writing it (1,300 → 1 300 in
// French, 3.5 → 3,5), and the target has no number the source lacks. Numbers written as words ("deux",
// "two") excuse a digit on the other side: the check prefers silence to a false alarm.

import { getLanguageProfile, type LanguageProfile } from "@/lib/languages/get-language-profile";
import { createFinding, wholeTargetSpan } from "../create-finding";
import { findNumbers, formatNumber, type NumberToken } from "../text/numbers";
import { findWords } from "../text/words";
import type { Check, Finding } from "../types";

const MESSAGES = {
  wrongForm: (written: string, language: string, wanted: string) =>
    `"${written}" is written the way the source language writes numbers; in ${language} write "${wanted}".`,
  missing: (number: string) => `The number ${number} of the source is missing from the translation.`,
  invented: (number: string) => `The number ${number} is not in the source.`,
};

export const numbersCheck: Check = {
  id: "numbers",
  name: "Numbers",
  severity: "error",
  run(source, target, ctx) {
    const sourceProfile = getLanguageProfile(ctx.sourceLang);
    const targetProfile = getLanguageProfile(ctx.targetLang);
    const sourceNumbers = findNumbers(source, sourceProfile);
    const targetNumbers = findNumbers(target, targetProfile);
    if (sourceNumbers.length === 0 && targetNumbers.length === 0) return [];

    const findings: Finding[] = [];
    const unmatchedTarget = new Set(targetNumbers);
    const remaining: NumberToken[] = [];
    for (const number of sourceNumbers) {
      const copy = readCopy(number, target, targetNumbers);
      if (!copy) {
        remaining.push(number);
        continue;
      }
      for (const token of copy.tokens) unmatchedTarget.delete(token);
      // "1,300" or "3.5" left as they were: the same characters mean something else (or nothing) in the target.
      // "Ubuntu 11.10", "version 2.1", "TLS 1.3" are identifiers, written the same in every language.
      if (copy.sameValue || isVersionNumber(target, copy.start)) continue;
      const wanted = formatNumber(number, targetProfile);
      const message = MESSAGES.wrongForm(number.text, targetProfile.name, wanted);
      findings.push(createFinding(numbersCheck, copy.start, copy.end, message, wanted));
    }

    const missing: NumberToken[] = [];
    // Unambiguous numbers first, so that an ambiguous one does not take another's match
    for (const number of remaining.sort((a, b) => a.values.length - b.values.length)) {
      const match = [...unmatchedTarget].find((candidate) => candidate.values.some((v) => number.values.includes(v)));
      if (match) unmatchedTarget.delete(match);
      else missing.push(number);
    }
    if (missing.length === 0 && unmatchedTarget.size === 0) return findings;

    // A number written as a word ("deux"), or as digits inside a name ("Thumb-2", "base64"), is not missing
    const targetWordValues = numberWordValues(target, targetProfile);
    for (const number of missing.sort((a, b) => a.start - b.start)) {
      if (number.values.some((value) => targetWordValues.has(value)) || containsDigits(target, number.text)) continue;
      const span = wholeTargetSpan(target);
      findings.push(createFinding(numbersCheck, span.start, span.end, MESSAGES.missing(number.text)));
    }
    const sourceWordValues = numberWordValues(source, sourceProfile);
    for (const number of unmatchedTarget) {
      if (number.values.some((value) => sourceWordValues.has(value)) || containsDigits(source, number.text)) continue;
      findings.push(createFinding(numbersCheck, number.start, number.end, MESSAGES.invented(number.text)));
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

/**
 * The source number written with the very same characters in the target ("1,300", "0.0"), with the target
 * numbers that reading covers and whether the target language reads it as the same value.
 */
function readCopy(
  number: NumberToken,
  target: string,
  targetNumbers: NumberToken[],
): { start: number; end: number; tokens: NumberToken[]; sameValue: boolean } | null {
  if (/^\d+$/.test(number.text)) return null;
  const start = findVerbatim(target, number.text);
  if (start < 0) return null;
  const end = start + number.text.length;
  const tokens = targetNumbers.filter((token) => token.start < end && token.end > start);
  const sameValue =
    tokens.length === 1 &&
    tokens[0].start === start &&
    tokens[0].end === end &&
    tokens[0].values.some((value) => number.values.includes(value));
  return { start, end, tokens, sameValue };
}

function containsDigits(text: string, written: string): boolean {
  const digits = written.replace(/\D/g, "");
  return new RegExp(`(?<!\\d)${digits}(?!\\d)`).test(text);
}

const VERSION_WORDS = /^(?:v|version|versión|versão|versione|release|versio)$/i;

function isVersionNumber(text: string, at: number): boolean {
  const before = /(\p{L}[\p{L}\p{N}-]*)[\s\u00A0\u202F]*["'«»“„(]?[\s\u00A0\u202F]*$/u.exec(text.slice(0, at));
  if (!before) return false;
  const word = before[1];
  return VERSION_WORDS.test(word) || /^\p{Lu}/u.test(word);
}

function findVerbatim(text: string, written: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(written, from);
    if (at < 0) return -1;
    const before = text[at - 1] ?? "";
    const after = text[at + written.length] ?? "";
    if (
      !/[\p{N}.,]/u.test(before) &&
      !/\p{N}/u.test(after) &&
      !/[.,]\p{N}/u.test(text.slice(at + written.length, at + written.length + 2))
    ) {
      return at;
    }
    from = at + 1;
  }
}

function numberWordValues(text: string, profile: LanguageProfile): Set<number> {
  const values = new Set<number>();
  for (const word of findWords(text)) {
    for (const part of word.text.toLowerCase().split(/[-‐'’]/)) {
      const value = profile.numberWords[part];
      if (value !== undefined) values.add(value);
    }
  }
  return values;
}
