import { describe, expect, it } from "vitest";
import { fitText, niceTicks, SERIES_STYLES, seriesStyle, spreadLabels, wrapText } from "./chart-parts";

describe("axis ticks", () => {
  it("covers the data with round steps of 1, 2 or 5 × 10^k", () => {
    expect(niceTicks(0, 0.45, 5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(niceTicks(0, 142, 5)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(0.2, 0.34, 4)).toEqual([0.2, 0.25, 0.3, 0.35]);
    for (const [min, max] of [
      [0, 7],
      [0, 0.013],
      [-3, 12],
      [5, 1234],
    ]) {
      const ticks = niceTicks(min, max, 5);
      expect(ticks[0]).toBeLessThanOrEqual(min);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      const steps = ticks.slice(1).map((t, k) => Number((t - ticks[k]).toPrecision(6)));
      expect(new Set(steps).size).toBe(1);
      const mantissa = Number((steps[0] / 10 ** Math.floor(Math.log10(steps[0]))).toPrecision(6));
      expect([1, 2, 5]).toContain(mantissa);
    }
  });

  it("still gives an axis for a flat series", () => {
    expect(niceTicks(0, 0, 5)).toEqual([0, 1]);
  });
});

describe("labels", () => {
  it("cuts a label that does not fit with an ellipsis, and keeps one that does", () => {
    expect(fitText("DeepL", 200)).toBe("DeepL");
    const cut = fitText("Opus-MT (self-hosted, en→fr)", 80);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThan(20);
  });

  it("wraps an axis title onto two lines at most", () => {
    expect(wrapText("Share of segments left untouched", 120)).toEqual(["Share of segments", "left untouched"]);
    const lines = wrapText("one two three four five six seven eight nine ten", 60);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
  });

  it("moves crowded end labels apart without changing their order", () => {
    const spread = spreadLabels([100, 102, 50, 101], 15, 0, 300);
    const sorted = [...spread].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k] - sorted[k - 1]).toBeGreaterThanOrEqual(15);
    expect(spread[2]).toBe(50);
    expect(spread[0]).toBeLessThan(spread[3]);
    expect(spread[3]).toBeLessThan(spread[1]);
    expect(Math.max(...spreadLabels([295, 296, 297], 15, 0, 300))).toBeLessThanOrEqual(300);
  });
});

describe("series styles", () => {
  it("differ in pattern, dash and marker as well as colour", () => {
    for (const key of ["colour", "pattern", "dash", "marker"] as const) {
      expect(new Set(SERIES_STYLES.map((s) => s[key])).size).toBe(SERIES_STYLES.length);
    }
  });

  it("refuses a fifth series rather than reuse a look", () => {
    expect(() => seriesStyle(SERIES_STYLES.length)).toThrow(RangeError);
  });
});
