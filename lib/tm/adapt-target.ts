// A memory match whose source differs from the segment only in numbers or inline tags can be reused once its
// target says the same: each changed number is rewritten in the target (in the target language's way of
// writing numbers), and tags are renumbered to the segment's own. What could not be adapted is reported, so
// the editor can say what is left to do.

import { getLanguageProfile, type LanguageProfile } from "@/lib/languages/get-language-profile";
import { findNumbers, formatNumber, type NumberToken } from "@/lib/qa/text/numbers";
import { PLACEHOLDER_RE } from "@/lib/text/placeholders";
import type { ComparedSegments } from "./score-match";
import { listTokens } from "./tokenize-for-matching";

export type TargetAdaptation =
  | { kind: "number"; from: string; to: string; applied: boolean }
  | { kind: "tag-renumbered"; from: string; to: string }
  | { kind: "tag-dropped"; id: string }
  | { kind: "tag-missing"; id: string };

export type AdaptedTarget = { target: string; adaptations: TargetAdaptation[] };

export function adaptTarget(
  compared: ComparedSegments,
  candidateTarget: string,
  languages: { sourceLang: string; targetLang: string },
): AdaptedTarget {
  const adaptations: TargetAdaptation[] = [];
  let target = adaptNumbers(compared, candidateTarget, languages, adaptations);
  target = adaptTags(compared, target, adaptations);
  return { target, adaptations };
}

function adaptNumbers(
  compared: ComparedSegments,
  target: string,
  languages: { sourceLang: string; targetLang: string },
  adaptations: TargetAdaptation[],
): string {
  const { query, candidate, alignment } = compared;
  if (!alignment) return target;
  const sourceProfile = getLanguageProfile(languages.sourceLang);
  const targetProfile = getLanguageProfile(languages.targetLang);
  const targetNumbers = findNumbers(target, targetProfile);
  const used = new Set<number>();
  const queryTokens = listTokens(query);
  const candidateTokens = listTokens(candidate);
  const edits: { start: number; end: number; text: string }[] = [];
  alignment.candidateToQuery.forEach((i, j) => {
    if (i < 0) return;
    const theirs = candidateTokens[j];
    const mine = queryTokens[i];
    if (theirs.kind !== "number" || mine.kind !== "number" || theirs.text === mine.text) return;
    const from = findNumbers(theirs.text, sourceProfile)[0];
    const to = findNumbers(mine.text, sourceProfile)[0];
    if (!from || !to) return;
    const index = targetNumbers.findIndex(
      (token, k) => !used.has(k) && token.values.some((value) => from.values.includes(value)),
    );
    if (index < 0) {
      adaptations.push({ kind: "number", from: theirs.text, to: mine.text, applied: false });
      return;
    }
    used.add(index);
    const token = targetNumbers[index];
    const written = writeLike(token.text, to, targetProfile);
    edits.push({ start: token.start, end: token.end, text: written });
    adaptations.push({ kind: "number", from: token.text, to: written, applied: true });
  });
  edits.sort((a, b) => b.start - a.start);
  for (const edit of edits) target = target.slice(0, edit.start) + edit.text + target.slice(edit.end);
  return target;
}

/**
 * The new number written the way the target wrote the old one: a year stays ungrouped ("2019", not "2 019"),
 * and a group separator keeps its character (space, no-break space, narrow no-break space).
 */
function writeLike(old: string, number: NumberToken, profile: LanguageProfile): string {
  const separator = /[\u00A0\u202F ]/.exec(old)?.[0];
  if (!separator && number.digits.length <= 4) {
    return number.decimals ? `${number.digits}${profile.preferredDecimalMark}${number.decimals}` : number.digits;
  }
  const formatted = formatNumber(number, profile);
  return separator ? formatted.replaceAll(profile.preferredGroupSeparator, separator) : formatted;
}

/**
 * The candidate's tags, in order of first appearance, stand for the segment's tags in the same order (same
 * kind: pair or standalone). Candidate tags without a counterpart are removed from the target, keeping the
 * words between them; the segment's tags without one are reported missing (the translator places them).
 */
function adaptTags(compared: ComparedSegments, target: string, adaptations: TargetAdaptation[]): string {
  const mine = distinctTags(compared.query.tags);
  const theirs = distinctTags(compared.candidate.tags);
  if (mine.length === 0 && theirs.length === 0) return target;
  const mapping = new Map<string, string | null>();
  let k = 0;
  for (const tag of theirs) {
    while (k < mine.length && mine[k].standalone !== tag.standalone) k++;
    if (k < mine.length) {
      mapping.set(tag.id, mine[k].id);
      if (mine[k].id !== tag.id) adaptations.push({ kind: "tag-renumbered", from: tag.id, to: mine[k].id });
      k++;
    } else {
      mapping.set(tag.id, null);
      adaptations.push({ kind: "tag-dropped", id: tag.id });
    }
  }
  const mapped = new Set([...mapping.values()]);
  for (const tag of mine) if (!mapped.has(tag.id)) adaptations.push({ kind: "tag-missing", id: tag.id });
  if ([...mapping].every(([from, to]) => from === to)) return target;
  return target.replace(PLACEHOLDER_RE, (whole, ...args) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    const id = groups.open ?? groups.close ?? groups.self;
    if (id === undefined || !mapping.has(id)) return whole;
    const to = mapping.get(id);
    if (to === null || to === undefined) return "";
    return groups.open ? `{${to}}` : groups.close ? `{/${to}}` : `{${to}/}`;
  });
}

function distinctTags(tags: ComparedSegments["query"]["tags"]): { id: string; standalone: boolean }[] {
  const seen = new Map<string, { id: string; standalone: boolean }>();
  for (const tag of tags) if (!seen.has(tag.id)) seen.set(tag.id, { id: tag.id, standalone: tag.kind === "self" });
  return [...seen.values()];
}
