// Punctuation spacing and quotation marks as each target language writes them. French: a narrow no-break space
// (U+202F) before ; ! ?, a no-break space (U+00A0) before : and inside « », and « » instead of "…".
// Spanish: ¿ and ¡ open questions and exclamations. German: „…“. English: none of this.

import { createFinding } from "../create-finding";
import { getLanguageProfile, type LanguageProfile } from "../language-profiles";
import { maskProtectedSpans } from "../text/protected-spans";
import type { Check, Finding } from "../types";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

const MESSAGES = {
  frenchSpaceBefore: (mark: string) =>
    mark === ":"
      ? `In French, ":" takes a no-break space before it.`
      : `In French, "${mark}" takes a narrow no-break space before it.`,
  frenchGuillemetSpace: (mark: string) =>
    mark === "«"
      ? `In French, "«" is followed by a no-break space.`
      : `In French, "»" is preceded by a no-break space.`,
  straightQuote: (language: string, open: string, close: string) =>
    `Straight quotation mark: ${language} uses ${open} ${close}.`,
  noSpaceBefore: (mark: string, language: string) => `In ${language}, there is no space before "${mark}".`,
  invertedMissing: (mark: string, opening: string) => `A Spanish sentence ending in "${mark}" opens with "${opening}".`,
};

const ANY_SPACE = /[ \t\u00A0\u202F]/;
const FINE_SPACE = /[\u00A0\u202F]/;

export const typographyCheck: Check = {
  id: "typography",
  name: "Typography",
  severity: "error",
  run(_source, target, ctx) {
    const profile = getLanguageProfile(ctx.targetLang);
    if (profile.typography === "none") return [];
    const text = maskProtectedSpans(target);
    const findings: Finding[] = [];
    if (profile.typography === "french") findFrenchSpacing(text, findings);
    else findSpaceBeforePunctuation(text, profile, findings);
    if (profile.typography === "spanish") findMissingInvertedMarks(text, findings);
    if (profile.quotes) findStraightQuotes(text, profile, findings);
    return findings;
  },
};

function findFrenchSpacing(text: string, findings: Finding[]): void {
  for (const match of text.matchAll(/[;:!?]/g)) {
    const at = match.index;
    const mark = match[0];
    if (at === 0) continue;
    const previous = text[at - 1];
    // "?!", "!!" and "…?" share the space of the first mark; "10:30" and ":)" are not prose
    if (/[;:!?.…]/.test(previous)) continue;
    // In prose a mark is followed by a space, the end, or a closing quote or bracket: "10:30", "a::b",
    // "?q=", ":)" are not prose
    if (!isProseMarkEnd(text[at + 1])) continue;
    if (FINE_SPACE.test(previous)) continue;
    const wanted = mark === ":" ? NBSP : NNBSP;
    let start = at;
    while (start > 0 && ANY_SPACE.test(text[start - 1])) start--;
    if (start === 0) continue;
    findings.push(createFinding(typographyCheck, start, at + 1, MESSAGES.frenchSpaceBefore(mark), wanted + mark));
  }
  for (const match of text.matchAll(/«/g)) {
    const next = text[match.index + 1];
    if (next === undefined || FINE_SPACE.test(next)) continue;
    let end = match.index + 1;
    while (end < text.length && ANY_SPACE.test(text[end])) end++;
    if (end === text.length) continue;
    findings.push(createFinding(typographyCheck, match.index, end, MESSAGES.frenchGuillemetSpace("«"), `«${NBSP}`));
  }
  for (const match of text.matchAll(/»/g)) {
    const previous = text[match.index - 1];
    if (previous === undefined || FINE_SPACE.test(previous)) continue;
    let start = match.index;
    while (start > 0 && ANY_SPACE.test(text[start - 1])) start--;
    if (start === 0) continue;
    findings.push(
      createFinding(typographyCheck, start, match.index + 1, MESSAGES.frenchGuillemetSpace("»"), `${NBSP}»`),
    );
  }
}

function isProseMarkEnd(next: string | undefined): boolean {
  return next === undefined || /[\s"'”’»)\]\uFFFF.…]/u.test(next);
}

function findSpaceBeforePunctuation(text: string, profile: LanguageProfile, findings: Finding[]): void {
  for (const match of text.matchAll(/(?<=[\p{L}\p{N}"'”’»)\]])([ \t\u00A0\u202F]+)([;:!?])(?=\s|$|["'”’«»)])/gu)) {
    const end = match.index + match[0].length;
    findings.push(
      createFinding(typographyCheck, match.index, end, MESSAGES.noSpaceBefore(match[2], profile.name), match[2]),
    );
  }
}

// A "?" or "!" must have its "¿" or "¡" since the previous question or exclamation: periods are no boundary
// because abbreviations ("EE. UU.") would cut the question in two
function findMissingInvertedMarks(text: string, findings: Finding[]): void {
  let clauseStart = 0;
  for (const match of text.matchAll(/[!?]+/g)) {
    const clause = text.slice(clauseStart, match.index);
    for (const [closing, opening] of [
      ["?", "¿"],
      ["!", "¡"],
    ]) {
      const offset = match[0].indexOf(closing);
      if (offset < 0 || clause.includes(opening) || !/\p{L}/u.test(clause)) continue;
      if (!isProseMarkEnd(text[match.index + match[0].length])) continue;
      const at = match.index + offset;
      findings.push(createFinding(typographyCheck, at, at + 1, MESSAGES.invertedMissing(closing, opening)));
    }
    clauseStart = match.index + match[0].length;
  }
}

function findStraightQuotes(text: string, profile: LanguageProfile, findings: Finding[]): void {
  const quotes = profile.quotes;
  if (!quotes) return;
  const french = profile.typography === "french";
  const positions = [...text.matchAll(/"/g)].map((match) => match.index);
  let expectOpening = true;
  for (const at of positions) {
    const opening = isOpeningQuote(text[at - 1] ?? " ", text[at + 1] ?? " ", expectOpening);
    const message = MESSAGES.straightQuote(profile.name, quotes.open, quotes.close);
    if (opening) {
      let end = at + 1;
      while (french && end < text.length && ANY_SPACE.test(text[end])) end++;
      findings.push(createFinding(typographyCheck, at, end, message, french ? `${quotes.open}${NBSP}` : quotes.open));
    } else {
      let start = at;
      while (french && start > 0 && ANY_SPACE.test(text[start - 1])) start--;
      findings.push(
        createFinding(typographyCheck, start, at + 1, message, french ? `${NBSP}${quotes.close}` : quotes.close),
      );
    }
    expectOpening = !opening;
  }
}

// Context decides where it can ("de "x" et"); otherwise straight quotes alternate
function isOpeningQuote(before: string, after: string, expectOpening: boolean): boolean {
  if (/\s|[([{«\uFFFF—–-]/u.test(before) && !/\s/u.test(after)) return true;
  if (/\s/u.test(after) || /[.,;:!?)\]]/.test(after)) return false;
  return expectOpening;
}
