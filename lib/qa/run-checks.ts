import { consistencyCheck } from "./checks/consistency";
import { endPunctuationCheck } from "./checks/end-punctuation";
import { gluedWordsCheck } from "./checks/glued-words";
import { initialCapitalCheck } from "./checks/initial-capital";
import { lengthRatioCheck } from "./checks/length-ratio";
import { numbersCheck } from "./checks/numbers";
import { repeatedWordCheck } from "./checks/repeated-word";
import { spacingCheck } from "./checks/spacing";
import { spellingCheck } from "./checks/spelling";
import { splitWordCheck } from "./checks/split-word";
import { tagsCheck } from "./checks/tags";
import { typographyCheck } from "./checks/typography";
import { untranslatedCheck } from "./checks/untranslated";
import type { Check, CheckContext, Finding } from "./types";

/** In order of precedence: when two findings cover the same text, the earlier check's wins. */
export const ALL_CHECKS: Check[] = [
  tagsCheck,
  untranslatedCheck,
  splitWordCheck,
  gluedWordsCheck,
  spacingCheck,
  typographyCheck,
  numbersCheck,
  repeatedWordCheck,
  endPunctuationCheck,
  initialCapitalCheck,
  consistencyCheck,
  lengthRatioCheck,
  spellingCheck,
];

export function runChecks(
  source: string,
  target: string,
  ctx: CheckContext & { segmentId?: string },
  checks: Check[] = ALL_CHECKS,
): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) findings.push(...check.run(source, target, ctx));
  return removeRedundantFindings(findings, checks);
}

export function runPostChecks(
  segments: { id: string; sourceText: string; targetText: string }[],
  ctx: Omit<CheckContext, "post">,
): Map<string, Finding[]> {
  const post = { segments };
  const results = new Map<string, Finding[]>();
  for (const segment of segments) {
    results.set(segment.id, runChecks(segment.sourceText, segment.targetText, { ...ctx, post, segmentId: segment.id }));
  }
  return results;
}

/**
 * Keeps one finding per problem: exact repeats go; a fixable finding inside a fixable finding of an earlier
 * check goes (its fix is part of the larger one); a spelling warning on text another check already fixes goes.
 * Findings about the whole segment (no fix) never hide the precise ones.
 */
function removeRedundantFindings(findings: Finding[], checks: Check[]): Finding[] {
  const precedence = new Map(checks.map((check, i) => [check.id, i]));
  const rank = (finding: Finding) => precedence.get(finding.check) ?? checks.length;
  const ordered = [...findings].sort((a, b) => rank(a) - rank(b) || a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of ordered) {
    const redundant = kept.some((other) => {
      if (other.start === finding.start && other.end === finding.end && other.check === finding.check) {
        return other.message === finding.message;
      }
      if (other.fix === null || finding.fix === null) return false;
      const contains = other.start <= finding.start && other.end >= finding.end;
      const overlaps = other.start < finding.end && finding.start < other.end;
      return contains || (finding.check === spellingCheck.id && overlaps);
    });
    if (!redundant) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || rank(a) - rank(b));
}

// kept in their own module so the editor can apply a fix without loading every check
export { applyFix, applyFixes } from "./apply-fixes";
