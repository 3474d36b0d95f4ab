// Knobs of the aligner's cost model. Costs are in nats (about -log probability).
export type AlignParams = {
  // Gale-Church variance of target length per source character
  lengthVariance: number;
  // cost of leaving one unit unpaired (1-0 or 0-1)
  skipCost: number;
  // factor on skipCost for a unit repeating a nearby unit of its side (a title printed twice)
  duplicateSkipFactor: number;
  // cost per unit beyond 1-1 in a bead (2-1 pays once, 2-2 and 3-1 twice)
  mergeCost: number;
  // reward for anchor agreement: -similarityWeight * (dice - similarityBaseline)
  similarityWeight: number;
  similarityBaseline: number;
  // pseudo-weight pulling the dice of anchor-poor beads towards the baseline
  similaritySmoothing: number;
  // softness of the posterior used for confidences
  temperature: number;
  // half-width, in target units, of the band searched around the anchor guide (long texts)
  bandHalfWidth: number;
};

// Chosen with bench/align-tune.ts on perturbed copies of the gold set (see bench/align-gold/README.md).
export const DEFAULT_ALIGN_PARAMS: AlignParams = {
  lengthVariance: 5,
  skipCost: 4.5,
  duplicateSkipFactor: 0.3,
  mergeCost: 3.1,
  similarityWeight: 15,
  similarityBaseline: 0.1,
  similaritySmoothing: 2,
  temperature: 1,
  bandHalfWidth: 6,
};
