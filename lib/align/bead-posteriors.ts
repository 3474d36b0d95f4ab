import type { Bead } from "./align-units";
import type { CostModel } from "./cost-model";
import { expOfGap, type Lattice, type PathStep } from "./fill-lattice";
import { cellIndex } from "./search-band";

// Confidence of a bead = its posterior probability over all paths in the band
// (forward-backward on the same costs), so ambiguous spots get low values.
export function attachConfidences(path: PathStep[], lattice: Lattice, model: CostModel): Bead[] {
  const backward = computeBackward(lattice, model);
  const { band, forward, beadCost } = lattice;
  const types = model.prior.length;
  const total = forward[band.cells - 1];
  const temperature = model.params.temperature;
  return path.map(({ i, j, type }) => {
    const a = model.srcSize[type];
    const b = model.tgtSize[type];
    const cell = cellIndex(band, i, j);
    const from = cellIndex(band, i - a, j - b);
    const through = forward[from] + beadCost[cell * types + type] + backward[cell];
    const posterior = Math.exp((total - through) / temperature);
    return {
      src: spanOf(i - a, i),
      tgt: spanOf(j - b, j),
      confidence: Math.round(Math.min(1, Math.max(0, posterior)) * 1000) / 1000,
    };
  });
}

function computeBackward(lattice: Lattice, model: CostModel): Float64Array {
  const { band, beadCost } = lattice;
  const types = model.prior.length;
  const temperature = model.params.temperature;
  const softMin = new Float64Array(band.cells).fill(Number.POSITIVE_INFINITY);
  const softSum = new Float64Array(band.cells);
  const backward = new Float64Array(band.cells).fill(Number.POSITIVE_INFINITY);
  // cells in reverse order: a cell's successors are all final when it is reached
  for (let i = band.n; i >= 0; i--) {
    for (let j = band.hi[i]; j >= band.lo[i]; j--) {
      const cell = cellIndex(band, i, j);
      if (cell === band.cells - 1) backward[cell] = 0;
      else if (softMin[cell] < Number.POSITIVE_INFINITY) {
        backward[cell] = softMin[cell] - temperature * Math.log(softSum[cell]);
      }
      if (backward[cell] === Number.POSITIVE_INFINITY) continue;
      for (let type = 0; type < types; type++) {
        const cost = beadCost[cell * types + type];
        if (cost === Number.POSITIVE_INFINITY) continue;
        const from = cellIndex(band, i - model.srcSize[type], j - model.tgtSize[type]);
        const value = cost + backward[cell];
        if (value < softMin[from]) {
          softSum[from] = softSum[from] * expOfGap(value - softMin[from], temperature) + 1;
          softMin[from] = value;
        } else {
          softSum[from] += expOfGap(softMin[from] - value, temperature);
        }
      }
    }
  }
  return backward;
}

export function spanOf(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
