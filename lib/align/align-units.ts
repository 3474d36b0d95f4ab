import { ALIGN_PARAMS_WITHOUT_LEXICON, type AlignParams, DEFAULT_ALIGN_PARAMS } from "./align-params";
import { traceAnchorGuide } from "./anchor-guide";
import { attachConfidences } from "./bead-posteriors";
import { chooseBlockSize, traceCoarseCorridor } from "./coarse-corridor";
import { confirmGuessedLanguage } from "./confirm-language";
import { buildCostModel, type CostModel, scoreBeadsEndingAt } from "./cost-model";
import { fillLattice, traceBestPath } from "./fill-lattice";
import { guessLanguage } from "./guess-language";
import { estimateLengthRatio } from "./length-cost";
import { normalizeLanguage } from "./number-words";
import { prepareUnits } from "./prepare-units";
import { type Band, computeBandAroundGuide, computeFullBand, touchesBandEdge } from "./search-band";
import { lookUpWordLexicons } from "./word-lexicon";

export type Bead = { src: number[]; tgt: number[]; confidence: number }; // contiguous ascending indices; one side may be empty (1-0 / 0-1)
// useLexicon: false leaves out the core bilingual lexicon (for comparisons in the benches)
export type AlignOptions = { srcLang?: string; tgtLang?: string; maxBeadSize?: number; useLexicon?: boolean };
export { ALIGN_PARAMS_WITHOUT_LEXICON, type AlignParams, DEFAULT_ALIGN_PARAMS };

const DEFAULT_MAX_BEAD_SIZE = 3;
const MAX_BEAD_SIZE_LIMIT = 8;
// Up to this many lattice cells the whole lattice is searched; beyond, a banded search.
const FULL_LATTICE_CELLS = 90_000;
// Widest band searched (cells) before giving up on widening.
const MAX_BAND_CELLS = 600_000;
// A path this close to a band edge may have been cut off by it: widen and redo.
const BAND_EDGE_MARGIN = 2;

// Aligns source and target units (sentences or blocks) into n:m beads covering both sides
// in order. Cost of a bead = shape prior + Gale-Church length cost - anchor agreement
// (numbers, names, URLs, tags, punctuation, cognate stems, and everyday words through the core
// bilingual lexicon when English is on one side; see extract-anchors.ts, word-lexicon.ts); the
// cheapest path is found by dynamic programming, in a band around an anchor guide for long
// texts. A bead's confidence is its posterior probability given that the texts ARE parallel;
// whether they are is checkTranslationPair's question. Languages missing from `opts` are
// guessed (they choose the lexicon, spelled-out numbers and the length-ratio prior).
export function alignUnits(src: string[], tgt: string[], opts: AlignOptions = {}): Bead[] {
  const languages = resolveLanguages(src, tgt, opts);
  const withLexicon = opts.useLexicon !== false && lookUpWordLexicons(languages.srcLang, languages.tgtLang) !== null;
  const params = withLexicon ? DEFAULT_ALIGN_PARAMS : ALIGN_PARAMS_WITHOUT_LEXICON;
  return alignWithLanguages(src, tgt, opts, languages, params);
}

export function alignUnitsWithParams(
  src: readonly string[],
  tgt: readonly string[],
  opts: AlignOptions,
  params: AlignParams,
): Bead[] {
  return alignWithLanguages(src, tgt, opts, resolveLanguages(src, tgt, opts), params);
}

type Languages = { srcLang: string | undefined; tgtLang: string | undefined };

function resolveLanguages(src: readonly string[], tgt: readonly string[], opts: AlignOptions): Languages {
  return {
    srcLang: normalizeLanguage(opts.srcLang) ?? confirmGuessedLanguage(src, guessLanguage(src)),
    tgtLang: normalizeLanguage(opts.tgtLang) ?? confirmGuessedLanguage(tgt, guessLanguage(tgt)),
  };
}

function alignWithLanguages(
  src: readonly string[],
  tgt: readonly string[],
  opts: AlignOptions,
  { srcLang, tgtLang }: Languages,
  params: AlignParams,
): Bead[] {
  const n = src.length;
  const m = tgt.length;
  if (n === 0 || m === 0) return buildNullBeads(n, m);
  const maxBead = clampBeadSize(opts.maxBeadSize);
  const prepared = prepareUnits(src, tgt, srcLang, tgtLang, opts.useLexicon !== false);
  const ratio = estimateLengthRatio(sumOf(prepared.src.lengths), sumOf(prepared.tgt.lengths), srcLang, tgtLang);
  const model = buildCostModel(src, tgt, prepared, ratio, maxBead, params);

  if ((n + 1) * (m + 1) <= FULL_LATTICE_CELLS) return searchBand(model, computeFullBand(n, m));
  // Long texts: anchors found once on each side sketch the path, then the full model
  // searches a narrow band around it, widening whenever its path touches the edge.
  const corridor = traceCoarseCorridor(prepared, chooseBlockSize(n, m));
  const guide = traceAnchorGuide(prepared, corridor);
  // Texts that are not translations of each other make the path wander: the band stops
  // growing at a cell budget, so such input still gets a (poor) answer quickly.
  for (let halfWidth = Math.max(params.bandHalfWidth, maxBead + 1); ; halfWidth *= 2) {
    let band = computeBandAroundGuide(n, m, guide, halfWidth);
    // a band covering half the lattice (few anchors, or texts that do not match) might as well cover it all
    const whole = band.cells * 2 >= (n + 1) * (m + 1) && (n + 1) * (m + 1) <= MAX_BAND_CELLS;
    if (whole) band = computeFullBand(n, m);
    const lattice = fillLattice(model, band, scoreBeadsEndingAt, true);
    const path = traceBestPath(lattice, model);
    const atLimit = whole || halfWidth >= Math.max(n, m) || band.cells * 2 > MAX_BAND_CELLS;
    if (atLimit || !touchesBandEdge(path, band, BAND_EDGE_MARGIN)) return attachConfidences(path, lattice, model);
  }
}

function searchBand(model: CostModel, band: Band): Bead[] {
  const lattice = fillLattice(model, band, scoreBeadsEndingAt, true);
  return attachConfidences(traceBestPath(lattice, model), lattice, model);
}

function clampBeadSize(size: number | undefined): number {
  if (size === undefined || !Number.isFinite(size)) return DEFAULT_MAX_BEAD_SIZE;
  return Math.min(MAX_BEAD_SIZE_LIMIT, Math.max(1, Math.floor(size)));
}

function sumOf(values: Float64Array): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function buildNullBeads(n: number, m: number): Bead[] {
  const beads: Bead[] = [];
  for (let i = 0; i < n; i++) beads.push({ src: [i], tgt: [], confidence: 1 });
  for (let j = 0; j < m; j++) beads.push({ src: [], tgt: [j], confidence: 1 });
  return beads;
}
