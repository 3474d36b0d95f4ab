// Coordinate search over the aligner's general cost parameters on the gold set.
// Prints the F1 for each tried value so the choice (and its flatness) can be judged.
// Run: npx tsx bench/align-tune.ts ['{"skipCost":3}' [skipCost,mergeCost]] [--no-lexicon]
// --no-lexicon tunes ALIGN_PARAMS_WITHOUT_LEXICON (language pairs the core lexicon does not cover).
import {
  ALIGN_PARAMS_WITHOUT_LEXICON,
  type AlignParams,
  alignUnitsWithParams,
  DEFAULT_ALIGN_PARAMS,
} from "../lib/align/align-units";
import { scoreBeads, summarizeCounts } from "../lib/align/score-beads";
import { type GoldPair, loadGoldSet } from "./align-gold/read-gold";
import { generatePerturbedSet } from "./align-perturb";

const GRID: Partial<Record<keyof AlignParams, number[]>> = {
  skipCost: [1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6],
  mergeCost: [1, 1.5, 2, 2.5, 3.1, 3.5, 4, 5],
  lengthVariance: [2, 3, 4, 5, 6.8, 9, 12, 16],
  similarityWeight: [5, 8, 10, 15, 20, 30, 40, 60],
  similarityBaseline: [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5],
  similaritySmoothing: [1, 2, 4, 6, 8, 12],
  duplicateSkipFactor: [0.1, 0.3, 0.5, 1],
};

export function evaluateParams(
  pairs: GoldPair[],
  params: AlignParams,
  useLexicon = true,
): { mt: number; literary: number } {
  const totals = { mt: [0, 0, 0], literary: [0, 0, 0] };
  for (const pair of pairs) {
    const options = { srcLang: pair.srcLang, tgtLang: pair.tgtLang, useLexicon };
    const beads = alignUnitsWithParams(pair.src, pair.tgt, options, params);
    const score = scoreBeads(beads, pair.gold);
    const t = totals[pair.kind];
    t[0] += score.correct;
    t[1] += score.predicted;
    t[2] += score.gold;
  }
  return {
    mt: summarizeCounts(totals.mt[0], totals.mt[1], totals.mt[2]).f1,
    literary: summarizeCounts(totals.literary[0], totals.literary[1], totals.literary[2]).f1,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Tune on perturbed variants (many more beads) of the pairs that are not held out; the hand gold is reported
  // alongside, and the held-out pairs apart (they must not steer the choice).
  const all = loadGoldSet();
  const gold = all.filter((pair) => !pair.heldOut);
  const heldOut = all.filter((pair) => pair.heldOut);
  const pairs = generatePerturbedSet(gold, 5, 20240601);
  const useLexicon = !process.argv.includes("--no-lexicon");
  const positional = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  const start = useLexicon ? DEFAULT_ALIGN_PARAMS : ALIGN_PARAMS_WITHOUT_LEXICON;
  let params: AlignParams = { ...start, ...JSON.parse(positional[0] ?? "{}") };
  const only = positional[1]?.split(",");
  const objective = (p: AlignParams) => {
    const f = evaluateParams(pairs, p, useLexicon);
    return { ...f, mean: (f.mt + f.literary) / 2 };
  };
  const report = (p: AlignParams) => {
    const f = evaluateParams(gold, p, useLexicon);
    const h = evaluateParams(heldOut, p, useLexicon);
    return `gold mt ${f.mt.toFixed(3)} literary ${f.literary.toFixed(3)}; held out mt ${h.mt.toFixed(3)} literary ${h.literary.toFixed(3)}`;
  };
  let best = objective(params);
  console.log("start", best);
  for (let round = 0; round < 3; round++) {
    let improved = false;
    for (const [key, values] of Object.entries(GRID) as Array<[keyof AlignParams, number[]]>) {
      if (only && !only.includes(key)) continue;
      const line: string[] = [];
      for (const value of values) {
        const trial = { ...params, [key]: value };
        const score = objective(trial);
        line.push(`${value}:${score.mean.toFixed(3)}`);
        if (score.mean > best.mean + 1e-9) {
          best = score;
          params = trial;
          improved = true;
        }
      }
      console.log(`${key} -> ${params[key]}   ${line.join(" ")}   (${report(params)})`);
    }
    console.log(`round ${round}`, best, params);
    if (!improved) break;
  }
}
