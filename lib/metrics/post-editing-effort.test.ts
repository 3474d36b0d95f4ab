import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureCorpusChrf, measureSentenceChrf } from "./chrf";
import { measurePostEffort, measureSegmentEffort, summarizeEffort } from "./post-editing-effort";
import { measureCorpusTer } from "./ter";

const readLines = (name: string) =>
  readFileSync(new URL(`../../bench/metrics-oracle/${name}`, import.meta.url), "utf8")
    .split("\n")
    .slice(0, -1);

describe("post-editing effort of a segment", () => {
  it("is zero effort for an untouched segment", () => {
    expect(measureSegmentEffort({ mtText: "Le chat dort.", targetText: "Le chat dort." })).toMatchObject({
      hter: 0,
      chrf: 100,
      untouched: true,
      ter: { edits: 0, referenceWords: 3 },
    });
  });

  it("gives HTER as edits per word of the target text, and chrF on sacreBLEU's 0–100 scale", () => {
    const effort = measureSegmentEffort({
      mtText: "En 2018, l' ACLU a organisé des f aces",
      targetText: "En 2018, l'ACLU a soumis des visages",
    });
    // l' ACLU → l'ACLU (1 sub + 1 del), organisé → soumis (1 sub), f aces → visages (1 sub + 1 del)
    expect(effort.ter).toEqual({ edits: 5, referenceWords: 7 });
    expect(effort.hter).toBeCloseTo(5 / 7, 12);
    expect(effort.chrf).toBe(
      measureSentenceChrf("En 2018, l' ACLU a organisé des f aces", "En 2018, l'ACLU a soumis des visages").score,
    );
    expect(effort.untouched).toBe(false);
    expect(effort.chrfStatistics).toHaveLength(18);
  });

  it("counts whitespace-only changes as untouched, and a changed character as touched", () => {
    expect(measureSegmentEffort({ mtText: "Où est  Microsoft ?", targetText: "Où est Microsoft ?" }).untouched).toBe(
      true,
    );
    expect(measureSegmentEffort({ mtText: "Où est Microsoft?", targetText: "Où est Microsoft ?" }).untouched).toBe(
      false,
    );
  });
});

describe("post-editing effort of a whole post (the seed post against a human post-edit)", () => {
  const mt = readLines("seed-post.mt.txt");
  const target = readLines("seed-post.final.txt");
  const { segments, summary } = measurePostEffort(mt.map((mtText, i) => ({ mtText, targetText: target[i] })));

  it("pools the post as sacreBLEU's corpus level, not as a mean of segment scores", () => {
    const corpusTer = measureCorpusTer(mt, target);
    expect(summary.ter).toEqual({ edits: corpusTer.edits, referenceWords: corpusTer.referenceWords });
    expect(summary.hter).toBeCloseTo(corpusTer.score / 100, 12);
    expect(summary.chrf).toBe(measureCorpusChrf(mt, target).score);
    const meanOfSegments = segments.reduce((sum, s) => sum + s.hter, 0) / segments.length;
    expect(summary.hter).not.toBeCloseTo(meanOfSegments, 3);
  });

  it("counts the four paragraphs the translator left alone", () => {
    expect(summary).toMatchObject({ segments: 18, untouchedSegments: 4 });
    expect(summary.untouchedShare).toBeCloseTo(4 / 18, 12);
    expect(segments.filter((s) => s.untouched).every((s) => s.hter === 0 && s.chrf === 100)).toBe(true);
  });

  it("gives the same summary from stored segment counts as from the texts", () => {
    const stored = JSON.parse(JSON.stringify(segments));
    expect(summarizeEffort(stored)).toEqual(summary);
  });

  it("adds two posts' stored counts into the figures of both together", () => {
    const half = Math.floor(segments.length / 2);
    const both = summarizeEffort([...segments.slice(0, half), ...segments.slice(half)]);
    expect(both).toEqual(summary);
  });
});

describe("an empty selection", () => {
  it("has no effort and no untouched share", () => {
    expect(summarizeEffort([])).toMatchObject({
      hter: 0,
      chrf: 0,
      segments: 0,
      untouchedSegments: 0,
      untouchedShare: 0,
    });
  });
});

describe("invariants on random texts", () => {
  const word = fc.constantFrom("le", "la", "de", "Congrès", "l'", "ACLU", "f", "aces", "visages", ".", "?", "🙂", "");
  const sentence = fc.array(word, { maxLength: 30 }).map((words) => words.join(" "));

  it("an unchanged segment has no effort; HTER never exceeds the longer side's words; chrF stays in 0–100", () => {
    fc.assert(
      fc.property(sentence, sentence, (mtText, targetText) => {
        const same = measureSegmentEffort({ mtText, targetText: mtText });
        expect(same.hter).toBe(0);
        expect(same.untouched).toBe(true);
        if (mtText.trim() !== "") expect(same.chrf).toBe(100);

        const effort = measureSegmentEffort({ mtText, targetText });
        const mtWords = mtText.split(/\s+/).filter(Boolean).length;
        expect(effort.ter.edits).toBeLessThanOrEqual(Math.max(mtWords, effort.ter.referenceWords));
        expect(effort.chrf).toBeGreaterThanOrEqual(0);
        expect(effort.chrf).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });
});
