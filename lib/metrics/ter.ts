// Translation edit rate (Snover et al. 2006) exactly as sacreBLEU 2.6.0 computes it: sacrebleu/metrics/lib_ter.py
// (Tercom's greedy shifts, a beam edit distance around the length-scaled diagonal, the candidate cap) and
// sacrebleu/metrics/ter.py (statistics summed over a corpus, then divided). The shift heuristics are Tercom's and
// are kept as they are, not improved, so that our figures equal sacreBLEU's and can be compared with published
// ones. What differs is speed only: words are integers, rows are typed arrays, and the trace is only traced back
// when the alignment needs it.

import { type TerTokenizeOptions, tokenizeForTer } from "./tokenize-ter";

export type TerOptions = TerTokenizeOptions;

/** What a TER figure is made of; corpus figures add these up before dividing. */
export type TerStatistics = { edits: number; referenceWords: number };

/** A TER figure on sacreBLEU's scale (`score` = 100 × edits / reference words) with its statistics. */
export type TerResult = TerStatistics & { score: number };

// Tercom's limits and sacreBLEU's own (lib_ter.py)
const MAX_SHIFT_SIZE = 10;
const MAX_SHIFT_DIST = 50;
const BEAM_WIDTH = 25;
const MAX_CACHE_SIZE = 10_000;
const MAX_SHIFT_CANDIDATES = 1000;
const INFINITY = 0x3fffffff; // larger than any distance; INFINITY + 1 still fits in an Int32Array

type Row = Int32Array; // costs of one matrix row; the edit operations are read back from costs when tracing
type CacheNode = { children: Map<number, CacheNode>; row: Row };

/**
 * Edit distance from a hypothesis to the fixed reference, with sacreBLEU's beam and its prefix cache: every
 * hypothesis tried for one sentence has the same length, so a cached row for a shared prefix is exactly the row
 * that would be computed again.
 */
class BeamEditDistance {
  readonly reference: Int32Array;
  private readonly initialRow: Row;
  private readonly cache = new Map<number, CacheNode>();
  private cacheSize = 0;

  constructor(reference: Int32Array) {
    this.reference = reference;
    this.initialRow = new Int32Array(reference.length + 1);
    for (let j = 0; j <= reference.length; j++) this.initialRow[j] = j;
  }

  /**
   * The distance and the rows (index i = after i hypothesis words). With `limit`, stops as soon as the distance
   * is sure to exceed it (returns null): a shift candidate that cannot beat the best one needs no exact figure.
   */
  compute(hypothesis: Int32Array, limit = Number.POSITIVE_INFINITY): { distance: number; rows: Row[] } | null {
    const rows: Row[] = [this.initialRow];
    let level = this.cache;
    let start = 0;
    for (; start < hypothesis.length; start++) {
      const node = level.get(hypothesis[start]);
      if (node === undefined) break;
      rows.push(node.row);
      level = node.children;
    }

    const reference = this.reference;
    const referenceLength = reference.length;
    const hypothesisLength = hypothesis.length;
    const lengthRatio = hypothesisLength > 0 ? referenceLength / hypothesisLength : 1;
    // in very unequal sentences a fixed beam could miss the previous row entirely
    const beamWidth = BEAM_WIDTH < lengthRatio / 2 ? Math.ceil(lengthRatio / 2 + BEAM_WIDTH) : BEAM_WIDTH;

    for (let i = start + 1; i <= hypothesisLength; i++) {
      const previous = rows[i - 1];
      const costs = new Int32Array(referenceLength + 1).fill(INFINITY);
      const pseudoDiagonal = Math.floor(i * lengthRatio);
      const minJ = Math.max(0, pseudoDiagonal - beamWidth);
      const maxJ =
        i === hypothesisLength ? referenceLength + 1 : Math.min(referenceLength + 1, pseudoDiagonal + beamWidth);
      const word = hypothesis[i - 1];
      let lowerBound = INFINITY;
      for (let j = minJ; j < maxJ; j++) {
        // Tercom prefers match/substitution, then (in this flipped matrix) deletion, then insertion: a later
        // option wins only when strictly cheaper (the same order decides the operation in traceOperation)
        let cost = j === 0 ? INFINITY : previous[j - 1] + (word === reference[j - 1] ? 0 : 1);
        const deletion = previous[j] + 1;
        if (cost > deletion) cost = deletion;
        if (j > 0) {
          const insertion = costs[j - 1] + 1;
          if (cost > insertion) cost = insertion;
        }
        costs[j] = cost;
        // no path through (i, j) can end below its cost plus the difference of the remaining lengths
        const remaining = hypothesisLength - i - (referenceLength - j);
        const bound = cost + (remaining < 0 ? -remaining : remaining);
        if (bound < lowerBound) lowerBound = bound;
      }
      rows.push(costs);
      if (lowerBound > limit && i < hypothesisLength) {
        this.addToCache(hypothesis, rows);
        return null;
      }
    }

    this.addToCache(hypothesis, rows);
    return { distance: rows[hypothesisLength][referenceLength], rows };
  }

