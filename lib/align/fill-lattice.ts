import { type CostModel, SKIP_SRC as SKIP_SRC_TYPE, SKIP_TGT as SKIP_TGT_TYPE } from "./cost-model";
import { type Band, cellIndex as cellIndexOf } from "./search-band";

// Unpaired units come in runs: a translator leaves out a passage, an edition adds one, but seldom drops one
// sentence here and one there. So a run of 1-0 (or 0-1) beads pays an opening cost once and a smaller cost per
// unit (affine gaps, as in Gotoh's sequence alignment). Each cell therefore has three states, by the kind of
// the bead that reached it: PAIRED (n:m with both sides, or the origin), GAP_TGT (0-1), GAP_SRC (1-0). Without
// this, an omitted passage of 200 sentences costs the same cut in ten pieces, and the path fills it with
// chance pairings of the best-looking strangers.
export const PAIRED = 0;
export const GAP_TGT = 1;
export const GAP_SRC = 2;
export const STATES = 3;

export type Lattice = {
  band: Band;
  // Viterbi cost of each (cell, state) at cell * 3 + state, and the best over states per cell
  best3: Float64Array;
  best: Float64Array;
  // PAIRED: the bead type that reached it; every state: the state of the cell it came from
  backType: Int16Array;
  backState: Uint8Array;
  // forward soft-min (-T log sum exp(-cost / T)) per (cell, state), for posteriors; empty when not asked for
  forward3: Float64Array;
  // cost of the bead of each type ending at each cell (Infinity when impossible); skips: the per-unit cost
  // of a run, without the opening cost (model.srcOpen / model.tgtOpen)
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
const INF = Number.POSITIVE_INFINITY;
// Local copies: imported bindings are property reads in the transpiled module, too slow for the inner loops.
const cellIndex = cellIndexOf;
const SKIP_SRC = SKIP_SRC_TYPE;
const SKIP_TGT = SKIP_TGT_TYPE;

export function fillLattice(model: CostModel, band: Band, scoreCell: ScoreCell, withForward: boolean): Lattice {
  const types = model.prior.length;
  const best3 = new Float64Array(band.cells * STATES).fill(INF);
  const best = new Float64Array(band.cells).fill(INF);
  const backType = new Int16Array(band.cells).fill(-1);
  const backState = new Uint8Array(band.cells * STATES);
  const forward3 = new Float64Array(withForward ? band.cells * STATES : 0).fill(INF);
  // soft-min of the three states of each finished cell (what a pairing bead starting there sees)
  const forwardAll = new Float64Array(withForward ? band.cells : 0).fill(INF);
  const beadCost = new Float32Array(band.cells * types).fill(INF);
  const fromCell = new Int32Array(types);
  const temperature = model.params.temperature;
  const lattice: Lattice = { band, best3, best, backType, backState, forward3, beadCost };
  best3[PAIRED] = 0;
  best[0] = 0;
  if (withForward) {
    forward3[PAIRED] = 0;
    forwardAll[0] = 0;
  }

  for (let i = 0; i <= band.n; i++) {
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      const cell = cellIndex(band, i, j);
      if (cell === 0) continue;
      scoreCell(model, band, best, i, j, beadCost, cell * types, fromCell);
      const at = cell * STATES;

      // PAIRED: any n:m bead, after any state
      let pairedCost = INF;
      let pairedType = -1;
      let pairedFrom = PAIRED;
      let soft = INF;
      let softSum = 0;
      for (let type = SKIP_SRC + 1; type < types; type++) {
        const from = fromCell[type];
        if (from < 0) continue;
        const cost = beadCost[cell * types + type];
        const fromState = argMinState(best3, from * STATES);
        const total = best3[from * STATES + fromState] + cost;
        if (total < pairedCost - TIE_EPSILON) {
          pairedCost = total;
          pairedType = type;
          pairedFrom = fromState;
        }
        if (withForward) {
          const f = forwardAll[from] + cost;
          if (f < soft) {
            softSum = softSum * expOfGap(f - soft, temperature) + 1;
            soft = f;
          } else if (f < INF) softSum += expOfGap(soft - f, temperature);
        }
      }
      best3[at + PAIRED] = pairedCost;
      backType[cell] = pairedType;
      backState[at + PAIRED] = pairedFrom;
      if (withForward) forward3[at + PAIRED] = finish(soft, softSum, temperature);

      // GAP_TGT (0-1) and GAP_SRC (1-0): open after a pairing or the other gap, extend after the same gap
      if (fromCell[SKIP_TGT] >= 0) {
        fillGapState(
          lattice,
          at,
          fromCell[SKIP_TGT] * STATES,
          GAP_TGT,
          beadCost[cell * types + SKIP_TGT],
          model.tgtOpen[j - 1],
          temperature,
        );
      }
      if (fromCell[SKIP_SRC] >= 0) {
        fillGapState(
          lattice,
          at,
          fromCell[SKIP_SRC] * STATES,
          GAP_SRC,
          beadCost[cell * types + SKIP_SRC],
          model.srcOpen[i - 1],
          temperature,
        );
      }
      // Exact ties (a title printed twice) prefer the gap states, 0-1 first: the unpaired copy is the later one.
      best[cell] = Math.min(best3[at + GAP_TGT], best3[at + GAP_SRC], best3[at + PAIRED]);
      if (withForward) forwardAll[cell] = softMinOfStates(forward3, at, temperature);
    }
  }
  return lattice;
}

