import type { Bead } from "./align-units";

// Inverse of toLadder: consecutive rungs delimit one bead; the start rung's score is its confidence.
export function fromLadder(ladder: ReadonlyArray<readonly number[]>): Bead[] {
  const beads: Bead[] = [];
  for (let k = 0; k + 1 < ladder.length; k++) {
    const [i0, j0, score] = ladder[k];
    const [i1, j1] = ladder[k + 1];
    if (i1 < i0 || j1 < j0) throw new Error(`ladder goes backwards at rung ${k + 1}`);
    if (i1 === i0 && j1 === j0) continue;
    beads.push({ src: spanOf(i0, i1), tgt: spanOf(j0, j1), confidence: score ?? 1 });
  }
  return beads;
}

function spanOf(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
