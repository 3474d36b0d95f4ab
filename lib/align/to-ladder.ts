import type { Bead } from "./align-units";

// hunalign-style ladder: one rung [i, j, score] where each bead starts, closed by [n, m].
// As in hunalign's ladder2text, a rung's score belongs to the bead that starts there; the
// closing rung has no bead of its own and carries the mean confidence (1 when there are none).
export function toLadder(beads: Bead[], srcCount: number, tgtCount: number): Array<[number, number, number]> {
  const rungs: Array<[number, number, number]> = [];
  let i = 0;
  let j = 0;
  let total = 0;
  for (const bead of beads) {
    if (bead.src.length === 0 && bead.tgt.length === 0) continue;
    if ((bead.src.length > 0 && bead.src[0] !== i) || (bead.tgt.length > 0 && bead.tgt[0] !== j)) {
      throw new Error(`bead does not start at rung (${i}, ${j})`);
    }
    rungs.push([i, j, bead.confidence]);
    total += bead.confidence;
    i += bead.src.length;
    j += bead.tgt.length;
  }
  if (i !== srcCount || j !== tgtCount) {
    throw new Error(`beads cover (${i}, ${j}) units, expected (${srcCount}, ${tgtCount})`);
  }
  const closing = rungs.length === 0 ? 1 : Math.round((total / rungs.length) * 1000) / 1000;
  rungs.push([srcCount, tgtCount, closing]);
  return rungs;
}
