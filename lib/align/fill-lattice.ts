import type { CostModel } from "./cost-model";
import { type Band, cellIndex } from "./search-band";

export type Lattice = {
  band: Band;
  // Viterbi cost and the bead type that reached each cell
  best: Float64Array;
  back: Int16Array;
  // forward soft-min (-T log sum exp(-cost / T)) for posteriors; empty when not asked for
  forward: Float64Array;
  // cost of the bead of each type ending at each cell (Infinity when impossible)
  beadCost: Float32Array;
};

export type ScoreCell = (
  model: CostModel,
  band: Band,
  best: Float64Array,
  i: number,
  j: number,
  costs: Float32Array,
  offset: number,
  fromCell: Int32Array,
) => void;

export type PathStep = { i: number; j: number; type: number };

const TIE_EPSILON = 1e-9;

export function fillLattice(model: CostModel, band: Band, scoreCell: ScoreCell, withForward: boolean): Lattice {
  const types = model.prior.length;
  const best = new Float64Array(band.cells).fill(Number.POSITIVE_INFINITY);
  const back = new Int16Array(band.cells).fill(-1);
  const forward = new Float64Array(withForward ? band.cells : 0).fill(Number.POSITIVE_INFINITY);
  const beadCost = new Float32Array(band.cells * types).fill(Number.POSITIVE_INFINITY);
  const fromCell = new Int32Array(types);
  const temperature = model.params.temperature;
  best[0] = 0;
  if (withForward) forward[0] = 0;

  for (let i = 0; i <= band.n; i++) {
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      const cell = cellIndex(band, i, j);
      if (cell === 0) continue;
      scoreCell(model, band, best, i, j, beadCost, cell * types, fromCell);
      // Types are visited in order and only a strictly better cost replaces the best, so
      // exact ties (duplicated titles) prefer 0-1, then 1-0: the unpaired copy is the later one.
      let bestCost = Number.POSITIVE_INFINITY;
      let bestType = -1;
      let softMin = Number.POSITIVE_INFINITY;
      let softSum = 0;
      for (let type = 0; type < types; type++) {
        const from = fromCell[type];
        if (from < 0) continue;
        const cost = beadCost[cell * types + type];
        const total = best[from] + cost;
        if (total < bestCost - TIE_EPSILON) {
          bestCost = total;
          bestType = type;
        }
        if (!withForward) continue;
        const soft = forward[from] + cost;
        if (soft < softMin) {
          softSum = softSum * expOfGap(soft - softMin, temperature) + 1;
          softMin = soft;
        } else {
          softSum += expOfGap(softMin - soft, temperature);
        }
      }
      best[cell] = bestCost;
      back[cell] = bestType;
      if (withForward) {
        forward[cell] = softMin === Number.POSITIVE_INFINITY ? softMin : softMin - temperature * Math.log(softSum);
      }
    }
  }
  return { band, best, back, forward, beadCost };
}

// exp(gap / T) for gap <= 0, cut to 0 when negligible (also keeps Infinity out).
export function expOfGap(gap: number, temperature: number): number {
  const x = gap / temperature;
  return x < -16 ? 0 : Math.exp(x);
}

// Steps from (0,0) to (n,m); each step is the bead of `type` ending at (i, j).
export function traceBestPath(lattice: Lattice, model: CostModel): PathStep[] {
  const { band, back } = lattice;
  const steps: PathStep[] = [];
  let i = band.n;
  let j = band.m;
  while (i > 0 || j > 0) {
    const type = back[cellIndex(band, i, j)];
    if (type < 0) throw new Error(`alignment lattice has no path to (${i}, ${j})`);
    steps.push({ i, j, type });
    i -= model.srcSize[type];
    j -= model.tgtSize[type];
  }
  return steps.reverse();
}
