// The part of the (source x target) lattice the aligner looks at: row i keeps target
// positions lo[i]..hi[i]. Bounded bands keep long texts linear in time.
export type Band = { n: number; m: number; lo: Int32Array; hi: Int32Array; rowStart: Int32Array; cells: number };

export type PathPoint = { i: number; j: number };

export function computeFullBand(n: number, m: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  return finishBand(n, m, lo, hi);
}

// Around a guide polyline from (0,0) to (n,m) (points increasing in i), interpolated
// linearly between its points; halfWidth target units on each side.
export function computeBandAroundGuide(n: number, m: number, guide: PathPoint[], halfWidth: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let segment = 0;
  for (let i = 0; i <= n; i++) {
    while (segment + 1 < guide.length - 1 && guide[segment + 1].i <= i) segment++;
    const from = guide[segment];
    const to = guide[Math.min(segment + 1, guide.length - 1)];
    let jLow: number;
    let jHigh: number;
    if (to.i === from.i) {
      jLow = Math.min(from.j, to.j);
      jHigh = Math.max(from.j, to.j);
    } else {
      const j = from.j + ((to.j - from.j) * (i - from.i)) / (to.i - from.i);
      jLow = Math.floor(j);
      jHigh = Math.ceil(j);
    }
    lo[i] = Math.max(0, jLow - halfWidth);
    hi[i] = Math.min(m, jHigh + halfWidth);
  }
  return finishBand(n, m, lo, hi);
}

// Pins the corners and keeps rows monotone and overlapping, so a path always exists.
function finishBand(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) {
    if (hi[i] < hi[i - 1]) hi[i] = hi[i - 1];
    if (lo[i] < lo[i - 1]) lo[i] = lo[i - 1];
    if (lo[i] > hi[i - 1]) lo[i] = hi[i - 1];
  }
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i] + (hi[i] - lo[i] + 1);
  return { n, m, lo, hi, rowStart, cells: rowStart[n + 1] };
}

export function cellIndex(band: Band, i: number, j: number): number {
  if (i < 0 || j < band.lo[i] || j > band.hi[i]) return -1;
  return band.rowStart[i] + (j - band.lo[i]);
}

// A path this close to a band edge (that is not the lattice border) may have been cut off.
export function touchesBandEdge(path: PathPoint[], band: Band, margin: number): boolean {
  return path.some(
    ({ i, j }) => (band.lo[i] > 0 && j - band.lo[i] < margin) || (band.hi[i] < band.m && band.hi[i] - j < margin),
  );
}
