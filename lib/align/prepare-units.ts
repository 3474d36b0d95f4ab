import { ANCHOR_KIND_WEIGHTS, visitAnchors, type WordLexicon } from "./extract-anchors";
import { measureLength } from "./length-cost";
import { lookUpWordLexicons } from "./word-lexicon";

// Flat, typed-array view of both sides so the aligner's inner loop allocates nothing.
export type PreparedSide = {
  count: number;
  lengths: Float64Array;
  // tokens of unit k are tokens[tokenStart[k] .. tokenStart[k + 1])
  tokenStart: Int32Array;
  tokens: Int32Array;
  // total weight of the unit's tokens, i.e. what a perfect counterpart would match
  tokenWeight: Float64Array;
};

export type PreparedPair = {
  src: PreparedSide;
  tgt: PreparedSide;
  // weight of each token id
  weights: Float64Array;
  vocabularySize: number;
};

export function prepareUnits(
  src: readonly string[],
  tgt: readonly string[],
  srcLang?: string,
  tgtLang?: string,
  useLexicon = true,
): PreparedPair {
  const ids = new Map<string, number>();
  const kindWeights: number[] = [];
  const lexicons = useLexicon ? lookUpWordLexicons(srcLang, tgtLang) : null;
  const srcIds = src.map((text) => internAnchors(text, srcLang, lexicons?.src, ids, kindWeights));
  const tgtIds = tgt.map((text) => internAnchors(text, tgtLang, lexicons?.tgt, ids, kindWeights));
  const size = kindWeights.length;
  const srcDf = countDocumentFrequency(srcIds, size);
  const tgtDf = countDocumentFrequency(tgtIds, size);

  // Only anchors present on both sides can ever match; the rest (function words, German
  // noun capitals, untranslatable names) would only add noise to the similarity.
  const units = Math.max(src.length, tgt.length);
  const weights = new Float64Array(size);
  for (let id = 0; id < size; id++) {
    if (srcDf[id] === 0 || tgtDf[id] === 0) continue;
    // Anchors repeated all over the document ("police" in a post about police) say little.
    const df = Math.max(srcDf[id], tgtDf[id]);
    weights[id] = (kindWeights[id] * Math.log(1 + units / df)) / Math.log(1 + units);
  }
  return {
    src: packSide(src, srcIds, weights),
    tgt: packSide(tgt, tgtIds, weights),
    weights,
    vocabularySize: size,
  };
}

function internAnchors(
  text: string,
  lang: string | undefined,
  lexicon: WordLexicon | undefined,
  ids: Map<string, number>,
  kindWeights: number[],
): number[] {
  const out: number[] = [];
  visitAnchors(
    text,
    (kind, key) => {
      let id = ids.get(key);
      if (id === undefined) {
        id = kindWeights.length;
        ids.set(key, id);
        kindWeights.push(ANCHOR_KIND_WEIGHTS[kind]);
      }
      out.push(id);
    },
    lang,
    lexicon,
  );
  return out;
}

function countDocumentFrequency(units: number[][], size: number): Int32Array {
  const df = new Int32Array(size);
  const lastSeen = new Int32Array(size).fill(-1);
  units.forEach((ids, unit) => {
    for (const id of ids) {
      if (lastSeen[id] === unit) continue;
      lastSeen[id] = unit;
      df[id]++;
    }
  });
  return df;
}

function packSide(texts: readonly string[], ids: number[][], weights: Float64Array): PreparedSide {
  const count = texts.length;
  const lengths = new Float64Array(count);
  const tokenStart = new Int32Array(count + 1);
  const tokenWeight = new Float64Array(count);
  const kept: number[] = [];
  for (let k = 0; k < count; k++) {
    lengths[k] = Math.max(1, measureLength(texts[k]));
    tokenStart[k] = kept.length;
    for (const id of ids[k]) {
      if (weights[id] <= 0) continue;
      kept.push(id);
      tokenWeight[k] += weights[id];
    }
  }
  tokenStart[count] = kept.length;
  return { count, lengths, tokenStart, tokens: Int32Array.from(kept), tokenWeight };
}
