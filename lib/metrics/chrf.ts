// chrF (Popović 2015) and chrF++ (Popović 2017) exactly as sacreBLEU 2.6.0 computes them (sacrebleu/metrics/chrf.py,
// sacrebleu/metrics/helpers.py). Defaults are sacreBLEU's: character n-grams up to 6, no word n-grams, β = 2, case
// kept, whitespace removed before counting, and "effective order" rather than ε smoothing: an n-gram order that one
// side is too short to have is left out of the averages instead of counting as zero. Characters are Unicode code
// points, as Python counts them, not UTF-16 units. A corpus figure adds the per-segment counts, then scores them.

import { removeWhitespaceLikePython, splitLikePython } from "./python-text";

export type ChrfOptions = {
  /** Character n-gram order (sacreBLEU `char_order`, default 6). */
  charOrder?: number;
  /** Word n-gram order (default 0; 2 makes chrF++). */
  wordOrder?: number;
  /** Weight of recall over precision (default 2). */
  beta?: number;
  /** Lowercase both sides first (default false). */
  lowercase?: boolean;
  /** Keep whitespace inside character n-grams (default false). */
  whitespace?: boolean;
  /** ε smoothing as chrF++.py, Moses and NLTK do, instead of effective order (default false). */
  epsSmoothing?: boolean;
};

/** A chrF figure (0–100, as sacreBLEU prints it) with the counts it was made of. */
export type ChrfResult = { score: number; statistics: number[] };

type ResolvedOptions = Required<ChrfOptions>;

// string.punctuation, which chrF++'s word splitter detaches from the ends of words
const PUNCTUATION = new Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

function resolve(options: ChrfOptions): ResolvedOptions {
  return {
    charOrder: options.charOrder ?? 6,
    wordOrder: options.wordOrder ?? 0,
    beta: options.beta ?? 2,
    lowercase: options.lowercase ?? false,
    whitespace: options.whitespace ?? false,
    epsSmoothing: options.epsSmoothing ?? false,
  };
}

/** The text cut into code points; plain strings when no character needs two UTF-16 units (the common case). */
function toCharacters(text: string): string | string[] {
  return /[\uD800-\uDFFF]/.test(text) ? Array.from(text) : text;
}

function gramOf(characters: string | string[], start: number, n: number): string {
  return typeof characters === "string"
    ? characters.slice(start, start + n)
    : characters.slice(start, start + n).join("");
}

/** [hypothesis n-grams, reference n-grams, matches] for one order; hypothesis n-grams count only if the reference has some. */
function matchCounts(hypothesisGrams: string[], referenceGrams: string[]): [number, number, number] {
  if (referenceGrams.length === 0) return [0, 0, 0];
  const remaining = new Map<string, number>();
  for (const gram of referenceGrams) remaining.set(gram, (remaining.get(gram) ?? 0) + 1);
  let matches = 0;
  for (const gram of hypothesisGrams) {
    const left = remaining.get(gram);
    if (left !== undefined && left > 0) {
      matches++;
      remaining.set(gram, left - 1);
    }
  }
  return [hypothesisGrams.length, referenceGrams.length, matches];
}

function characterGrams(characters: string | string[], n: number): string[] {
  const grams: string[] = [];
  for (let start = 0; start + n <= characters.length; start++) grams.push(gramOf(characters, start, n));
  return grams;
}

/** chrF++'s primitive word splitting: one punctuation mark detached from the end, or else the start, of a word. */
function splitWordsForChrf(sentence: string): string[] {
  const words: string[] = [];
  for (const word of splitLikePython(sentence)) {
    const characters = Array.from(word);
    if (characters.length === 1) words.push(word);
    else if (PUNCTUATION.has(characters[characters.length - 1])) {
      words.push(characters.slice(0, -1).join(""), characters[characters.length - 1]);
    } else if (PUNCTUATION.has(characters[0])) {
      words.push(characters[0], characters.slice(1).join(""));
    } else words.push(word);
  }
  return words;
}

function wordGrams(words: string[], n: number): string[] {
  const grams: string[] = [];
  for (let start = 0; start + n <= words.length; start++) grams.push(words.slice(start, start + n).join(" "));
  return grams;
}