  private addToCache(hypothesis: Int32Array, rows: Row[]): void {
    if (this.cacheSize >= MAX_CACHE_SIZE) return;
    let level = this.cache;
    for (let i = 0; i + 1 < rows.length; i++) {
      let node = level.get(hypothesis[i]);
      if (node === undefined) {
        node = { children: new Map(), row: rows[i + 1] };
        level.set(hypothesis[i], node);
        this.cacheSize++;
      }
      level = node.children;
    }
  }
}

const OP_NOP = 0;
const OP_SUB = 1;
const OP_INS = 2; // a reference word consumed (j - 1)
const OP_DEL = 3; // a hypothesis word consumed (i - 1)

/** The edit operation sacreBLEU's matrix records at (i, j): the first option, in preference order, that is cheapest. */
function traceOperation(rows: Row[], hypothesis: Int32Array, reference: Int32Array, i: number, j: number): number {
  if (i === 0) return OP_INS;
  if (j === 0) return OP_DEL;
  const cost = rows[i][j];
  const match = hypothesis[i - 1] === reference[j - 1];
  if (rows[i - 1][j - 1] + (match ? 0 : 1) === cost) return match ? OP_NOP : OP_SUB;
  if (rows[i - 1][j] + 1 === cost) return OP_DEL;
  if (rows[i][j - 1] + 1 === cost) return OP_INS;
  throw new Error(`TER: no edit operation at ${i},${j}`);
}

/** Where each reference word lines up in the hypothesis, and which words on each side are errors. */
function alignFromRows(rows: Row[], hypothesis: Int32Array, reference: Int32Array) {
  const trace: number[] = [];
  let i = hypothesis.length;
  let j = reference.length;
  while (i > 0 || j > 0) {
    const op = traceOperation(rows, hypothesis, reference, i, j);
    trace.push(op);
    if (op === OP_NOP || op === OP_SUB) {
      i--;
      j--;
    } else if (op === OP_INS) j--;
    else i--;
  }
  // sacreBLEU flips the trace (rewriting the reference into the hypothesis) and reads it forwards
  const align = new Int32Array(reference.length);
  const hypothesisErrors = new Uint8Array(hypothesis.length);
  const referenceErrors = new Uint8Array(reference.length);
  let hypothesisPosition = -1;
  let referencePosition = -1;
  for (let k = trace.length - 1; k >= 0; k--) {
    const op = trace[k];
    if (op === OP_NOP || op === OP_SUB) {
      hypothesisPosition++;
      referencePosition++;
      align[referencePosition] = hypothesisPosition;
      if (op === OP_SUB) {
        hypothesisErrors[hypothesisPosition] = 1;
        referenceErrors[referencePosition] = 1;
      }
    } else if (op === OP_DEL) {
      hypothesisPosition++;
      hypothesisErrors[hypothesisPosition] = 1;
    } else {
      referencePosition++;
      align[referencePosition] = hypothesisPosition;
      referenceErrors[referencePosition] = 1;
    }
  }
  return { align, hypothesisErrors: prefixSums(hypothesisErrors), referenceErrors: prefixSums(referenceErrors) };
}

