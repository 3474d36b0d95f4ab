import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isUntouchedSegment, measureUntouchedMt } from "./untouched-mt";

describe("measureUntouchedMt", () => {
  it("counts a post left as the machine wrote it as fully untouched", () => {
    const result = measureUntouchedMt([
      { mtText: "Le chat dort.", targetText: "Le chat dort." },
      { mtText: "Il pleut.", targetText: "Il pleut." },
    ]);
    expect(result).toEqual({ ratio: 1, untouchedTokens: 5, totalTokens: 5 });
  });

  it("counts the tokens that survive in order, over the longer side", () => {
    // 5 of the 9 MT tokens survive in order ("l'" + "ACLU" and "f" + "aces" were joined)
    const result = measureUntouchedMt([
      { mtText: "En 2018, l' ACLU a organisé des f aces", targetText: "En 2018, l'ACLU a organisé des faces" },
    ]);
    expect(result.untouchedTokens).toBe(5);
    expect(result.totalTokens).toBe(9);
    expect(result.ratio).toBeCloseTo(5 / 9);
  });

  it("treats deleted machine text as changed, not as untouched", () => {
    const result = measureUntouchedMt([{ mtText: "un deux trois quatre", targetText: "un deux" }]);
    expect(result).toEqual({ ratio: 0.5, untouchedTokens: 2, totalTokens: 4 });
  });

  it("does not reward reordered words", () => {
    const result = measureUntouchedMt([{ mtText: "a b c d", targetText: "d c b a" }]);
    expect(result.untouchedTokens).toBe(1);
  });

  it("weighs segments by their length", () => {
    const result = measureUntouchedMt([
      {
        mtText: "un deux trois quatre cinq six sept huit neuf dix",
        targetText: "un deux trois quatre cinq six sept huit neuf dix",
      },
      { mtText: "Bonjour", targetText: "Salut" },
    ]);
    expect(result.ratio).toBeCloseTo(10 / 11);
  });

  it("returns 0 for an empty post or empty texts", () => {
    expect(measureUntouchedMt([])).toEqual({ ratio: 0, untouchedTokens: 0, totalTokens: 0 });
    expect(measureUntouchedMt([{ mtText: "", targetText: "" }])).toEqual({
      ratio: 0,
      untouchedTokens: 0,
      totalTokens: 0,
    });
    expect(measureUntouchedMt([{ mtText: "Texte machine", targetText: "" }])).toEqual({
      ratio: 0,
      untouchedTokens: 0,
      totalTokens: 2,
    });
  });

  it("ignores whitespace differences", () => {
    expect(measureUntouchedMt([{ mtText: "a  b\tc", targetText: " a b c " }]).ratio).toBe(1);
  });

  it("always gives a ratio between 0 and 1, and 1 when nothing changed", () => {
    const words = fc.array(fc.constantFrom("le", "la", "chat", "dort", "il", "pleut", "x"), { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(words, words), { maxLength: 5 }), (pairs) => {
        const segments = pairs.map(([mt, target]) => ({ mtText: mt.join(" "), targetText: target.join(" ") }));
        const result = measureUntouchedMt(segments);
        expect(result.ratio).toBeGreaterThanOrEqual(0);
        expect(result.ratio).toBeLessThanOrEqual(1);
        expect(result.untouchedTokens).toBeLessThanOrEqual(result.totalTokens);
        const unchanged = measureUntouchedMt(segments.map((s) => ({ mtText: s.mtText, targetText: s.mtText })));
        expect(unchanged.ratio).toBe(unchanged.totalTokens === 0 ? 0 : 1);
      }),
    );
  });
});

describe("isUntouchedSegment", () => {
  it("is true when only whitespace differs, false for any other change", () => {
    expect(isUntouchedSegment({ mtText: "a  b", targetText: " a b\t" })).toBe(true);
    expect(isUntouchedSegment({ mtText: "", targetText: "" })).toBe(true);
    expect(isUntouchedSegment({ mtText: "a b", targetText: "a b." })).toBe(false);
    expect(isUntouchedSegment({ mtText: "a b", targetText: "ab" })).toBe(false);
    expect(isUntouchedSegment({ mtText: "texte", targetText: "" })).toBe(false);
  });
});
