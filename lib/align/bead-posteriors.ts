import type { Bead } from "./align-units";
import type { CostModel } from "./cost-model";
import { SKIP_SRC, SKIP_TGT } from "./cost-model";
import {
  accumulate,
  expOfGap as expOfGapOf,
  finish,
  GAP_SRC,
  GAP_TGT,
  type Lattice,
  PAIRED,
  type PathStep,
  STATES,
  softMin3 as softMin3Of,
  softMinOfStates,
} from "./fill-lattice";
import { cellIndex as cellIndexOf } from "./search-band";

// Local copies: imported bindings are property reads in the transpiled module, too slow for the inner loops.
const cellIndex = cellIndexOf;
const expOfGap = expOfGapOf;
const softMin3 = softMin3Of;
const INF = Number.POSITIVE_INFINITY;
const SKIP_T = SKIP_TGT;
const SKIP_S = SKIP_SRC;
const PAIR = PAIRED;
const GAP_T = GAP_TGT;
const GAP_S = GAP_SRC;

// Confidence of a bead = its posterior probability over all paths in the band (forward-backward on the same
// costs and the same three states as fill-lattice.ts), so ambiguous spots get low values.
export function attachConfidences(path: PathStep[], lattice: Lattice, model: CostModel): Bead[] {
  const backward3 = computeBackward(lattice, model);
  const { band, forward3, beadCost } = lattice;
  const types = model.prior.length;
  const temperature = model.params.temperature;
  const total = softMinOfStates(forward3, (band.cells - 1) * STATES, temperature);
  const skips = computeSkipPosteriors(lattice, model, backward3, total);
  return path.map(({ i, j, type }) => {
    const a = model.srcSize[type];
    const b = model.tgtSize[type];
    const cell = cellIndex(band, i, j);
    const from = cellIndex(band, i - a, j - b);
    const cost = beadCost[cell * types + type];
    // An unpaired unit is right wherever its run sits: its confidence is the probability that the unit is
    // unpaired at all (summed over the positions of the other side), not that the run starts exactly here.
    if (type === SKIP_TGT || type === SKIP_SRC) {
      const unpaired = type === SKIP_TGT ? skips.tgt[j - 1] : skips.src[i - 1];
      return { src: spanOf(i - a, i), tgt: spanOf(j - b, j), confidence: roundConfidence(unpaired) };
    }
    const through = softMinOfStates(forward3, from * STATES, temperature) + cost + backward3[cell * STATES + PAIRED];
    const posterior = Math.exp((total - through) / temperature);
    return { src: spanOf(i - a, i), tgt: spanOf(j - b, j), confidence: roundConfidence(posterior) };
  });
}

function roundConfidence(p: number): number {
  return Math.round(Math.min(1, Math.max(0, p)) * 1000) / 1000;
}

// For every unit of each side, the posterior probability that it is left unpaired (a 1-0 or 0-1 bead).
function computeSkipPosteriors(lattice: Lattice, model: CostModel, backward3: Float64Array, total: number) {
  const { band, forward3, beadCost } = lattice;
  const types = model.prior.length;
  const temperature = model.params.temperature;
  const src = new Float64Array(band.n);
  const tgt = new Float64Array(band.m);
  for (let i = 0; i <= band.n; i++) {
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      const cell = cellIndex(band, i, j);
      for (let type = 0; type <= 1; type++) {
        const cost = beadCost[cell * types + type];
        if (cost === INF) continue;
        const state = type === SKIP_T ? GAP_T : GAP_S;
        const from = cellIndex(band, i - model.srcSize[type], j - model.tgtSize[type]) * STATES;
        const open = type === SKIP_T ? model.tgtOpen[j - 1] : model.srcOpen[i - 1];
        const after = backward3[cell * STATES + state];
        if (after === INF) continue;
        const other = GAP_T + GAP_S - state;
        const rest = cost + after - total;
        const p =
          Math.exp(-(forward3[from + state] + rest) / temperature) +
          Math.exp(-(forward3[from + PAIR] + open + rest) / temperature) +
          Math.exp(-(forward3[from + other] + open + rest) / temperature);
        if (type === SKIP_T) tgt[j - 1] += p;
        else src[i - 1] += p;
      }
    }
  }
  return { src, tgt };
}

// Backward soft-min per (cell, state): the cost of all ways to finish from there. The pairing continuations
// are the same for the three states and are gathered once per cell; the skip continuations (one successor
// each) differ only by the opening cost.
function computeBackward(lattice: Lattice, model: CostModel): Float64Array {
  const { band, beadCost } = lattice;
  const types = model.prior.length;
  const temperature = model.params.temperature;
  const pairMin = new Float64Array(band.cells).fill(INF);
  const pairSum = new Float64Array(band.cells);
  const backward3 = new Float64Array(band.cells * STATES).fill(INF);
  for (let i = band.n; i >= 0; i--) {
    for (let j = band.hi[i]; j >= band.lo[i]; j--) {
      const cell = cellIndex(band, i, j);
      const at = cell * STATES;
      if (cell === band.cells - 1) {
        backward3[at] = 0;
        backward3[at + 1] = 0;
        backward3[at + 2] = 0;
      } else {
        const pair = pairMin[cell] === INF ? INF : pairMin[cell] - temperature * Math.log(pairSum[cell]);
        const right = j < band.m ? cellIndex(band, i, j + 1) : -1;
        const down = i < band.n ? cellIndex(band, i + 1, j) : -1;
        const tgtGo = right < 0 ? INF : beadCost[right * types + SKIP_T] + backward3[right * STATES + GAP_T];
        const srcGo = down < 0 ? INF : beadCost[down * types + SKIP_S] + backward3[down * STATES + GAP_S];
        const tgtOpen = right < 0 ? 0 : model.tgtOpen[j];
        const srcOpen = down < 0 ? 0 : model.srcOpen[i];
        backward3[at + PAIR] = softMin3(pair, tgtGo + tgtOpen, srcGo + srcOpen, temperature);
        backward3[at + GAP_T] = softMin3(pair, tgtGo, srcGo + srcOpen, temperature);
        backward3[at + GAP_S] = softMin3(pair, tgtGo + tgtOpen, srcGo, temperature);
      }
      const after = backward3[at + PAIR];
      if (after === INF) continue;
      for (let type = SKIP_S + 1; type < types; type++) {
        const cost = beadCost[cell * types + type];
        if (cost === INF) continue;
        const from = cellIndex(band, i - model.srcSize[type], j - model.tgtSize[type]);
        const value = cost + after;
        if (value < pairMin[from]) {
          pairSum[from] = pairSum[from] * expOfGap(value - pairMin[from], temperature) + 1;
          pairMin[from] = value;
        } else {
          pairSum[from] += expOfGap(pairMin[from] - value, temperature);
        }
      }
    }
  }
  return backward3;
}

export function spanOf(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
