import type { PreparedPair } from "./prepare-units";
import type { PathPoint } from "./search-band";

// A rough path for long texts from anchors that occur exactly once on each side (a number,
// a name, a rare cognate): each gives a point (i, j); the longest chain of points increasing
// on both sides drops chance matches (Church's char_align idea, at the unit level).
// With a corridor (coarse-corridor.ts), points outside it are chance matches and are dropped first.
export function traceAnchorGuide(prepared: PreparedPair, corridor?: { lo: Int32Array; hi: Int32Array }): PathPoint[] {
  const { src, tgt } = prepared;
  const srcOnly = locateSingleOccurrences(src.tokens, src.tokenStart, src.count, prepared.vocabularySize);
  const tgtOnly = locateSingleOccurrences(tgt.tokens, tgt.tokenStart, tgt.count, prepared.vocabularySize);
  const points: PathPoint[] = [];
  for (let id = 0; id < prepared.vocabularySize; id++) {
    const i = srcOnly[id];
    const j = tgtOnly[id];
    if (i < 0 || j < 0) continue;
    if (corridor && (j < corridor.lo[i] || j > corridor.hi[i])) continue;
    points.push({ i, j });
  }
  points.sort((p, q) => p.i - q.i || p.j - q.j);
  const chain = findLongestIncreasingChain(points);
  // Anchored points sit inside beads: unit i pairs with unit j, so the path passes near (i+1, j+1).
  const guide: PathPoint[] = [{ i: 0, j: 0 }];
  for (const p of chain) guide.push({ i: p.i + 1, j: p.j + 1 });
  guide.push({ i: src.count, j: tgt.count });
  return guide;
}

// unit index of each token id occurring in exactly one unit, once; -1 otherwise
function locateSingleOccurrences(tokens: Int32Array, tokenStart: Int32Array, count: number, size: number): Int32Array {
  const where = new Int32Array(size).fill(-1);
  const seen = new Uint8Array(size);
  for (let unit = 0; unit < count; unit++) {
    for (let k = tokenStart[unit]; k < tokenStart[unit + 1]; k++) {
      const id = tokens[k];
      if (seen[id] === 0) {
        seen[id] = 1;
        where[id] = unit;
      } else if (seen[id] === 1) {
        seen[id] = 2;
        where[id] = -1;
      }
    }
  }
  return where;
}

// Longest chain strictly increasing in both i and j (patience sorting, O(P log P)).
function findLongestIncreasingChain(points: PathPoint[]): PathPoint[] {
  const tails: number[] = []; // index into points of the smallest tail of each chain length
  const previous = new Int32Array(points.length).fill(-1);
  let k = 0;
  while (k < points.length) {
    // points of one row must not chain with each other: decide the whole row at once
    let end = k;
    while (end < points.length && points[end].i === points[k].i) end++;
    const updates: Array<[number, number]> = [];
    for (let p = k; p < end; p++) {
      let lo = 0;
      let hi = tails.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (points[tails[mid]].j < points[p].j) lo = mid + 1;
        else hi = mid;
      }
      previous[p] = lo > 0 ? tails[lo - 1] : -1;
      updates.push([lo, p]);
    }
    for (const [length, p] of updates) {
      if (length === tails.length) tails.push(p);
      else if (points[p].j < points[tails[length]].j) tails[length] = p;
    }
    k = end;
  }
  const chain: PathPoint[] = [];
  for (let p = tails.length > 0 ? tails[tails.length - 1] : -1; p >= 0; p = previous[p]) chain.push(points[p]);
  return chain.reverse();
}
