import type { AlignParams } from "./align-params";
import { computeLengthCost as lengthCostOf } from "./length-cost";
import type { PreparedPair } from "./prepare-units";
import { type Band, cellIndex as cellIndexOf } from "./search-band";

// Local copies: imported bindings are property reads in the transpiled module, too slow for the inner loops.
const computeLengthCost = lengthCostOf;
const cellIndex = cellIndexOf;

// Everything needed to price a bead: shapes, priors, per-unit skip costs, and scratch space
// for the anchor multiset so scoring allocates nothing.
export type CostModel = {
  prepared: PreparedPair;
  ratio: number;
  params: AlignParams;
  // bead type t takes srcSize[t] source and tgtSize[t] target units
  srcSize: Int32Array;
  tgtSize: Int32Array;
  prior: Float64Array;
  maxBead: number;
  // type of the a-b shape at shapeIndex[a * (maxBead + 1) + b]
  shapeIndex: Int32Array;
  // per unit: the cost of leaving it unpaired inside a run of unpaired units, and the extra cost of starting
  // a run with it
  srcSkip: Float64Array;
  tgtSkip: Float64Array;
  srcOpen: Float64Array;
  tgtOpen: Float64Array;
  counts: Int32Array;
  undo: Int32Array;
};

export const SKIP_TGT = 0; // 0-1
export const SKIP_SRC = 1; // 1-0

// Pages often repeat their title (page title + heading): the MT keeps both, the source one.
const DUPLICATE_WINDOW = 3;
const DUPLICATE_MIN_LENGTH = 16;
// Length discrepancies beyond this many standard deviations are not worth scoring (cost > 25).
const MAX_LENGTH_DELTA = 7;

export function buildCostModel(
  src: readonly string[],
  tgt: readonly string[],
  prepared: PreparedPair,
  ratio: number,
  maxBead: number,
  params: AlignParams,
): CostModel {
  const shapes: Array<[number, number]> = [
    [0, 1],
    [1, 0],
  ];
  // every a-b with a + b <= maxBead + 1 (for 3: 1-1, 1-2, 1-3, 2-1, 2-2, 3-1)
  const shapeIndex = new Int32Array((maxBead + 1) * (maxBead + 1)).fill(-1);
  for (let a = 1; a <= maxBead; a++) {
    for (let b = 1; a + b <= maxBead + 1; b++) {
      shapeIndex[a * (maxBead + 1) + b] = shapes.length;
      shapes.push([a, b]);
    }
  }
  const prior = shapes.map(([a, b]) => {
    if (a === 0 || b === 0) return params.skipCost;
    if (a === 1 && b === 1) return -Math.log(0.89);
    return params.mergeCost * (a + b - 2);
  });
  let maxTokens = 0;
  for (let k = 0; k < prepared.tgt.count; k++) {
    maxTokens = Math.max(maxTokens, prepared.tgt.tokenStart[k + 1] - prepared.tgt.tokenStart[k]);
  }
  return {
    prepared,
    ratio,
    params,
    srcSize: Int32Array.from(shapes, (shape) => shape[0]),
    tgtSize: Int32Array.from(shapes, (shape) => shape[1]),
    prior: Float64Array.from(prior),
    maxBead,
    shapeIndex,
    srcSkip: computeSkipCosts(src, params.skipCost, params.skipCost * params.duplicateSkipFactor),
    tgtSkip: computeSkipCosts(tgt, params.skipCost, params.skipCost * params.duplicateSkipFactor),
    // A repeated title opens no run of its own: otherwise its first copy would join the run of a footer just
    // before it for free and be the one left unpaired (the gold leaves the later copy).
    srcOpen: computeSkipCosts(src, params.gapOpenCost, 0),
    tgtOpen: computeSkipCosts(tgt, params.gapOpenCost, 0),
    counts: new Int32Array(prepared.vocabularySize),
    undo: new Int32Array(maxTokens * maxBead + 1),
  };
}

// `cost` for each unit, `duplicateCost` for one repeating a unit a few places away on its side
function computeSkipCosts(units: readonly string[], cost: number, duplicateCost: number): Float64Array {
  const keys = units.map((text) => text.trim());
  return Float64Array.from(keys, (key, k) => {
    if (key.length < DUPLICATE_MIN_LENGTH) return cost;
    for (let d = 1; d <= DUPLICATE_WINDOW; d++) {
      if (keys[k - d] === key || keys[k + d] === key) return duplicateCost;
    }
    return cost;
  });
}

