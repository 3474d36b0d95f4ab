import type { Bead } from "./align-units";
import { ANCHOR_KIND_WEIGHTS, type AnchorKind, extractAnchors } from "./extract-anchors";
import { measureLength } from "./length-cost";
import { lookUpWordLexicons } from "./word-lexicon";

export type PairLanguages = { srcLang?: string; tgtLang?: string };

export type PairAgreement = {
  // share of characters (both sides) inside beads that pair something with something
  pairedShare: number;
  // weighted anchor agreement inside beads (Dice over all anchors of both texts), 0..1
  anchorAgreement: number;
  // source numbers, URLs, tags and names found in their bead's target / how many there are
  hardAnchorsFound: number;
  hardAnchors: number;
  // character-weighted mean bead confidence
  meanConfidence: number;
  // target characters per source character
  lengthRatio: number;
};

// Below these, source and MT are taken not to belong together. Calibrated on the gold set
// (bench/align-accuracy.ts prints them): without the lexicon, real pairs have anchor agreement
// 0.14-0.40 and cross pairings of unrelated gold texts (same topics, same languages) <= 0.04.
const MIN_PAIRED_SHARE = 0.5;
const MIN_ANCHOR_AGREEMENT = 0.08;
// With the core lexicon (English and de/es/fr/it/pt), everyday words agree too: real pairs of the gold set
// have 0.27-0.46, cross pairings <= 0.11.
const MIN_ANCHOR_AGREEMENT_WITH_LEXICON = 0.18;
const MIN_HARD_ANCHOR_SHARE = 0.15;
const MIN_HARD_ANCHORS_TO_JUDGE = 4;
// Texts this anchor-poor (a sentence or two) are not judged on agreement at all.
const MIN_ANCHOR_WEIGHT_TO_JUDGE = 20;
const MIN_MEAN_CONFIDENCE = 0.4;
const LENGTH_RATIO_RANGE: [number, number] = [0.4, 2.5];
const HARD_KINDS: ReadonlySet<AnchorKind> = new Set(["number", "url", "placeholder", "name"]);

export function checkTranslationPair(
  src: string[],
  tgt: string[],
  beads: Bead[],
  languages: PairLanguages = {},
): { ok: true } | { ok: false; reason: string } {
  if (!src.some((text) => text.trim() !== "")) return { ok: false, reason: "the source text is empty" };
  if (!tgt.some((text) => text.trim() !== "")) return { ok: false, reason: "the target text is empty" };
  const coverage = describeCoverageProblem(src.length, tgt.length, beads);
  if (coverage) return { ok: false, reason: coverage };

  const a = measurePairAgreement(src, tgt, beads, languages);
  const percent = (x: number) => `${Math.round(x * 100)}%`;
  if (a.lengthRatio < LENGTH_RATIO_RANGE[0] || a.lengthRatio > LENGTH_RATIO_RANGE[1]) {
    return {
      ok: false,
      reason: `the target is ${a.lengthRatio.toFixed(2)} times as long as the source: it does not look like its translation`,
    };
  }
  if (a.pairedShare < MIN_PAIRED_SHARE) {
    return {
      ok: false,
      reason: `only ${percent(a.pairedShare)} of the text could be paired with the other side: source and target do not match`,
    };
  }
  if (a.hardAnchors >= MIN_HARD_ANCHORS_TO_JUDGE && a.hardAnchorsFound / a.hardAnchors < MIN_HARD_ANCHOR_SHARE) {
    return {
      ok: false,
      reason: `only ${a.hardAnchorsFound} of the ${a.hardAnchors} numbers, names and links of the source appear in the matching target segments: source and target do not match`,
    };
  }
  const minAgreement =
    lookUpWordLexicons(languages.srcLang, languages.tgtLang) === null
      ? MIN_ANCHOR_AGREEMENT
      : MIN_ANCHOR_AGREEMENT_WITH_LEXICON;
  if (a.anchorAgreement < minAgreement) {
    return {
      ok: false,
      reason: `source and target segments share almost no words, numbers or names (agreement ${percent(a.anchorAgreement)}, need ${percent(minAgreement)}): source and target do not match`,
    };
  }
  if (a.meanConfidence < MIN_MEAN_CONFIDENCE) {
    return {
      ok: false,
      reason: `the alignment is too uncertain (mean confidence ${a.meanConfidence.toFixed(2)}, need ${MIN_MEAN_CONFIDENCE}): source and target do not match`,
    };
  }
  return { ok: true };
}

