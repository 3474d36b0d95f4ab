import { describe, expect, it } from "vitest";
import { generateSyntheticPair } from "../../bench/align-synthetic";
import { alignUnits, type Bead } from "./align-units";
import { isLowConfidence } from "./low-confidence";

// Target position where the bead of each source unit starts: how far a path strays from another.
function startsOf(beads: Bead[], n: number): number[] {
  const at = new Array<number>(n).fill(0);
  let j = 0;
  for (const bead of beads) {
    for (const i of bead.src) at[i] = j;
    j += bead.tgt.length;
  }
  return at;
}

function largestLag(beads: Bead[], gold: Bead[], n: number): number {
  const ours = startsOf(beads, n);
  const truth = startsOf(gold, n);
  return Math.max(...ours.map((j, i) => Math.abs(j - truth[i])));
}

const key = (bead: Bead) => `${bead.src.join(",")}|${bead.tgt.join(",")}`;

describe("alignUnits on long texts", () => {
  it("recovers from a wrong anchor chain: numbers that occur once on each side, 150 sentences apart", () => {
    const { src, tgt, gold } = generateSyntheticPair(900, 7);
    // A dense chain of chance anchors (each number once per side) pairs source 300..420 with target 450..570:
    // longer than the true anchors there, so the longest increasing chain takes it.
    for (let k = 0; k < 120; k++) {
      src[300 + k] = `${src[300 + k]} ${70_000 + 2 * k} ${70_001 + 2 * k}`;
      tgt[450 + k] = `${tgt[450 + k]} ${70_000 + 2 * k} ${70_001 + 2 * k}`;
    }
    const beads = alignUnits(src, tgt);
    expect(largestLag(beads, gold, src.length)).toBeLessThanOrEqual(3);
  });

  it("leaves an omitted passage of 120 sentences as one run, with no chance pairings inside", () => {
    const { src, tgt, gold } = generateSyntheticPair(700, 11);
    // drop the translation of the beads covering source 300..419
    const dropped = new Set<number>();
    for (const bead of gold) if (bead.src.some((i) => i >= 300 && i < 420)) for (const j of bead.tgt) dropped.add(j);
    const shortTgt = tgt.filter((_, j) => !dropped.has(j));
    const beads = alignUnits(src, shortTgt);
    const inside = beads.filter((bead) => bead.src.some((i) => i >= 305 && i < 415));
    const paired = inside.filter((bead) => bead.tgt.length > 0);
    // at most a stray pairing, and flagged for a volunteer to check
    expect(paired.length).toBeLessThanOrEqual(1);
    for (const bead of paired) expect(isLowConfidence(bead.confidence)).toBe(true);
    // the unpaired sentences are not flagged: the passage is clearly missing, wherever its edges are
    expect(inside.filter((bead) => isLowConfidence(bead.confidence)).length).toBeLessThan(5);
  });

  it("pairs a 1-1 of very unequal lengths rather than writing a 1-0 and a 0-1, with no anchor to help", () => {
    // a language neither the lexicon nor the guesser knows, and no shared number or name
    // lengths match pair by pair, except the second pair (30 characters against 75)
    const src = [
      "the wind rose before dawn and shook every shutter.",
      "nobody in the village slept .",
      "at six the baker opened his door and looked at the sky for a long time.",
      "then the rain came .",
      "it rained for three days , and the river rose over the old bridge .",
    ];
    const tgt = [
      "Zuhoro vy akfi szeba rzho tuvyow gynyij, ei roba owzu.",
      "Akvyro baei ny ijro zutu eivy rzvy fiba hoszeij owny turo, szebaro vygy akei tuak.",
      "Fivygy tueituvy ny nyrzijgy ij tuvyij akroow akei akvyro rzvy eifi ny bafi.",
      "Ownyrorz ijnygyf akrz.",
      "Zuak zu ijbaijsze akvyro roijgygy ny eifiak hohofifi baak owowfi vyro.",
    ];
    const beads = alignUnits(src, tgt);
    expect(beads.map((bead) => key(bead))).toEqual(["0|0", "1|1", "2|2", "3|3", "4|4"]);
  });
});
