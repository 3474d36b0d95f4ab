// Matches findings to hand labels: same check and overlapping spans, one to one. Boundaries may differ
// (a label on " ." and a finding on " " are the same problem).

import type { Finding } from "../../lib/qa/types";
import type { GoldLabel } from "./read-gold-set";

export type CheckScore = { truePositives: number; falsePositives: number; falseNegatives: number };

export type SegmentScore = {
  matched: { label: GoldLabel; finding: Finding }[];
  missed: GoldLabel[];
  spurious: Finding[];
};

export function scoreSegment(labels: GoldLabel[], findings: Finding[]): SegmentScore {
  const remaining = [...findings];
  const matched: SegmentScore["matched"] = [];
  const missed: GoldLabel[] = [];
  for (const label of labels) {
    const at = remaining.findIndex((finding) => finding.check === label.check && overlaps(label, finding));
    if (at < 0) missed.push(label);
    else matched.push({ label, finding: remaining.splice(at, 1)[0] });
  }
  return { matched, missed, spurious: remaining };
}

function overlaps(label: GoldLabel, finding: Finding): boolean {
  if (label.start === label.end || finding.start === finding.end) {
    return finding.start <= label.end && label.start <= finding.end;
  }
  return finding.start < label.end && label.start < finding.end;
}

export function addToScores(scores: Map<string, CheckScore>, score: SegmentScore): void {
  const entry = (check: string) => {
    let found = scores.get(check);
    if (!found) {
      found = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
      scores.set(check, found);
    }
    return found;
  };
  for (const { label } of score.matched) entry(label.check).truePositives++;
  for (const label of score.missed) entry(label.check).falseNegatives++;
  for (const finding of score.spurious) entry(finding.check).falsePositives++;
}
