// Spaces left behind where the machine-translated HTML was cut around links: "l' ACLU", "police .",
// double spaces, spaces at either end, "( texte )".

import { getLanguageProfile, type LanguageProfile } from "@/lib/languages/get-language-profile";
import { findProtectedSpans, maskProtectedSpans, overlapsAny } from "@/lib/text/protected-spans";
import { createFinding } from "../create-finding";
import type { Check, Finding } from "../types";

const MESSAGES = {
  afterElision: (elided: string, next: string) =>
    `Space after "${elided}": an elided word is joined to the next one ("${elided}${next}", not "${elided} ${next}").`,
  beforePunctuation: (mark: string) => `Space before "${mark}": remove it.`,
  insideContraction: 'Space inside a contraction: write "don\'t", not "don\' t".',
  double: "Several spaces in a row: keep one.",
  leading: "Space at the start of the segment: remove it.",
  trailing: "Space at the end of the segment: remove it.",
  insideBracket: (bracket: string) => `Space just inside "${bracket}": remove it.`,
};

const SPACE = "[ \\t\\u00A0\\u202F]";
const SPACE_BEFORE_MARK = new RegExp(`(?<=\\S)(${SPACE}+)([.,])(?![.\\p{L}\\p{N}])`, "gu");
const SPACE_RUN = new RegExp(`(?<=\\S)${SPACE}{2,}(?=\\S)`, "gu");
const elisionPatterns = new Map<string, RegExp | null>();

function getElisionPattern(profile: LanguageProfile): RegExp | null {
  let pattern = elisionPatterns.get(profile.code);
  if (pattern === undefined) {
    pattern =
      profile.elisions.length === 0
        ? null
        : new RegExp(
            `(?<![\\p{L}\\p{N}])(${profile.elisions.join("|")})(['’])(${SPACE}+)(?=[\\p{L}\\p{N}\\uFFFF])([\\p{L}\\p{N}]*)`,
            "giu",
          );
    elisionPatterns.set(profile.code, pattern);
  }
  return pattern;
}
const ENGLISH_CONTRACTION = /(?<=\p{L}['’])( +)(?=(?:s|t|re|ve|ll|d|m)\b)/gu;

export const spacingCheck: Check = {
  id: "spacing",
  name: "Stray spaces",
  severity: "error",
  run(source, target, ctx) {
    const profile = getLanguageProfile(ctx.targetLang);
    const spans = findProtectedSpans(target);
    // Placeholders and URLs become U+FFFF: a space next to a tag is still a space next to a word
    const text = maskProtectedSpans(target);
    const findings: Finding[] = [];
    const add = (start: number, end: number, message: string, fix: string) => {
      if (!overlapsAny(spans, start, end)) findings.push(createFinding(spacingCheck, start, end, message, fix));
    };

    const elision = getElisionPattern(profile);
    if (elision && /['’]/.test(text)) {
      for (const match of text.matchAll(elision)) {
        const spaceStart = match.index + match[1].length + match[2].length;
        const next = match[4] || "…";
        add(spaceStart, spaceStart + match[3].length, MESSAGES.afterElision(match[1] + match[2], next), "");
      }
    }
    if (profile.contractions) {
      for (const match of text.matchAll(ENGLISH_CONTRACTION)) {
        add(match.index, match.index + match[1].length, MESSAGES.insideContraction, "");
      }
    }

    // " ." and " ,", but not an ellipsis (" ..."), a decimal (" ,5"), a name (" .NET") or a quoted mark ("« . »")
    for (const match of text.matchAll(SPACE_BEFORE_MARK)) {
      if (/["'“‘«([]/.test(text[match.index - 1])) continue;
      add(match.index, match.index + match[1].length, MESSAGES.beforePunctuation(match[2]), "");
    }

    // Two spaces between sentences are a house style when the source has them too
    const sourceHasSpaceRuns = /\S {2,}\S/.test(source);
    for (const match of sourceHasSpaceRuns ? [] : text.matchAll(SPACE_RUN)) {
      const kept = match[0].includes("\u202F") ? "\u202F" : match[0].includes("\u00A0") ? "\u00A0" : " ";
      add(match.index, match.index + match[0].length, MESSAGES.double, kept);
    }

    for (const match of text.matchAll(/([([])( +)(?=\S)|(?<=\S)( +)([)\]])/g)) {
      const bracket = match[1] ?? match[4];
      const start = match[1] ? match.index + 1 : match.index;
      const length = (match[2] ?? match[3]).length;
      add(start, start + length, MESSAGES.insideBracket(bracket), "");
    }

    const leading = /^\s+/u.exec(target);
    if (leading && target.trim() !== "" && !/^\s/u.test(source)) add(0, leading[0].length, MESSAGES.leading, "");
    const trailing = /\s+$/u.exec(target);
    if (trailing && target.trim() !== "" && !/\s$/u.test(source)) {
      add(trailing.index, target.length, MESSAGES.trailing, "");
    }
    return findings;
  },
};
