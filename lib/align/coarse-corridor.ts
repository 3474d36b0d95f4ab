import type { PreparedPair, PreparedSide } from "./prepare-units";

// Coarse-to-fine, first step: where may the path of a long text be at all? Both sides are cut into blocks of
// `blockSize` units; two blocks are similar when their anchors (idf-weighted, as the fine model weighs them)
// overlap (cosine); the best monotone path through the WHOLE block lattice is the corridor. A chance anchor
// cannot pull this path away, as it could the chain of single-occurrence anchors: the path has to collect the
// similarity of every block on its way. An omitted or added passage shows as a straight run of blocks.
export type Corridor = {
  blockSize: number;
  // for each source unit i (0..n), the target range [lo, hi] the corridor allows
  lo: Int32Array;
  hi: Int32Array;
};

// Anchors found in more than this share of the blocks of a side say nothing about where a block belongs.
const MAX_BLOCK_SHARE = 0.3;
// A block pair pays BACKGROUND_SPREAD standard deviations above the mean similarity; above it, it earns.
const BACKGROUND_SPREAD = 2;
const CORRIDOR_SLACK = 2;

export function chooseBlockSize(n: number, m: number): number {
  // about 300 blocks on the longer side: the block lattice stays below 10^5 cells
  return Math.max(2, Math.ceil(Math.max(n, m) / 300));
}

export function traceCoarseCorridor(prepared: PreparedPair, blockSize: number): Corridor {
  const { src, tgt } = prepared;
  const rows = Math.ceil(src.count / blockSize);
  const cols = Math.ceil(tgt.count / blockSize);
  const similarity = computeBlockSimilarities(prepared, blockSize, rows, cols);
  const path = findRichestPath(similarity, rows, cols);
  return toCorridor(path, blockSize, src.count, tgt.count);
}

type SparseVector = { ids: Int32Array; values: Float64Array; norm: number };

function buildBlockVectors(
  side: PreparedSide,
  weights: Float64Array,
  blockSize: number,
  blocks: number,
  keep: Uint8Array,
) {
  const vectors: SparseVector[] = [];
  const sums = new Map<number, number>();
  for (let b = 0; b < blocks; b++) {
    sums.clear();
    const end = Math.min(side.count, (b + 1) * blockSize);
    for (let k = side.tokenStart[b * blockSize]; k < side.tokenStart[end]; k++) {
      const id = side.tokens[k];
      if (keep[id] === 0) continue;
      sums.set(id, (sums.get(id) ?? 0) + weights[id]);
    }
    const ids = Int32Array.from(sums.keys());
    const values = Float64Array.from(sums.values());
    let norm = 0;
    for (const v of values) norm += v * v;
    vectors.push({ ids, values, norm: Math.sqrt(norm) });
  }
  return vectors;
}

function countBlocksWithToken(side: PreparedSide, blockSize: number, blocks: number, size: number): Int32Array {
  const df = new Int32Array(size);
  const last = new Int32Array(size).fill(-1);
  for (let b = 0; b < blocks; b++) {
    const end = Math.min(side.count, (b + 1) * blockSize);
    for (let k = side.tokenStart[b * blockSize]; k < side.tokenStart[end]; k++) {
      const id = side.tokens[k];
      if (last[id] !== b) {
        last[id] = b;
        df[id]++;
      }
    }
  }
  return df;
}