function scoreMatchedBead(
  model: CostModel,
  srcLength: number,
  tgtLength: number,
  srcWeight: number,
  tgtWeight: number,
  matched: number,
): number {
  const p = model.params;
  const dice =
    (2 * matched + p.similarityBaseline * p.similaritySmoothing) / (srcWeight + tgtWeight + p.similaritySmoothing);
  return (
    computeLengthCost(srcLength, tgtLength, model.ratio, p.lengthVariance) -
    p.similarityWeight * (dice - p.similarityBaseline)
  );
}

// Writes the cost of every bead type ending at (i, j) into costs[offset + type], and its
// start cell into fromCell[type] (-1 when that start is outside the band or unreachable).
export function scoreBeadsEndingAt(
  model: CostModel,
  band: Band,
  best: Float64Array,
  i: number,
  j: number,
  costs: Float32Array,
  offset: number,
  fromCell: Int32Array,
): void {
  const { src, tgt, weights } = model.prepared;
  const { counts, undo } = model;
  fromCell.fill(-1);

  const leftCell = cellIndex(band, i, j - 1);
  if (leftCell >= 0 && best[leftCell] < Number.POSITIVE_INFINITY) {
    fromCell[SKIP_TGT] = leftCell;
    costs[offset + SKIP_TGT] = model.tgtSkip[j - 1];
  }
  const upCell = i > 0 ? cellIndex(band, i - 1, j) : -1;
  if (upCell >= 0 && best[upCell] < Number.POSITIVE_INFINITY) {
    fromCell[SKIP_SRC] = upCell;
    costs[offset + SKIP_SRC] = model.srcSkip[i - 1];
  }

  // n:m beads (a + b <= maxBead + 1): grow the source side one unit at a time, and for each
  // size grow the target side, matching its anchors against the source multiset
  // incrementally. Beads whose lengths are wildly off are not scored: once the target side
  // is too long, adding units only makes it longer.
  const { lo, rowStart } = band;
  const { prior, maxBead, shapeIndex } = model;
  const ratio = model.ratio;
  const variance = model.params.lengthVariance;
  const spread = MAX_LENGTH_DELTA * MAX_LENGTH_DELTA * variance;
  const srcLengths = src.lengths;
  const tgtLengths = tgt.lengths;
  const srcTokens = src.tokens;
  const srcStart = src.tokenStart;
  const tgtTokens = tgt.tokens;
  const tgtStart = tgt.tokenStart;
  let srcLength = 0;
  let srcWeight = 0;
  let loaded = 0;
  for (let a = 1; a <= maxBead && i - a >= 0; a++) {
    const s = i - a;
    srcLength += srcLengths[s];
    srcWeight += src.tokenWeight[s];
    for (let k = srcStart[s]; k < srcStart[s + 1]; k++) counts[srcTokens[k]]++;
    loaded = a;
    let tgtLength = 0;
    let tgtWeight = 0;
    let matched = 0;
    let undone = 0;
    const rowLo = lo[s];
    const rowHi = band.hi[s];
    const maxB = maxBead + 1 - a;
    for (let b = 1; b <= maxB && j - b >= 0; b++) {
      const t = j - b;
      tgtLength += tgtLengths[t];
      const excess = tgtLength - ratio * srcLength;
      if (excess > 0 && excess * excess > spread * ((srcLength + tgtLength / ratio) / 2)) break;
      tgtWeight += tgt.tokenWeight[t];
      for (let k = tgtStart[t]; k < tgtStart[t + 1]; k++) {
        const id = tgtTokens[k];
        if (counts[id] > 0) {
          counts[id]--;
          matched += weights[id];
          undo[undone++] = id;
        }
      }
      if (t < rowLo || t > rowHi) continue;
      const from = rowStart[s] + (t - rowLo);
      if (best[from] === Number.POSITIVE_INFINITY) continue;
      const type = shapeIndex[a * (maxBead + 1) + b];
      fromCell[type] = from;
      costs[offset + type] = prior[type] + scoreMatchedBead(model, srcLength, tgtLength, srcWeight, tgtWeight, matched);
    }
    for (let k = 0; k < undone; k++) counts[undo[k]]++;
    // the source side is already far longer than the largest target side can be
    const shortfall = ratio * srcLength - tgtLength;
    if (shortfall > 0 && shortfall * shortfall > spread * ((srcLength + tgtLength / ratio) / 2)) break;
  }
  for (let a = 1; a <= loaded; a++) {
    const s = i - a;
    for (let k = src.tokenStart[s]; k < src.tokenStart[s + 1]; k++) counts[src.tokens[k]] = 0;
  }
}
