// Exact rescoring of the candidates a store's index returned (see find-candidates.ts for what it must return):
// each is scored on the whole sentence, the best come first, and their targets are adapted to the segment.

import { type DiffPart, diffWords } from "@/lib/diff/diff-words";
import { stripPlaceholders } from "@/lib/text/placeholders";
import { type AdaptedTarget, adaptTarget, type TargetAdaptation } from "./adapt-target";
import { compareSegments, type MatchPenalty } from "./score-match";
import { collapseWhitespace } from "./tokenize-for-matching";

/**
 * The segment being translated. `previousSource`/`nextSource` are its neighbours' sources: `null` at the start
 * or end of the post, `undefined` when unknown (then no context match is possible).
 */
export type TmQuery = { sourceText: string; previousSource?: string | null; nextSource?: string | null };

/** What a memory entry must carry to be ranked; any other field (provenance, ids) is passed through. */
export type TmCandidate = {
  sourceText: string;
  targetText: string;
  previousSource?: string | null;
  nextSource?: string | null;
};

export type TmMatch<T extends TmCandidate> = {
  entry: T;
  /** 0–100 (see README.md); 101 for a context match: identical source and identical neighbours. */
  score: number;
  similarity: number;
  penalties: MatchPenalty[];
  contextMatch: boolean;
  /** The entry's target with the segment's numbers and tags put in. */
  target: string;
  adaptations: TargetAdaptation[];
  /** Word diff from the entry's source to the segment's source (tags left out: they are in `penalties`). */
  sourceDiff: DiffPart[];
  /** Other candidates with the same source and target, left out of the list (the first one stands for all). */
  duplicates: number;
};

export type RankOptions = {
  sourceLang: string;
  targetLang: string;
  /** Lowest score shown (a setting); default 70. */
  minScore?: number;
  /** How many matches to return (a setting); default 3. */
  limit?: number;
};

export const DEFAULT_MIN_SCORE = 70;
export const DEFAULT_MATCH_LIMIT = 3;
export const CONTEXT_MATCH_SCORE = 101;

type Scored<T extends TmCandidate> = {
  entry: T;
  order: number;
  compared: NonNullable<ReturnType<typeof compareSegments>>;
  contextMatch: boolean;
  score: number;
  duplicates: number;
};

/**
 * The best matches for `query` among `candidates`, best first: by score, then by similarity before penalties,
 * then in the order the candidates came (give them newest first to prefer recent translations).
 */
export function rankMatches<T extends TmCandidate>(
  query: TmQuery,
  candidates: readonly T[],
  options: RankOptions,
): TmMatch<T>[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const limit = options.limit ?? DEFAULT_MATCH_LIMIT;
  const scored: Scored<T>[] = [];
  const seen = new Map<string, Scored<T>>();
  candidates.forEach((entry, order) => {
    const compared = compareSegments(query.sourceText, entry.sourceText, minScore);
    if (!compared) return;
    const contextMatch = compared.score === 100 && isSameContext(query, entry);
    const key = `${collapseWhitespace(entry.sourceText)}\u0000${collapseWhitespace(entry.targetText)}`;
    const known = seen.get(key);
    if (known) {
      known.duplicates++;
      // A context match among duplicates makes the kept one a context match
      if (contextMatch && !known.contextMatch)
        Object.assign(known, { entry, contextMatch, score: CONTEXT_MATCH_SCORE });
      return;
    }
    const item = {
      entry,
      order,
      compared,
      contextMatch,
      score: contextMatch ? CONTEXT_MATCH_SCORE : compared.score,
      duplicates: 0,
    };
    seen.set(key, item);
    scored.push(item);
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.compared.similarity - a.compared.similarity ||
      penaltyPoints(a.compared.penalties) - penaltyPoints(b.compared.penalties) ||
      a.order - b.order,
  );
  return scored.slice(0, limit).map((item) => {
    const adapted: AdaptedTarget = adaptTarget(item.compared, item.entry.targetText, options);
    return {
      entry: item.entry,
      score: item.score,
      similarity: item.compared.similarity,
      penalties: item.compared.penalties,
      contextMatch: item.contextMatch,
      target: adapted.target,
      adaptations: adapted.adaptations,
      sourceDiff: diffMatchSource(item.entry.sourceText, query.sourceText),
      duplicates: item.duplicates,
    };
  });
}

/** What changed from a match's source to the segment's source, word by word, in the text a reader sees. */
export function diffMatchSource(matchSource: string, querySource: string): DiffPart[] {
  return diffWords(stripPlaceholders(matchSource), stripPlaceholders(querySource));
}

function isSameContext(query: TmQuery, entry: TmCandidate): boolean {
  if (query.previousSource === undefined || query.nextSource === undefined) return false;
  if (entry.previousSource === undefined || entry.nextSource === undefined) return false;
  return sameNeighbour(query.previousSource, entry.previousSource) && sameNeighbour(query.nextSource, entry.nextSource);
}

function sameNeighbour(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return collapseWhitespace(a) === collapseWhitespace(b);
}

function penaltyPoints(penalties: MatchPenalty[]): number {
  return penalties.reduce((sum, penalty) => sum + penalty.points, 0);
}
