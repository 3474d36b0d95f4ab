import { describe, expect, it } from "vitest";
import {
  countChrfStatistics,
  measureCorpusChrf,
  measureSentenceChrf,
  scoreChrfStatistics,
  sumChrfStatistics,
} from "./chrf";

// sacreBLEU's own cases, expected values and tolerance (EPSILON = 1e-4): mjpost/sacrebleu, test/test_chrf.py
// (commit 27bec349d41c900990d5aa669056766d0543d710). Each block names the options its pytest function passes.
type Case = [hypotheses: string[], references: string[], expected: number];

// test_chrf: corpus_chrf(..., char_order=6, word_order=0, beta=3, eps_smoothing=True)
const EPS_SMOOTHING_CASES: Case[] = [
  [["abcdefg"], ["hijklmnop"], 0.0],
  [["a"], ["b"], 0.0],
  [[""], ["b"], 0.0],
  [[""], ["ref"], 0.0],
  [[""], ["reference"], 0.0],
  [["aa"], ["ab"], 8.3333],
  [["a", "b"], ["a", "c"], 8.3333],
  [["a"], ["a"], 16.6667],
  [["a b c"], ["a b c"], 50.0],
  [["a b c"], ["abc"], 50.0],
  [
    [
      " risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .",
    ],
    [
      "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .",
    ],
    63.36173,
  ],
  [
    [" Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. "],
    ["Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich."],
    64.1302698,
  ],
  [["Niemand hat die Absicht, eine Mauer zu errichten"], ["Niemand hat die Absicht, eine Mauer zu errichten"], 100.0],
];

// test_chrf_eff_order ("sacreBLEU < 2.0.0 mode", today's default): beta=3, eps_smoothing=False
const EFFECTIVE_ORDER_CASES: Case[] = [
  [["a"], ["a"], 100.0],
  [[""], ["reference"], 0.0],
  [["a b c"], ["a b c"], 100.0],
  [["a b c"], ["abc"], 100.0],
  [[""], ["c"], 0.0],
  [["a", "b"], ["a", "c"], 50.0],
  [["aa"], ["ab"], 25.0],
];

// test_chrf_keep_whitespace: beta=3, remove_whitespace=False
const KEEP_WHITESPACE_CASES: Case[] = [
  [
    ["Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich."],
    ["Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich."],
    67.3481606,
  ],
  [
    [
      "risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .",
    ],
    [
      "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .",
    ],
    65.2414427,
  ],
];

// test_chrf_sentence_level: sentence_chrf(hypothesis, references, eps_smoothing=True), otherwise defaults (β = 2)
const SENTENCE_CASES: [hypothesis: string, reference: string, expected: number][] = [
  [
    "Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.",
    "Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.",
    39.14078509,
  ],
  [
    "Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.",
    "A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.",
    31.22557079,
  ],
  [
    "Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.",
    "Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.",
    57.15704367,
  ],
];

const EPSILON = 1e-4;

describe("chrF reproduces sacreBLEU's published values (test/test_chrf.py)", () => {
  describe("test_chrf: β = 3 with ε smoothing", () => {
    for (const [hypotheses, references, expected] of EPS_SMOOTHING_CASES) {
      it(`${JSON.stringify(hypotheses)} vs ${JSON.stringify(references)} = ${expected}`, () => {
        const { score } = measureCorpusChrf(hypotheses, references, { beta: 3, epsSmoothing: true });
        expect(Math.abs(score - expected)).toBeLessThan(EPSILON);
      });
    }
  });

  describe("test_chrf_eff_order: β = 3 with effective order", () => {
    for (const [hypotheses, references, expected] of EFFECTIVE_ORDER_CASES) {
      it(`${JSON.stringify(hypotheses)} vs ${JSON.stringify(references)} = ${expected}`, () => {
        const { score } = measureCorpusChrf(hypotheses, references, { beta: 3, epsSmoothing: false });
        expect(Math.abs(score - expected)).toBeLessThan(EPSILON);
      });
    }
  });

  describe("test_chrf_keep_whitespace: β = 3, whitespace kept", () => {
    for (const [hypotheses, references, expected] of KEEP_WHITESPACE_CASES) {
      it(`${hypotheses[0].slice(0, 30)}… = ${expected}`, () => {
        const { score } = measureCorpusChrf(hypotheses, references, { beta: 3, whitespace: true });
        expect(Math.abs(score - expected)).toBeLessThan(EPSILON);
      });
    }
  });

  describe("test_chrf_sentence_level: sacreBLEU defaults with ε smoothing", () => {
    for (const [hypothesis, reference, expected] of SENTENCE_CASES) {
      it(`${hypothesis.slice(0, 30)}… = ${expected}`, () => {
        const { score } = measureSentenceChrf(hypothesis, reference, { epsSmoothing: true });
        expect(Math.abs(score - expected)).toBeLessThan(EPSILON);
      });
    }
  });
});

