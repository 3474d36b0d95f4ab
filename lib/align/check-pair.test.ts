import { describe, expect, it } from "vitest";
import { loadGoldPair, loadGoldSet } from "../../bench/align-gold/read-gold";
import { alignUnits } from "./align-units";
import { checkTranslationPair, measurePairAgreement } from "./check-pair";

const seed = loadGoldPair("seed-fr");
const geofence = loadGoldPair("geofence-fr");
const story = loadGoldPair("literary-fr");

function check(src: string[], tgt: string[]) {
  const languages = { srcLang: "en", tgtLang: "fr" };
  return checkTranslationPair(src, tgt, alignUnits(src, tgt, languages), languages);
}

describe("checkTranslationPair", () => {
  it("accepts the seed post and its machine translation", () => {
    expect(check(seed.src, seed.tgt)).toEqual({ ok: true });
  });

  it("accepts every gold pair, MT and literary, free human translations included", () => {
    for (const pair of loadGoldSet()) {
      const languages = { srcLang: pair.srcLang, tgtLang: pair.tgtLang };
      const beads = alignUnits(pair.src, pair.tgt, languages);
      expect(checkTranslationPair(pair.src, pair.tgt, beads, languages), pair.id).toEqual({ ok: true });
    }
  });

  it("refuses an unrelated French post on a similar topic, with a reason", () => {
    const result = check(seed.src, geofence.tgt);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/do not match|does not look/);
  });

  it("refuses an unrelated French story", () => {
    expect(check(seed.src, story.tgt).ok).toBe(false);
    expect(check(story.src, seed.tgt).ok).toBe(false);
  });

  it("refuses empty sides and beads that do not cover the texts", () => {
    expect(checkTranslationPair([], ["x"], [])).toEqual({ ok: false, reason: "the source text is empty" });
    expect(checkTranslationPair(["x"], ["  "], [])).toEqual({ ok: false, reason: "the target text is empty" });
    const partial = checkTranslationPair(["a", "b"], ["c"], [{ src: [0], tgt: [0], confidence: 1 }]);
    expect(partial).toEqual({ ok: false, reason: "the alignment covers 1 of 2 source and 1 of 1 target units" });
  });

  it("refuses a target that is mostly material the source does not have", () => {
    const src = seed.src.slice(4, 8);
    const tgt = [...seed.tgt.slice(6, 10), ...geofence.tgt];
    expect(check(src, tgt).ok).toBe(false);
  });

  it("does not judge agreement on a sentence or two", () => {
    const src = ["Activism works."];
    const tgt = ["L'activisme fonctionne."];
    expect(check(src, tgt)).toEqual({ ok: true });
  });

  it("reports the measures it decides on", () => {
    const beads = alignUnits(seed.src, seed.tgt);
    const measures = measurePairAgreement(seed.src, seed.tgt, beads);
    expect(measures.pairedShare).toBeGreaterThan(0.9);
    expect(measures.anchorAgreement).toBeGreaterThan(0.2);
    expect(measures.hardAnchorsFound).toBeLessThanOrEqual(measures.hardAnchors);
  });
});
