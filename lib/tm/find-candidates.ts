// What a store's index must do before rankMatches: return, for one language pair, the top K entries by trigram
// similarity of their index text to the query's index text, among those whose match weight is within
// lengthBounds() (no entry outside them can reach the minimum score). SQLite FTS5 with the trigram tokenizer
// serves buildFtsTrigramQuery(); PostgreSQL's pg_trgm serves similarity() on the same index text, whose
// definition trigramSimilarity() reproduces (for tests, benches and an in-memory store).

import { listTokens, tokenizeForMatching } from "./tokenize-for-matching";

/** How many candidates the store returns for exact rescoring: rescoring 200 takes well under 10 ms. */
export const CANDIDATE_POOL_SIZE = 200;

/**
 * The text to index for retrieval: the words, lower-cased, and every number as "0" (numbers are compared by
 * value later, so "12" must not hide a match on "15"); tags and punctuation left out.
 */
export function indexTextForMatching(source: string): string {
  return listTokens(tokenizeForMatching(source))
    .filter((token) => token.kind !== "punct")
    .map((token) => (token.kind === "number" ? "0" : token.key))
    .join(" ");
}

/** The weighted length the score divides by; the store keeps it beside the index text (see lengthBounds). */
export function matchWeight(source: string): number {
  return tokenizeForMatching(source).weight;
}

/**
 * The weights an entry's source may have and still reach `minScore` against `source`: the distance is at
 * least the difference of the weights, so a score s needs min/max of the two weights ≥ s / 100.
 */
export function lengthBounds(source: string, minScore: number): { min: number; max: number } {
  const weight = matchWeight(source);
  const ratio = Math.min(1, Math.max(0, minScore) / 100);
  return { min: weight * ratio, max: ratio === 0 ? Number.POSITIVE_INFINITY : weight / ratio };
}

/** The trigram set of text as pg_trgm builds it: per alphanumeric word, lower-cased, padded "  word ". */
export function trigramsOf(text: string): Set<string> {
  const trigrams = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const padded = `  ${match[0]} `;
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3));
  }
  return trigrams;
}

/** pg_trgm's similarity(): shared trigrams over all trigrams of either text (0–1). */
export function trigramSimilarity(a: string | Set<string>, b: string | Set<string>): number {
  const first = typeof a === "string" ? trigramsOf(a) : a;
  const second = typeof b === "string" ? trigramsOf(b) : b;
  if (first.size === 0 && second.size === 0) return 0;
  let shared = 0;
  for (const trigram of first) if (second.has(trigram)) shared++;
  return shared / (first.size + second.size - shared);
}

/**
 * An FTS5 MATCH expression for a table using the trigram tokenizer: any of the query's in-word trigrams, at
 * most `maxTerms` of them spread over the text (long sentences would otherwise make hundreds of OR terms).
 * Rank the rows with bm25() and keep the first CANDIDATE_POOL_SIZE. Null when the text has no 3-letter word.
 */
export function buildFtsTrigramQuery(indexText: string, maxTerms = 48): string | null {
  const distinct = new Set<string>();
  for (const word of indexText.split(" ")) {
    for (let i = 0; i + 3 <= word.length; i++) distinct.add(word.slice(i, i + 3));
  }
  if (distinct.size === 0) return null;
  const all = [...distinct];
  const step = all.length / Math.min(maxTerms, all.length);
  const chosen: string[] = [];
  for (let k = 0; k < all.length && chosen.length < maxTerms; k++) {
    const pick = all[Math.floor(k * step)];
    if (pick !== undefined && !chosen.includes(pick)) chosen.push(pick);
  }
  return chosen.map((trigram) => `"${trigram.replace(/"/g, '""')}"`).join(" OR ");
}

/** An entry as the store indexes it; `trigrams` may hold trigramsOf(indexText), computed once. */
export type IndexedEntry = { indexText: string; matchWeight: number; trigrams?: Set<string> };

/**
 * The store's contract as a plain function (an in-memory store, and the reference the SQL engines are tested
 * against): the `limit` entries within the length bounds with the highest trigram similarity, best first.
 */
export function selectCandidates<T extends IndexedEntry>(
  source: string,
  entries: Iterable<T>,
  options: { minScore: number; limit?: number },
): T[] {
  const limit = options.limit ?? CANDIDATE_POOL_SIZE;
  const bounds = lengthBounds(source, options.minScore);
  const wanted = trigramsOf(indexTextForMatching(source));
  const scored: { entry: T; similarity: number; order: number }[] = [];
  let order = 0;
  for (const entry of entries) {
    order++;
    if (entry.matchWeight < bounds.min - 1e-9 || entry.matchWeight > bounds.max + 1e-9) continue;
    const similarity = trigramSimilarity(wanted, entry.trigrams ?? trigramsOf(entry.indexText));
    if (similarity > 0) scored.push({ entry, similarity, order });
  }
  scored.sort((a, b) => b.similarity - a.similarity || a.order - b.order);
  return scored.slice(0, limit).map((item) => item.entry);
}
