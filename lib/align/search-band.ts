// The part of the (source x target) lattice the aligner looks at: row i keeps target
// positions lo[i]..hi[i]. Bounded bands keep long texts linear in time.
export type Band = { n: number; m: number; lo: Int32Array; hi: Int32Array; rowStart: Int32Array; cells: number };

export type PathPoint = { i: number; j: number };

export function computeFullBand(n: number, m: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  return finishBand(n, m, lo, hi);
}

// Around a guide polyline from (0,0) to (n,m) (points increasing in i): between two consecutive points the
// band holds their whole box, widened by halfWidth target units, so a path may cross an omitted or added
// passage (a straight run between two anchors) wherever it happens, not only along the interpolated slope.
export function computeBandAroundGuide(n: number, m: number, guide: PathPoint[], halfWidth: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  for (let k = 0; k + 1 < guide.length; k++) {
    const from = guide[k];
    const to = guide[k + 1];
    const jLow = Math.max(0, Math.min(from.j, to.j) - halfWidth);
    const jHigh = Math.min(m, Math.max(from.j, to.j) + halfWidth);
    for (let i = Math.max(0, from.i - halfWidth); i <= Math.min(n, to.i + halfWidth); i++) {
      if (jLow < lo[i]) lo[i] = jLow;
      if (jHigh > hi[i]) hi[i] = jHigh;
    }
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
