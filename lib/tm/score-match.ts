// The fuzzy match score of a translation-memory source against the segment being translated, on the whole
// sentence (never a prefix). The formula and its penalties are documented in README.md beside this file.

import { listTokens, type MatchTag, type TokenizedSegment, tokenizeForMatching } from "./tokenize-for-matching";

export type PenaltyKind = "numbers" | "tags" | "case" | "typography" | "spacing";

/** Points taken off because the sources differ in a way the word distance does not count. */
export type MatchPenalty = { kind: PenaltyKind; points: number; detail: string };

export type MatchScore = {
  /** 0–100, an integer; 100 only when both sources are identical once whitespace runs are collapsed. */
  score: number;
  /** 1 − weighted word edit distance / weighted length of the longer, before penalties (0–1, not rounded). */
  similarity: number;
  penalties: MatchPenalty[];
};

/** How the tokens of the two sources line up: for each candidate token, the query token it stands for, or -1. */
export type TokenAlignment = { candidateToQuery: Int32Array };

export type ComparedSegments = MatchScore & {
  query: TokenizedSegment;
  candidate: TokenizedSegment;
  alignment: TokenAlignment | null;
  /** Tags laid out alike (same kinds at the same aligned places), whatever their numbers. */
  sameTagLayout: boolean;
};

const CASE_PENALTY_CAP = 3;
// Surface differences (case, quote style, number value) cost this much in the alignment: enough to prefer a
// pairing of identical tokens, too little to change the weighted distance (all real costs are multiples of 0.5).
const SURFACE_COST = 1e-6;

let matrix = new Float64Array(0);

/** The score of `candidate` as a match for `query`. */
export function scoreMatch(query: string, candidate: string): MatchScore {
  const compared = compareSegments(query, candidate, 0);
  if (!compared) throw new Error("unreachable: no cut-off at score 0");
  return { score: compared.score, similarity: compared.similarity, penalties: compared.penalties };
}

/**
 * Scores `candidate` against `query`, or returns null as soon as it cannot reach `minScore` (the distance
 * computation stops at the first row whose best cell is already too far). Also returns what adapting the
 * candidate's target needs: the token alignment and whether the tags are laid out alike.
 */
export function compareSegments(query: string, candidate: string, minScore: number): ComparedSegments | null {
  const c = tokenizeForMatching(candidate);
  // After c: should interning start a new generation while reading c, q is then read afresh
  const q = tokenizeForMatching(query);
  const identical = query === candidate || q.collapsed === c.collapsed;
  if (identical) {
    const alignment = identityAlignment(c.length);
    return { score: 100, similarity: 1, penalties: [], query: q, candidate: c, alignment, sameTagLayout: true };
  }
  const length = Math.max(q.weight, c.weight);
  const maxDistance = length * (1 - minScore / 100) + 1e-9;
  if (Math.abs(q.weight - c.weight) > maxDistance) return null;

  const distance = fillDistanceMatrix(q, c, maxDistance);
  if (distance === null) return null;
  // Remove the surface costs: every true cost is a multiple of 0.5
  const wordDistance = Math.round(distance * 2) / 2;
  const similarity = length === 0 ? 1 : 1 - wordDistance / length;
  const alignment = traceAlignment(q, c);
  const penalties = findPenalties(q, c, alignment);
  const tagPenalty = compareTags(q.tags, c.tags, alignment, q.length);
  if (tagPenalty.penalty) penalties.push(tagPenalty.penalty);
  if (wordDistance === 0 && penalties.length === 0) {
    // Same tokens, tags and writing, different text: only the spacing around punctuation can differ
    penalties.push({ kind: "spacing", points: 1, detail: "spacing differs" });
  }
  const base = wordDistance === 0 ? 100 : Math.min(99, Math.floor(100 * similarity + 1e-9));
  const points = penalties.reduce((sum, penalty) => sum + penalty.points, 0);
  const score = Math.max(0, base - points);
  if (score < minScore) return null;
  return { score, similarity, penalties, query: q, candidate: c, alignment, sameTagLayout: tagPenalty.sameLayout };
}

/** Weighted Levenshtein distance between the token rows, or null once every cell of a row exceeds the cut-off. */
function fillDistanceMatrix(q: TokenizedSegment, c: TokenizedSegment, maxDistance: number): number | null {
  const rows = q.keyIds.length;
  const columns = c.keyIds.length + 1;
  const size = (rows + 1) * columns;
  if (matrix.length < size) matrix = new Float64Array(Math.max(size, matrix.length * 2));
  const d = matrix;
  const { keyIds: qKeys, textIds: qTexts, weights: qWeights } = q;
  const { keyIds: cKeys, textIds: cTexts, weights: cWeights } = c;
  d[0] = 0;
  for (let j = 1; j < columns; j++) d[j] = d[j - 1] + cWeights[j - 1];
  for (let i = 1; i <= rows; i++) {
    const row = i * columns;
    const previous = row - columns;
    const key = qKeys[i - 1];
    const text = qTexts[i - 1];
    const deletion = qWeights[i - 1];
    d[row] = d[previous] + deletion;
    let best = d[row];
    for (let j = 1; j < columns; j++) {
      const insertion = cWeights[j - 1];
      const same = cKeys[j - 1] === key;
      const substitution = same ? (cTexts[j - 1] === text ? 0 : SURFACE_COST) : Math.max(deletion, insertion);
      let cell = d[previous + j - 1] + substitution;
      const up = d[previous + j] + deletion;
      if (up < cell) cell = up;
      const left = d[row + j - 1] + insertion;
      if (left < cell) cell = left;
      d[row + j] = cell;
      if (cell < best) best = cell;
    }
    if (best > maxDistance) return null;
  }
  return d[rows * columns + c.keyIds.length];
}

