// Differential test: every figure below was computed by sacreBLEU 2.6.0 itself
// (bench/metrics-oracle/generate_sacrebleu_cases.py wrote the JSON; it is committed, so no Python is needed here).
// 278 pairs: the seed post against a human post-edit, random post-edits of it, and edge cases.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { measureCorpusChrf, measureSentenceChrf } from "./chrf";
import { measureCorpusTer, measureSentenceTer } from "./ter";

type TerFigures = { score: number; edits: number; referenceWords: number };
type OraclePair = {
  hypothesis: string;
  reference: string;
  ter: TerFigures;
  terNormalizedNoPunct: number;
  terCaseSensitive: number;
  chrf: number;
  chrfPlusPlus: number;
  chrfEpsSmoothing: number;
  chrfWhitespaceLowercase: number;
};
type OracleGroup = {
  name: string;
  pairs: OraclePair[];
  corpus: { ter: TerFigures; chrf: number; chrfPlusPlus: number };
};

const oracle: { sacrebleu: string; groups: OracleGroup[] } = JSON.parse(
  readFileSync(new URL("../../bench/metrics-oracle/sacrebleu-2.6.0-cases.json", import.meta.url), "utf8"),
);

// Same arithmetic in the same order: the figures agree to floating-point rounding
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1e-9);

describe(`figures equal sacreBLEU ${oracle.sacrebleu}'s`, () => {
  it("has the groups it was generated with", () => {
    expect(oracle.groups.map((g) => [g.name, g.pairs.length])).toEqual([
      ["seed-post", 18],
      ["synthetic", 240],
      ["edge", 20],
    ]);
  });

  for (const group of oracle.groups) {
    describe(group.name, () => {
      it("TER per segment, default options (edits, reference words, score)", () => {
        for (const pair of group.pairs) {
          const result = measureSentenceTer(pair.hypothesis, pair.reference);
          expect({ pair: pair.hypothesis.slice(0, 60), ...result }).toEqual({
            pair: pair.hypothesis.slice(0, 60),
            ...pair.ter,
          });
        }
      });

      it("TER per segment with other tokenizer options", () => {
        for (const pair of group.pairs) {
          close(
            measureSentenceTer(pair.hypothesis, pair.reference, { normalized: true, noPunct: true }).score,
            pair.terNormalizedNoPunct,
          );
          close(
            measureSentenceTer(pair.hypothesis, pair.reference, { caseSensitive: true }).score,
            pair.terCaseSensitive,
          );
        }
      });

      it("chrF per segment: defaults, chrF++, ε smoothing, whitespace kept and lowercased", () => {
        for (const pair of group.pairs) {
          close(measureSentenceChrf(pair.hypothesis, pair.reference).score, pair.chrf);
          close(measureSentenceChrf(pair.hypothesis, pair.reference, { wordOrder: 2 }).score, pair.chrfPlusPlus);
          close(
            measureSentenceChrf(pair.hypothesis, pair.reference, { epsSmoothing: true }).score,
            pair.chrfEpsSmoothing,
          );
          close(
            measureSentenceChrf(pair.hypothesis, pair.reference, { whitespace: true, lowercase: true }).score,
            pair.chrfWhitespaceLowercase,
          );
        }
      });

      it("corpus TER and chrF", () => {
        const hypotheses = group.pairs.map((p) => p.hypothesis);
        const references = group.pairs.map((p) => p.reference);
        const ter = measureCorpusTer(hypotheses, references);
        expect(ter.edits).toBe(group.corpus.ter.edits);
        expect(ter.referenceWords).toBe(group.corpus.ter.referenceWords);
        close(ter.score, group.corpus.ter.score);
        close(measureCorpusChrf(hypotheses, references).score, group.corpus.chrf);
        close(measureCorpusChrf(hypotheses, references, { wordOrder: 2 }).score, group.corpus.chrfPlusPlus);
      });
    });
  }
});
