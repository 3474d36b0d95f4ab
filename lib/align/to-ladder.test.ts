import { describe, expect, it } from "vitest";
import type { Bead } from "./align-units";
import { fromLadder } from "./from-ladder";
import { toLadder } from "./to-ladder";

const beads: Bead[] = [
  { src: [0], tgt: [0], confidence: 0.9 },
  { src: [1, 2], tgt: [1], confidence: 0.8 },
  { src: [3], tgt: [], confidence: 0.5 },
  { src: [], tgt: [2], confidence: 0.4 },
  { src: [4], tgt: [3, 4], confidence: 1 },
];

describe("toLadder", () => {
  it("puts one rung where each bead starts, scored with its confidence, then [n, m]", () => {
    expect(toLadder(beads, 5, 5)).toEqual([
      [0, 0, 0.9],
      [1, 1, 0.8],
      [3, 2, 0.5],
      [4, 2, 0.4],
      [4, 3, 1],
      [5, 5, 0.72],
    ]);
  });

  it("starts at [0, 0] and ends at [n, m] even with no beads", () => {
    expect(toLadder([], 0, 0)).toEqual([[0, 0, 1]]);
    const ladder = toLadder(beads, 5, 5);
    expect(ladder[0].slice(0, 2)).toEqual([0, 0]);
    expect(ladder.at(-1)?.slice(0, 2)).toEqual([5, 5]);
  });

  it("rejects beads that do not cover both sides in order", () => {
    expect(() => toLadder(beads, 6, 5)).toThrow(/expected \(6, 5\)/);
    expect(() => toLadder([{ src: [1], tgt: [0], confidence: 1 }], 2, 1)).toThrow(/does not start/);
  });

  it("round-trips through fromLadder", () => {
    expect(fromLadder(toLadder(beads, 5, 5))).toEqual(beads);
  });

  it("reads two-column ladders (hand-aligned files have no scores)", () => {
    expect(
      fromLadder([
        [0, 0],
        [1, 2],
        [1, 3],
      ]),
    ).toEqual([
      { src: [0], tgt: [0, 1], confidence: 1 },
      { src: [], tgt: [2], confidence: 1 },
    ]);
  });
});