function substitutionCost(q: TokenizedSegment, i: number, c: TokenizedSegment, j: number): number {
  if (q.keyIds[i] === c.keyIds[j]) return q.textIds[i] === c.textIds[j] ? 0 : SURFACE_COST;
  return Math.max(q.weights[i], c.weights[j]);
}

/** Walks the filled matrix back from the end; pairs tokens on the diagonal steps. */
function traceAlignment(q: TokenizedSegment, c: TokenizedSegment): TokenAlignment {
  const columns = c.keyIds.length + 1;
  const d = matrix;
  const candidateToQuery = new Int32Array(c.keyIds.length).fill(-1);
  let i = q.keyIds.length;
  let j = c.keyIds.length;
  while (i > 0 && j > 0) {
    const here = d[i * columns + j];
    const diagonal = d[(i - 1) * columns + j - 1] + substitutionCost(q, i - 1, c, j - 1);
    if (Math.abs(here - diagonal) < 1e-9) {
      candidateToQuery[j - 1] = i - 1;
      i--;
      j--;
    } else if (Math.abs(here - (d[(i - 1) * columns + j] + q.weights[i - 1])) < 1e-9) i--;
    else j--;
  }
  return { candidateToQuery };
}

function identityAlignment(length: number): TokenAlignment {
  const candidateToQuery = new Int32Array(length);
  for (let j = 0; j < length; j++) candidateToQuery[j] = j;
  return { candidateToQuery };
}

/** Paired tokens with the same key written differently: another number, another case, another quote. */
function findPenalties(q: TokenizedSegment, c: TokenizedSegment, alignment: TokenAlignment): MatchPenalty[] {
  const numbers: string[] = [];
  const cased: string[] = [];
  let typography = false;
  const queryTokens = listTokens(q);
  const candidateTokens = listTokens(c);
  alignment.candidateToQuery.forEach((i, j) => {
    if (i < 0) return;
    const mine = queryTokens[i];
    const theirs = candidateTokens[j];
    if (mine.key !== theirs.key || mine.text === theirs.text) return;
    if (mine.kind === "number") numbers.push(`${theirs.text} → ${mine.text}`);
    else if (mine.kind === "word" && mine.text.toLowerCase() !== theirs.text.toLowerCase()) typography = true;
    else if (mine.kind === "word") cased.push(`${theirs.text} → ${mine.text}`);
    else typography = true;
  });
  const penalties: MatchPenalty[] = [];
  if (numbers.length) penalties.push({ kind: "numbers", points: numbers.length, detail: numbers.join(", ") });
  if (cased.length) {
    penalties.push({ kind: "case", points: Math.min(CASE_PENALTY_CAP, cased.length), detail: cased.join(", ") });
  }
  if (typography) penalties.push({ kind: "typography", points: 1, detail: "quotes, apostrophes or dashes differ" });
  return penalties;
}

/**
 * Tags compared by kind and by where they stand (the token after them, through the alignment). Laid out alike
 * but numbered differently: 1 point (the target is renumbered). Laid out differently: 1 point, plus 1 for each
 * tag (a pair counts once) one side has and the other lacks.
 */
function compareTags(
  q: MatchTag[],
  c: MatchTag[],
  alignment: TokenAlignment,
  queryTokenCount: number,
): { penalty: MatchPenalty | null; sameLayout: boolean } {
  if (q.length === 0 && c.length === 0) return { penalty: null, sameLayout: true };
  const toQuery = alignment.candidateToQuery;
  // Where a candidate position lands in the query: at its aligned token, or before the next aligned one
  const landing = (before: number): number => {
    for (let j = before; j < toQuery.length; j++) if (toQuery[j] >= 0) return toQuery[j];
    return queryTokenCount;
  };
  const sameLayout =
    q.length === c.length && q.every((tag, k) => tag.kind === c[k].kind && landing(c[k].before) === tag.before);
  if (sameLayout) {
    const renumbered = q.some((tag, k) => tag.id !== c[k].id);
    return {
      penalty: renumbered ? { kind: "tags", points: 1, detail: "inline tags numbered differently" } : null,
      sameLayout,
    };
  }
  const units = (tags: MatchTag[]) => tags.filter((tag) => tag.kind !== "close").length;
  const missing = Math.abs(units(q) - units(c));
  return {
    penalty: {
      kind: "tags",
      points: 1 + missing,
      detail: missing ? "inline tags missing or extra" : "inline tags placed differently",
    },
    sameLayout,
  };
}
