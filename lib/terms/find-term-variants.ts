// The post's consistency panel: a termbase term its source says in several segments, translated in more
// than one way across them ("reconnaissance faciale" here, "reconnaissance des visages" there, something the
// termbase does not know elsewhere), with each way and the segments that use it.

import { findSourceTerms, findTargetTermsForEntries, type TermIndex, type TermMatch } from "./match-terms";
import type { TermEntry } from "./term-entry";

export type PostSegment = { id: string; sourceText: string; targetText: string };

/**
 * One way the post translates the term: one of its preferred or forbidden translations (`term`), or, with
 * kind "other", none the termbase knows (the translator used another wording, or left the term out).
 */
export type TermVariant = {
  kind: "preferred" | "forbidden" | "other";
  term: string | null;
  /** How the segments write it ("reconnaissances faciales", "reconnaissance faciale"), in order of appearance. */
  forms: string[];
  segments: { id: string; source: TermMatch; target: TermMatch | null }[];
};

export type TermInconsistency = { entry: TermEntry; entryIndex: number; variants: TermVariant[] };

/**
 * Every term translated in more than one way in the post, in the order of the entries' first appearance.
 * Segments with an empty target (not translated yet) are left out.
 */
export function findTermInconsistencies(index: TermIndex, segments: readonly PostSegment[]): TermInconsistency[] {
  const byEntry = new Map<number, Map<string, TermVariant>>();
  for (const segment of segments) {
    if (segment.targetText.trim() === "") continue;
    const sourceMatches = findSourceTerms(index, segment.sourceText);
    if (sourceMatches.length === 0) continue;
    const entryIndexes = [...new Set(sourceMatches.map((match) => match.entryIndex))];
    const targetMatches = findTargetTermsForEntries(index, entryIndexes, segment.targetText);
    for (const entryIndex of entryIndexes) {
      const source = sourceMatches.find((match) => match.entryIndex === entryIndex) as TermMatch;
      const variants = byEntry.get(entryIndex) ?? new Map<string, TermVariant>();
      byEntry.set(entryIndex, variants);
      const found = targetMatches.get(entryIndex) ?? [];
      const add = (key: string, variant: Omit<TermVariant, "forms" | "segments">, target: TermMatch | null) => {
        const known = variants.get(key) ?? { ...variant, forms: [], segments: [] };
        variants.set(key, known);
        if (target && !known.forms.includes(target.text)) known.forms.push(target.text);
        if (!known.segments.some((item) => item.id === segment.id)) {
          known.segments.push({ id: segment.id, source: pick(source), target: target && pick(target) });
        }
      };
      if (found.length === 0) add("other", { kind: "other", term: null }, null);
      for (const match of found) add(`${match.kind}\u0000${match.term}`, { kind: match.kind, term: match.term }, match);
    }
  }
  const inconsistencies: TermInconsistency[] = [];
  for (const [entryIndex, variants] of byEntry) {
    if (variants.size < 2) continue;
    inconsistencies.push({ entry: index.entries[entryIndex], entryIndex, variants: [...variants.values()] });
  }
  return inconsistencies;
}

function pick(match: TermMatch): TermMatch {
  return { start: match.start, end: match.end, text: match.text };
}
