// Knobs of the aligner's cost model. Costs are in nats (about -log probability).
export type AlignParams = {
  // Gale-Church variance of target length per source character
  lengthVariance: number;
  // cost of leaving one unit unpaired (1-0 or 0-1) ...
  skipCost: number;
  // ... plus this once for each run of unpaired units on one side (an omitted passage is one run)
  gapOpenCost: number;
  // factor on skipCost for a unit repeating a nearby unit of its side (a title printed twice)
  duplicateSkipFactor: number;
  // cost per unit beyond 1-1 in a bead (2-1 pays once, 2-2 and 3-1 twice)
  mergeCost: number;
  // reward for anchor agreement: -similarityWeight * (dice - similarityBaseline)
  similarityWeight: number;
  similarityBaseline: number;
  // pseudo-weight pulling the dice of anchor-poor beads towards the baseline
  similaritySmoothing: number;
  // softness of the posterior used for confidences: above 1 because wrong beads are often confident. 2 was
  // chosen on the tuning parts (perturbed gold, the books of bench/align-long.ts, and the Romanian and Dutch
  // long gold): on the long gold the editor's flag (< 0.5) then catches 33 of 46 wrong beads flagging 5% of
  // beads (1.5: 24 of 46 flagging 3%; 2.5: 38 of 46 but flagging 13%)
  temperature: number;
  // half-width, in target units, of the band searched around the anchor guide (long texts)
  bandHalfWidth: number;
};

// Chosen with bench/align-tune.ts on perturbed copies of the gold pairs that are not held out (see
// bench/align-gold/README.md), with the core lexicon: everyday words make anchor agreement the main signal,
// so it weighs twice what it did without, and lengths (variance 9) and unpaired units (2.5) matter less.
// Unpaired units: a lone one costs what it did (skipCost + gapOpenCost = 2.5 here, 4.5 without the lexicon),
// each further unit of the same run less; the split between the two was chosen on the tuning books of
// bench/align-long.ts (bead F1 0.952 -> 0.960, perturbed gold unchanged), where passages of 50-300 sentences
// are missing: a run cut in pieces now pays for each piece, so chance pairings inside it stop paying off.
export const DEFAULT_ALIGN_PARAMS: AlignParams = {
  lengthVariance: 9,
  skipCost: 1.5,
  gapOpenCost: 1,
  duplicateSkipFactor: 0.3,
  mergeCost: 2,
  similarityWeight: 30,
  similarityBaseline: 0.3,
  similaritySmoothing: 4,
  temperature: 2,
  bandHalfWidth: 6,
};

// For language pairs the core lexicon does not cover (word-lexicon.ts): anchors are only numbers, names,
// tags, punctuation and cognates, and lengths must carry more of the decision. Tuned the same way without it.
export const ALIGN_PARAMS_WITHOUT_LEXICON: AlignParams = {
  lengthVariance: 5,
  skipCost: 3,
  gapOpenCost: 1.5,
  duplicateSkipFactor: 0.3,
  mergeCost: 3.1,
  similarityWeight: 15,
  similarityBaseline: 0.1,
  similaritySmoothing: 2,
  temperature: 2,
  bandHalfWidth: 6,
};
