import type { Bead } from "./align-units";

export type BeadScore = {
  correct: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
};

// Exact bead match: a predicted bead counts only if the gold has the same source and target sets.
export function scoreBeads(predicted: readonly Bead[], gold: readonly Bead[]): BeadScore {
  const goldKeys = new Set(gold.map(keyOfBead));
  const correct = predicted.filter((bead) => goldKeys.has(keyOfBead(bead))).length;
  return summarizeCounts(correct, predicted.length, gold.length);
}

export function summarizeCounts(correct: number, predicted: number, gold: number): BeadScore {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : correct / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { correct, predicted, gold, precision, recall, f1 };
}

function keyOfBead(bead: Bead): string {
  return `${bead.src.join(",")}|${bead.tgt.join(",")}`;
}
