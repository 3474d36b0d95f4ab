// Punctuation spacing and quotation marks as each target language writes them. The spacing comes from the
// language profile's typography table through lib/text/punctuation-spacing.ts, the same reading the export
// applies: French wants a narrow no-break space (U+202F) before ; ! ? and a no-break space (U+00A0) before : and
// inside « », Quebec French none before ; ! ?, most others no space at all before these marks. Then advice the
// export cannot apply itself: « » (or „ “) instead of "…", and Spanish ¿ and ¡.

import { getLanguageProfile, type LanguageProfile } from "@/lib/languages/get-language-profile";
import { findPlaceholders } from "@/lib/text/placeholders";
import { findProtectedSpans } from "@/lib/text/protected-spans";
import {
  applySpacingEdits,
  findSpacingProblems,
  NBSP,
  type SpacingProblem,
  TRANSPARENT,
} from "@/lib/text/punctuation-spacing";
import { createFinding } from "../create-finding";
import type { Check, Finding } from "../types";

const MESSAGES = {
  spaceBefore: (mark: string, language: string, want: SpacingProblem["want"]) =>
    want === "none"
      ? `In ${language}, there is no space before "${mark}".`
      : want === "nbsp"
        ? `In ${language}, "${mark}" takes a no-break space before it.`
        : `In ${language}, "${mark}" takes a narrow no-break space before it.`,
  guillemetSpace: (mark: string, language: string) =>
    mark === "«"
      ? `In ${language}, "«" is followed by a no-break space.`
      : `In ${language}, "»" is preceded by a no-break space.`,
  straightQuote: (language: string, open: string, close: string) =>
    `Straight quotation mark: ${language} uses ${open} ${close}.`,
  invertedMissing: (mark: string, opening: string) => `A Spanish sentence ending in "${mark}" opens with "${opening}".`,
};

const ANY_SPACE = /[ \t\u00A0\u202F]/;
const OPAQUE = "\uFFFF";

export const typographyCheck: Check = {
  id: "typography",
  name: "Typography",
  severity: "error",
  run(_source, target, ctx) {
    const profile = getLanguageProfile(ctx.targetLang);
    const rules = profile.typography;
    if (Object.keys(rules.spaceBefore).length === 0 && rules.insideGuillemets === null && !profile.quotes) return [];
    const view = viewForRules(target);
    const findings: Finding[] = findSpacingProblems(view, rules).map((problem) => toFinding(problem, target, profile));
    if (rules.invertedMarks) findMissingInvertedMarks(view, findings);
    if (profile.quotes) findStraightQuotes(view, profile, findings);
    return findings.sort((a, b) => a.start - b.start);
  },
};

/**
 * The target as the spacing rules read it: placeholders are transparent (a tag between a word and its mark does
 * not separate them), URLs, e-mail addresses and code opaque; the same length, so offsets hold.
 */
function viewForRules(target: string): string {
  const placeholders = findPlaceholders(target);
  const spans = findProtectedSpans(target);
  if (spans.length === 0) return target;
  const units = target.split("");
  for (const span of spans) for (let k = span.start; k < span.end; k++) units[k] = OPAQUE;
  for (const tag of placeholders) for (let k = tag.start; k < tag.end; k++) units[k] = TRANSPARENT;
  return units.join("");
}

function toFinding(problem: SpacingProblem, target: string, profile: LanguageProfile): Finding {
  const fix = applySpacingEdits(
    target.slice(problem.start, problem.end),
    problem.edits.map((edit) => ({ ...edit, start: edit.start - problem.start, end: edit.end - problem.start })),
  );
  const message =
    problem.kind === "inside-guillemet"
      ? MESSAGES.guillemetSpace(problem.mark, profile.name)
      : MESSAGES.spaceBefore(problem.mark, profile.name, problem.want);
  return createFinding(typographyCheck, problem.start, problem.end, message, fix);
}

function isProseMarkEnd(next: string | undefined): boolean {
  return next === undefined || /[\s"'”’»)\]\uFFFF\uE000.…]/u.test(next);
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
  // Guillemets that take a space inside get it with the fix, as the export would add it
  const spaced = profile.typography.insideGuillemets !== null && quotes.open === "«";
  const positions = [...text.matchAll(/"/g)].map((match) => match.index);
  let expectOpening = true;
  for (const at of positions) {
    const opening = isOpeningQuote(text[at - 1] ?? " ", text[at + 1] ?? " ", expectOpening);
    const message = MESSAGES.straightQuote(profile.name, quotes.open, quotes.close);
    if (opening) {
      let end = at + 1;
      while (spaced && end < text.length && ANY_SPACE.test(text[end])) end++;
      findings.push(createFinding(typographyCheck, at, end, message, spaced ? `${quotes.open}${NBSP}` : quotes.open));
    } else {
      let start = at;
      while (spaced && start > 0 && ANY_SPACE.test(text[start - 1])) start--;
      findings.push(
        createFinding(typographyCheck, start, at + 1, message, spaced ? `${NBSP}${quotes.close}` : quotes.close),
      );
    }
    expectOpening = !opening;
  }
}

// Context decides where it can ("de "x" et"); otherwise straight quotes alternate
function isOpeningQuote(before: string, after: string, expectOpening: boolean): boolean {
  if (/\s|[([{«\uFFFF\uE000—–-]/u.test(before) && !/\s/u.test(after)) return true;
  if (/\s/u.test(after) || /[.,;:!?)\]]/.test(after)) return false;
  return expectOpening;
}
