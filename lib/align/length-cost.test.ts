import { describe, expect, it } from "vitest";
import { computeLengthCost, estimateLengthRatio, logErfc, measureLength } from "./length-cost";

describe("length cost", () => {
  it("computes log(erfc) accurately, without underflow far in the tail", () => {
    expect(Math.exp(logErfc(0))).toBeCloseTo(1, 6);
    expect(Math.exp(logErfc(1))).toBeCloseTo(0.157299, 5);
    expect(logErfc(30)).toBeLessThan(-900);
    expect(Number.isFinite(logErfc(30))).toBe(true);
  });

  it("costs nothing for the expected length and more the further off it is", () => {
    expect(computeLengthCost(100, 115, 1.15, 5)).toBeCloseTo(0, 5);
    const near = computeLengthCost(100, 130, 1.15, 5);
    const far = computeLengthCost(100, 200, 1.15, 5);
    expect(near).toBeGreaterThan(0);
    expect(far).toBeGreaterThan(near);
  });

  it("estimates the ratio from the texts, pulled towards the language pair's", () => {
    expect(estimateLengthRatio(0, 0, "en", "fr")).toBeCloseTo(1.15, 5);
    expect(estimateLengthRatio(100_000, 120_000, "en", "fr")).toBeCloseTo(1.2, 2);
    expect(estimateLengthRatio(10, 10_000, undefined, undefined)).toBe(3);
  });

  it("measures visible characters: runs of spaces count once, inline tags not at all", () => {
    expect(measureLength("  a  {1}b{/1}\n c ")).toBe(5);
  });
});