function prefixSums(flags: Uint8Array): Int32Array {
  const sums = new Int32Array(flags.length + 1);
  for (let k = 0; k < flags.length; k++) sums[k + 1] = sums[k] + flags[k];
  return sums;
}

/** `words` with the `length` words at `start` moved before position `target` (sacreBLEU's _perform_shift). */
function performShift(words: Int32Array, start: number, length: number, target: number): Int32Array {
  const shifted = new Int32Array(words.length);
  let k = 0;
  const copy = (from: number, to: number) => {
    const end = Math.min(to, words.length);
    for (let p = Math.max(0, from); p < end; p++) shifted[k++] = words[p];
  };
  if (target < start) {
    copy(0, target);
    copy(start, start + length);
    copy(target, start);
    copy(start + length, words.length);
  } else if (target > start + length) {
    copy(0, start);
    copy(start + length, target);
    copy(start, start + length);
    copy(target, words.length);
  } else {
    copy(0, start);
    copy(start + length, length + target);
    copy(start, start + length);
    copy(length + target, words.length);
  }
  return shifted;
}

type ShiftOutcome = { gain: number; words: Int32Array; checkedCandidates: number };

/** The one shift that lowers the edit distance most, ranked as Tercom ranks them (sacreBLEU's _shift). */
function findBestShift(
  hypothesis: Int32Array,
  reference: Int32Array,
  editDistance: BeamEditDistance,
  checkedBefore: number,
): ShiftOutcome {
  const current = editDistance.compute(hypothesis);
  if (current === null) throw new Error("TER: unbounded distance cannot be cut short");
  const before = current.distance;
  const { align, hypothesisErrors, referenceErrors } = alignFromRows(current.rows, hypothesis, reference);
  let checkedCandidates = checkedBefore;
  let best: { gain: number; length: number; start: number; target: number; words: Int32Array } | null = null;

  pairs: for (let startH = 0; startH < hypothesis.length; startH++) {
    for (let startR = 0; startR < reference.length; startR++) {
      if (Math.abs(startR - startH) > MAX_SHIFT_DIST) continue;
      // every run of equal words starting here, one word longer each time
      let length = 0;
      while (hypothesis[startH + length] === reference[startR + length] && length < MAX_SHIFT_SIZE) {
        length++;
        const hypothesisWrong = hypothesisErrors[startH + length] - hypothesisErrors[startH] > 0;
        const referenceWrong = referenceErrors[startR + length] - referenceErrors[startR] > 0;
        const alignedInside = startH <= align[startR] && align[startR] < startH + length;
        if (hypothesisWrong && referenceWrong && !alignedInside) {
          let previousTarget = -1;
          for (let offset = -1; offset < length; offset++) {
            let target: number;
            if (startR + offset === -1) target = 0;
            else if (startR + offset < reference.length) target = align[startR + offset] + 1;
            else break;
            if (target === previousTarget) continue;
            previousTarget = target;
            const shifted = performShift(hypothesis, startH, length, target);
            // a candidate whose gain is below the best one's can never be chosen: its distance may stop early
            const outcome = editDistance.compute(
              shifted,
              best === null ? Number.POSITIVE_INFINITY : before - best.gain,
            );
            checkedCandidates++;
            if (outcome === null) continue;
            const gain = before - outcome.distance;
            if (
              best === null ||
              gain > best.gain ||
              (gain === best.gain &&
                (length > best.length ||
                  (length === best.length && (startH < best.start || (startH === best.start && target < best.target)))))
            ) {
              best = { gain, length, start: startH, target, words: shifted };
            }
          }
          if (checkedCandidates >= MAX_SHIFT_CANDIDATES) break pairs;
        }
        if (hypothesis.length === startH + length || reference.length === startR + length) break;
      }
    }
  }
  return best === null
    ? { gain: 0, words: hypothesis, checkedCandidates }
    : { gain: best.gain, words: best.words, checkedCandidates };
}