describe("chrF on post-edited text", () => {
  it("is 100 for an untouched segment and 0 when nothing is shared", () => {
    expect(measureSentenceChrf("Le chat dort.", "Le chat dort.").score).toBe(100);
    expect(measureSentenceChrf("xyz", "abc").score).toBe(0);
  });

  it("scores a segment the translator emptied, or one left empty, as 0 (as sacreBLEU does)", () => {
    expect(measureSentenceChrf("Texte machine", "").score).toBe(0);
    expect(measureSentenceChrf("", "").score).toBe(0);
  });

  it("ignores whitespace by default: joining a word split in two costs little", () => {
    const split = measureSentenceChrf("des f aces de membres", "des faces de membres");
    expect(split.score).toBe(100);
  });

  it("counts characters as code points, as Python does, not UTF-16 units", () => {
    // 😀 is one character: 3 unigrams on each side, all matching
    const statistics = countChrfStatistics("a😀b", "a😀b", { charOrder: 1 });
    expect(statistics).toEqual([3, 3, 3]);
    expect(countChrfStatistics("😀", "😃", { charOrder: 2 })).toEqual([1, 1, 0, 0, 0, 0]);
  });

  it("weighs recall twice as much as precision (β = 2)", () => {
    // every character of the hypothesis is in the reference, but the reference is longer: recall is the weak side
    const shortHypothesis = measureSentenceChrf("abc", "abcdef").score;
    const longHypothesis = measureSentenceChrf("abcdef", "abc").score;
    expect(shortHypothesis).toBeLessThan(longHypothesis);
  });

  it("adds word bigrams for chrF++ (wordOrder 2), detaching punctuation from words", () => {
    const statistics = countChrfStatistics("Bonjour, monde.", "Bonjour, monde.", { wordOrder: 2 });
    expect(statistics).toHaveLength(3 * 8);
    // words: "Bonjour" "," "monde" "." → 4 unigrams, 3 bigrams
    expect(statistics.slice(18)).toEqual([4, 4, 4, 3, 3, 3]);
  });

  it("pools a corpus by adding counts, which is what lets stored segment counts be aggregated later", () => {
    const hypotheses = ["Le chat dort.", "Il pleut des cordes", "x"];
    const references = ["Le chat dort", "Il pleut beaucoup", "y"];
    const perSegment = hypotheses.map((h, k) => countChrfStatistics(h, references[k]));
    const corpus = measureCorpusChrf(hypotheses, references);
    expect(sumChrfStatistics(perSegment)).toEqual(corpus.statistics);
    expect(scoreChrfStatistics(sumChrfStatistics(perSegment))).toBe(corpus.score);
  });

  it("refuses counts made with other orders, and corpora of different lengths", () => {
    expect(() => scoreChrfStatistics([1, 1, 1])).toThrow(RangeError);
    expect(() =>
      sumChrfStatistics([
        [1, 1, 1],
        [1, 1, 1, 1, 1, 1],
      ]),
    ).toThrow(RangeError);
    expect(() => measureCorpusChrf(["a"], [])).toThrow(RangeError);
  });

  it("scores an empty corpus as 0", () => {
    expect(measureCorpusChrf([], []).score).toBe(0);
  });
});