// With the languages, spelled-out numbers, dates and the core lexicon's words count as anchors too.
export function measurePairAgreement(
  src: string[],
  tgt: string[],
  beads: Bead[],
  languages: PairLanguages = {},
): PairAgreement {
  const lexicons = lookUpWordLexicons(languages.srcLang, languages.tgtLang);
  const srcAnchors = src.map((text) => extractAnchors(text, languages.srcLang, lexicons?.src));
  const tgtAnchors = tgt.map((text) => extractAnchors(text, languages.tgtLang, lexicons?.tgt));
  const srcLengths = src.map(measureLength);
  const tgtLengths = tgt.map(measureLength);
  let pairedChars = 0;
  let totalChars = 0;
  let matchedWeight = 0;
  let totalWeight = 0;
  let hardAnchors = 0;
  let hardAnchorsFound = 0;
  let confidenceSum = 0;
  for (const bead of beads) {
    const chars =
      bead.src.reduce((sum, i) => sum + srcLengths[i], 0) + bead.tgt.reduce((sum, j) => sum + tgtLengths[j], 0);
    totalChars += chars;
    confidenceSum += chars * bead.confidence;
    const counts = new Map<string, number>();
    for (const i of bead.src) {
      for (const anchor of srcAnchors[i]) {
        totalWeight += ANCHOR_KIND_WEIGHTS[anchor.kind];
        counts.set(anchor.key, (counts.get(anchor.key) ?? 0) + 1);
        if (HARD_KINDS.has(anchor.kind)) hardAnchors++;
      }
    }
    const targetKeys = new Set<string>();
    for (const j of bead.tgt) {
      for (const anchor of tgtAnchors[j]) {
        totalWeight += ANCHOR_KIND_WEIGHTS[anchor.kind];
        targetKeys.add(anchor.key);
        const left = counts.get(anchor.key) ?? 0;
        if (left > 0) {
          counts.set(anchor.key, left - 1);
          matchedWeight += 2 * ANCHOR_KIND_WEIGHTS[anchor.kind];
        }
      }
    }
    if (bead.src.length > 0 && bead.tgt.length > 0) pairedChars += chars;
    for (const i of bead.src) {
      for (const anchor of srcAnchors[i]) {
        if (HARD_KINDS.has(anchor.kind) && targetKeys.has(anchor.key)) hardAnchorsFound++;
      }
    }
  }
  const srcChars = srcLengths.reduce((sum, x) => sum + x, 0);
  const tgtChars = tgtLengths.reduce((sum, x) => sum + x, 0);
  return {
    pairedShare: totalChars === 0 ? 0 : pairedChars / totalChars,
    anchorAgreement: totalWeight < MIN_ANCHOR_WEIGHT_TO_JUDGE ? 1 : matchedWeight / totalWeight,
    hardAnchorsFound,
    hardAnchors,
    meanConfidence: totalChars === 0 ? 1 : confidenceSum / totalChars,
    lengthRatio: srcChars === 0 ? Number.POSITIVE_INFINITY : tgtChars / srcChars,
  };
}

function describeCoverageProblem(n: number, m: number, beads: Bead[]): string | null {
  let i = 0;
  let j = 0;
  for (const bead of beads) {
    for (const index of bead.src) if (index !== i++) return "the alignment does not cover the source units in order";
    for (const index of bead.tgt) if (index !== j++) return "the alignment does not cover the target units in order";
  }
  if (i !== n || j !== m) return `the alignment covers ${i} of ${n} source and ${j} of ${m} target units`;
  return null;
}