/** TER edits (shifts + insertions + deletions + substitutions) turning `hypothesisWords` into `referenceWords`. */
export function countTerEdits(hypothesisWords: readonly string[], referenceWords: readonly string[]): TerStatistics {
  if (referenceWords.length === 0) return { edits: hypothesisWords.length, referenceWords: 0 };
  // an untouched segment: distance 0, so sacreBLEU's first shift search finds no gain and stops
  if (hypothesisWords.length === referenceWords.length && hypothesisWords.every((w, k) => w === referenceWords[k])) {
    return { edits: 0, referenceWords: referenceWords.length };
  }
  const ids = new Map<string, number>();
  const toIds = (words: readonly string[]) => {
    const out = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      let id = ids.get(words[k]);
      if (id === undefined) {
        id = ids.size;
        ids.set(words[k], id);
      }
      out[k] = id;
    }
    return out;
  };
  const reference = toIds(referenceWords);
  let hypothesis: Int32Array = toIds(hypothesisWords);
  const editDistance = new BeamEditDistance(reference);
  let shifts = 0;
  let checkedCandidates = 0;
  for (;;) {
    const outcome = findBestShift(hypothesis, reference, editDistance, checkedCandidates);
    checkedCandidates = outcome.checkedCandidates;
    // sacreBLEU stops at the cap without applying the shift it just found
    if (checkedCandidates >= MAX_SHIFT_CANDIDATES || outcome.gain <= 0) break;
    shifts++;
    hypothesis = outcome.words;
  }
  const final = editDistance.compute(hypothesis);
  if (final === null) throw new Error("TER: unbounded distance cannot be cut short");
  return { edits: shifts + final.distance, referenceWords: reference.length };
}

/** TER statistics of one hypothesis against one reference, tokenised as sacreBLEU does. */
export function countTerStatistics(hypothesis: string, reference: string, options: TerOptions = {}): TerStatistics {
  return countTerEdits(tokenizeForTer(hypothesis, options), tokenizeForTer(reference, options));
}

/** Edits per reference word; 1 when the reference is empty and something had to go, 0 when both are empty. */
export function terRatio(statistics: TerStatistics): number {
  if (statistics.referenceWords > 0) return statistics.edits / statistics.referenceWords;
  return statistics.edits > 0 ? 1 : 0;
}

/** sacreBLEU's TER score (0–100, above 100 when the hypothesis needs more edits than the reference has words). */
export function scoreTerStatistics(statistics: TerStatistics): number {
  return 100 * terRatio(statistics);
}

export function sumTerStatistics(all: Iterable<TerStatistics>): TerStatistics {
  let edits = 0;
  let referenceWords = 0;
  for (const statistics of all) {
    edits += statistics.edits;
    referenceWords += statistics.referenceWords;
  }
  return { edits, referenceWords };
}

/** sacreBLEU's `TER().sentence_score(hypothesis, [reference])`. */
export function measureSentenceTer(hypothesis: string, reference: string, options: TerOptions = {}): TerResult {
  const statistics = countTerStatistics(hypothesis, reference, options);
  return { ...statistics, score: scoreTerStatistics(statistics) };
}

/** sacreBLEU's `TER().corpus_score(hypotheses, [references])`: edits and lengths summed, then divided. */
export function measureCorpusTer(
  hypotheses: readonly string[],
  references: readonly string[],
  options: TerOptions = {},
): TerResult {
  if (hypotheses.length !== references.length) {
    throw new RangeError(`TER: ${hypotheses.length} hypotheses but ${references.length} references`);
  }
  const statistics = sumTerStatistics(hypotheses.map((h, k) => countTerStatistics(h, references[k], options)));
  return { ...statistics, score: scoreTerStatistics(statistics) };
}