// Cosine similarity of every source block with every target block (rows x cols), through an inverted index
// of the target blocks so that only blocks sharing an anchor are touched.
function computeBlockSimilarities(prepared: PreparedPair, blockSize: number, rows: number, cols: number): Float64Array {
  const size = prepared.vocabularySize;
  const srcDf = countBlocksWithToken(prepared.src, blockSize, rows, size);
  const tgtDf = countBlocksWithToken(prepared.tgt, blockSize, cols, size);
  const keep = new Uint8Array(size);
  for (let id = 0; id < size; id++) {
    keep[id] =
      srcDf[id] > 0 &&
      tgtDf[id] > 0 &&
      srcDf[id] <= MAX_BLOCK_SHARE * rows + 1 &&
      tgtDf[id] <= MAX_BLOCK_SHARE * cols + 1
        ? 1
        : 0;
  }
  const srcVectors = buildBlockVectors(prepared.src, prepared.weights, blockSize, rows, keep);
  const tgtVectors = buildBlockVectors(prepared.tgt, prepared.weights, blockSize, cols, keep);
  // inverted index: token id -> (target block, value) pairs
  const postingStart = new Int32Array(size + 1);
  for (const v of tgtVectors) for (const id of v.ids) postingStart[id + 1]++;
  for (let id = 0; id < size; id++) postingStart[id + 1] += postingStart[id];
  const postingBlock = new Int32Array(postingStart[size]);
  const postingValue = new Float64Array(postingStart[size]);
  const fill = postingStart.slice(0, size);
  tgtVectors.forEach((v, block) => {
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]]++;
      postingBlock[at] = block;
      postingValue[at] = v.values[k];
    }
  });
  const similarity = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const v = srcVectors[r];
    if (v.norm === 0) continue;
    const row = r * cols;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k];
      const value = v.values[k];
      for (let p = postingStart[id]; p < postingStart[id + 1]; p++)
        similarity[row + postingBlock[p]] += value * postingValue[p];
    }
    for (let c = 0; c < cols; c++) {
      const norm = tgtVectors[c].norm;
      similarity[row + c] = norm === 0 ? 0 : similarity[row + c] / (v.norm * norm);
    }
  }
  return similarity;
}

// The monotone path of cells from (0, 0) to (rows-1, cols-1), moving right, down or diagonally, that collects
// the most similarity above the background (each visited cell earns similarity - background).
function findRichestPath(similarity: Float64Array, rows: number, cols: number): Int32Array {
  let mean = 0;
  for (const s of similarity) mean += s;
  mean /= similarity.length;
  let variance = 0;
  for (const s of similarity) variance += (s - mean) * (s - mean);
  const background = mean + BACKGROUND_SPREAD * Math.sqrt(variance / similarity.length);
  const cost = new Float64Array(rows * cols);
  const back = new Uint8Array(rows * cols); // 0 diagonal, 1 from above, 2 from the left
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = r * cols + c;
      const own = background - similarity[cell];
      if (r === 0 && c === 0) {
        cost[cell] = own;
        continue;
      }
      let best = Number.POSITIVE_INFINITY;
      let move = 0;
      if (r > 0 && c > 0 && cost[cell - cols - 1] < best) best = cost[cell - cols - 1];
      if (r > 0 && cost[cell - cols] < best) {
        best = cost[cell - cols];
        move = 1;
      }
      if (c > 0 && cost[cell - 1] < best) {
        best = cost[cell - 1];
        move = 2;
      }
      cost[cell] = best + own;
      back[cell] = move;
    }
  }
  // the path as (row, col) pairs, from the end back to the start
  const cells: number[] = [];
  let r = rows - 1;
  let c = cols - 1;
  for (;;) {
    cells.push(r, c);
    if (r === 0 && c === 0) break;
    const move = back[r * cols + c];
    if (move === 0) {
      r--;
      c--;
    } else if (move === 1) r--;
    else c--;
  }
  return Int32Array.from(cells);
}

// Each path cell (r, c) lets source units of block r pair with target units of block c; CORRIDOR_SLACK blocks
// on each side cover paths that cross block corners and runs placed a block or two off (inside an omitted
// passage every column costs the same to the coarse path).
function toCorridor(path: Int32Array, blockSize: number, n: number, m: number): Corridor {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  for (let k = 0; k < path.length; k += 2) {
    const r = path[k];
    const c = path[k + 1];
    const iFrom = Math.max(0, (r - CORRIDOR_SLACK) * blockSize);
    const iTo = Math.min(n, (r + 1 + CORRIDOR_SLACK) * blockSize);
    const jFrom = Math.max(0, (c - CORRIDOR_SLACK) * blockSize);
    const jTo = Math.min(m, (c + 1 + CORRIDOR_SLACK) * blockSize);
    for (let i = iFrom; i <= iTo; i++) {
      if (jFrom < lo[i]) lo[i] = jFrom;
      if (jTo > hi[i]) hi[i] = jTo;
    }
  }
  return { blockSize, lo, hi };
}
