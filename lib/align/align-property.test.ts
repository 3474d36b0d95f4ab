import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateSyntheticPair } from "../../bench/align-synthetic";
import { alignUnits, type Bead } from "./align-units";
import { scoreBeads } from "./score-beads";
import { toLadder } from "./to-ladder";

function expectCover(beads: Bead[], n: number, m: number) {
  expect(beads.flatMap((b) => b.src)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(beads.flatMap((b) => b.tgt)).toEqual(Array.from({ length: m }, (_, j) => j));
  for (const bead of beads) {
    expect(bead.src.length + bead.tgt.length).toBeGreaterThan(0);
    expect(bead.confidence).toBeGreaterThanOrEqual(0);
    expect(bead.confidence).toBeLessThanOrEqual(1);
  }
  expect(toLadder(beads, n, m).at(-1)?.slice(0, 2)).toEqual([n, m]);
}

const sentence = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom("", " ", "1,300", "{1}x{/1}", "https://eff.org/a", "«Oui ?»", "Amazon", "\u0000\n"),
  fc
    .array(fc.constantFrom("police", "Amazon", "2019", "technologie", "the", "?", "(a)"), { maxLength: 30 })
    .map((w) => w.join(" ")),
);

describe("alignUnits properties", () => {
  it("never throws and covers both sides in order, for any input (including empty sides)", () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 25 }),
        fc.array(sentence, { maxLength: 25 }),
        fc.option(fc.integer({ min: -2, max: 10 }), { nil: undefined }),
        (src, tgt, maxBeadSize) => {
          expectCover(alignUnits(src, tgt, { maxBeadSize }), src.length, tgt.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps the invariants on the banded search used for long texts", () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 300, maxLength: 400 }),
        fc.array(sentence, { minLength: 300, maxLength: 450 }),
        (src, tgt) => {
          expectCover(alignUnits(src, tgt), src.length, tgt.length);
        },
      ),
      { numRuns: 6 },
    );
  });

  it("aligns a long synthetic text with merges, splits, drops and additions accurately", () => {
    const { src, tgt, gold } = generateSyntheticPair(3000, 7);
    const beads = alignUnits(src, tgt);
    expectCover(beads, src.length, tgt.length);
    expect(scoreBeads(beads, gold).f1).toBeGreaterThan(0.97);
  });
});