function countWithResolved(hypothesis: string, reference: string, options: ResolvedOptions): number[] {
  const hypothesisText = options.lowercase ? hypothesis.toLowerCase() : hypothesis;
  const referenceText = options.lowercase ? reference.toLowerCase() : reference;
  const hypothesisCharacters = toCharacters(
    options.whitespace ? hypothesisText : removeWhitespaceLikePython(hypothesisText),
  );
  const referenceCharacters = toCharacters(
    options.whitespace ? referenceText : removeWhitespaceLikePython(referenceText),
  );
  const statistics: number[] = [];
  const identical =
    typeof hypothesisCharacters === "string"
      ? hypothesisCharacters === referenceCharacters
      : hypothesisText === referenceText;
  for (let n = 1; n <= options.charOrder; n++) {
    if (identical) {
      // an untouched segment: every n-gram matches itself
      const grams = Math.max(0, hypothesisCharacters.length - n + 1);
      statistics.push(grams, grams, grams);
    } else {
      statistics.push(...matchCounts(characterGrams(hypothesisCharacters, n), characterGrams(referenceCharacters, n)));
    }
  }
  if (options.wordOrder > 0) {
    const hypothesisWords = splitWordsForChrf(hypothesisText);
    const referenceWords = splitWordsForChrf(referenceText);
    for (let n = 1; n <= options.wordOrder; n++) {
      statistics.push(...matchCounts(wordGrams(hypothesisWords, n), wordGrams(referenceWords, n)));
    }
  }
  return statistics;
}

/**
 * The counts chrF is computed from: for each character order 1..charOrder, then each word order 1..wordOrder,
 * three integers [hypothesis n-grams, reference n-grams, matching n-grams]. Store these to add segments up later.
 */
export function countChrfStatistics(hypothesis: string, reference: string, options: ChrfOptions = {}): number[] {
  return countWithResolved(hypothesis, reference, resolve(options));
}

/** The chrF score (0–100) of counts from countChrfStatistics or sumChrfStatistics (sacreBLEU's _compute_f_score). */
export function scoreChrfStatistics(statistics: readonly number[], options: ChrfOptions = {}): number {
  const { charOrder, wordOrder, beta, epsSmoothing } = resolve(options);
  const order = charOrder + wordOrder;
  if (statistics.length !== 3 * order) {
    throw new RangeError(`chrF: expected ${3 * order} counts for order ${order}, got ${statistics.length}`);
  }
  const eps = 1e-16;
  const factor = beta ** 2;
  let score = 0;
  let effectiveOrder = 0;
  let averagePrecision = 0;
  let averageRecall = 0;
  for (let i = 0; i < order; i++) {
    const hypothesisCount = statistics[3 * i];
    const referenceCount = statistics[3 * i + 1];
    const matches = statistics[3 * i + 2];
    const precision = hypothesisCount > 0 ? matches / hypothesisCount : eps;
    const recall = referenceCount > 0 ? matches / referenceCount : eps;
    const denominator = factor * precision + recall;
    score += denominator > 0 ? ((1 + factor) * precision * recall) / denominator : eps;
    if (hypothesisCount > 0 && referenceCount > 0) {
      averagePrecision += precision;
      averageRecall += recall;
      effectiveOrder++;
    }
  }
  if (epsSmoothing) return (100 * score) / order;
  if (effectiveOrder === 0) return 0;
  averagePrecision /= effectiveOrder;
  averageRecall /= effectiveOrder;
  if (averagePrecision + averageRecall === 0) return 0;
  // the same operations in the same order as sacreBLEU, so that the figures agree to the last digit
  const fScore = ((1 + factor) * averagePrecision * averageRecall) / (factor * averagePrecision + averageRecall);
  return 100 * fScore;
}

/** Element-wise sum of chrF counts (all made with the same orders). */
export function sumChrfStatistics(all: Iterable<readonly number[]>): number[] {
  let total: number[] | null = null;
  for (const statistics of all) {
    if (total === null) total = [...statistics];
    else {
      if (statistics.length !== total.length) throw new RangeError("chrF: counts of different orders cannot be added");
      for (let k = 0; k < total.length; k++) total[k] += statistics[k];
    }
  }
  return total ?? [];
}

/** sacreBLEU's `CHRF().sentence_score(hypothesis, [reference])`. */
export function measureSentenceChrf(hypothesis: string, reference: string, options: ChrfOptions = {}): ChrfResult {
  const statistics = countChrfStatistics(hypothesis, reference, options);
  return { score: scoreChrfStatistics(statistics, options), statistics };
}

/** sacreBLEU's `CHRF().corpus_score(hypotheses, [references])`: counts summed over segments, then scored. */
export function measureCorpusChrf(
  hypotheses: readonly string[],
  references: readonly string[],
  options: ChrfOptions = {},
): ChrfResult {
  if (hypotheses.length !== references.length) {
    throw new RangeError(`chrF: ${hypotheses.length} hypotheses but ${references.length} references`);
  }
  const resolved = resolve(options);
  const statistics =
    hypotheses.length === 0
      ? new Array(3 * (resolved.charOrder + resolved.wordOrder)).fill(0)
      : sumChrfStatistics(hypotheses.map((h, k) => countWithResolved(h, references[k], resolved)));
  return { score: scoreChrfStatistics(statistics, options), statistics };
}