// The 0-1 (or 1-0) state of the cell at `at`, reached from the cell at `from` by skipping one unit.
function fillGapState(
  lattice: Lattice,
  at: number,
  from: number,
  state: number,
  unit: number,
  open: number,
  temperature: number,
): void {
  const { best3, backState, forward3 } = lattice;
  const other = GAP_TGT + GAP_SRC - state;
  let cost = best3[from + state] + unit;
  let previous = state;
  const afterPair = best3[from + PAIRED] + open + unit;
  if (afterPair < cost - TIE_EPSILON) {
    cost = afterPair;
    previous = PAIRED;
  }
  const afterOther = best3[from + other] + open + unit;
  if (afterOther < cost - TIE_EPSILON) {
    cost = afterOther;
    previous = other;
  }
  best3[at + state] = cost;
  backState[at + state] = previous;
  if (forward3.length === 0) return;
  const a = forward3[from + state] + unit;
  const b = forward3[from + PAIRED] + open + unit;
  const c = forward3[from + other] + open + unit;
  const min = Math.min(a, b, c);
  forward3[at + state] =
    min === INF
      ? INF
      : min -
        temperature *
          Math.log(expOfGap(min - a, temperature) + expOfGap(min - b, temperature) + expOfGap(min - c, temperature));
}

// The state of lowest cost at `at` (ties: 0-1, then 1-0, then paired, as fillLattice breaks them).
export function argMinState(values: Float64Array, at: number): number {
  let state = GAP_TGT;
  if (values[at + GAP_SRC] < values[at + state] - TIE_EPSILON) state = GAP_SRC;
  if (values[at + PAIRED] < values[at + state] - TIE_EPSILON) state = PAIRED;
  return state;
}

export function softMinOfStates(values: Float64Array, at: number, temperature: number): number {
  return softMin3(values[at], values[at + 1], values[at + 2], temperature);
}

export function softMin3(a: number, b: number, c: number, temperature: number): number {
  const min = a < b ? (a < c ? a : c) : b < c ? b : c;
  if (min === INF) return INF;
  return (
    min -
    temperature *
      Math.log(expOfGap(min - a, temperature) + expOfGap(min - b, temperature) + expOfGap(min - c, temperature))
  );
}

// Running soft-min: (min, sum of exp((min - x) / T)) updated with x.
export function accumulate(min: number, sum: number, x: number, temperature: number): [number, number] {
  if (x === INF) return [min, sum];
  if (x < min) return [x, sum * expOfGap(x - min, temperature) + 1];
  return [min, sum + expOfGap(min - x, temperature)];
}

export function finish(min: number, sum: number, temperature: number): number {
  return min === INF ? INF : min - temperature * Math.log(sum);
}

// exp(gap / T) for gap <= 0, cut to 0 when negligible (also keeps Infinity out).
export function expOfGap(gap: number, temperature: number): number {
  const x = gap / temperature;
  return x < -16 ? 0 : Math.exp(x);
}

// Steps from (0,0) to (n,m); each step is the bead of `type` ending at (i, j).
export function traceBestPath(lattice: Lattice, model: CostModel): PathStep[] {
  const { band, backType, backState, best3 } = lattice;
  const steps: PathStep[] = [];
  let i = band.n;
  let j = band.m;
  let state = argMinState(best3, cellIndex(band, i, j) * STATES);
  while (i > 0 || j > 0) {
    const cell = cellIndex(band, i, j);
    if (cell < 0 || best3[cell * STATES + state] === INF)
      throw new Error(`alignment lattice has no path to (${i}, ${j})`);
    const type = state === PAIRED ? backType[cell] : state === GAP_TGT ? SKIP_TGT : SKIP_SRC;
    steps.push({ i, j, type });
    state = backState[cell * STATES + state];
    i -= model.srcSize[type];
    j -= model.tgtSize[type];
  }
  return steps.reverse();
}
