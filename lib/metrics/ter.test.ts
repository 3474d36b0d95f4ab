import { describe, expect, it } from "vitest";
import {
  countTerEdits,
  countTerStatistics,
  measureCorpusTer,
  measureSentenceTer,
  scoreTerStatistics,
  sumTerStatistics,
  terRatio,
} from "./ter";
import { tokenizeForTer } from "./tokenize-ter";

// sacreBLEU's own cases, with its expected values and its tolerance (EPSILON = 1e-3 on the 0–100 scale):
// mjpost/sacrebleu, test/test_ter.py (commit 27bec349d41c900990d5aa669056766d0543d710)
const SACREBLEU_TER_CASES: { name: string; hypotheses: string[]; references: string[]; expected: number }[] = [
  { name: "perfect match", hypotheses: ["aaaa bbbb cccc dddd"], references: ["aaaa bbbb cccc dddd"], expected: 0 },
  { name: "no overlap", hypotheses: ["dddd eeee ffff"], references: ["aaaa bbbb cccc"], expected: 1 },
  { name: "corner case, empty hypothesis", hypotheses: [""], references: ["a"], expected: 1 },
  {
    name: "a single shift fixes MT",
    hypotheses: ["d e f g h a b c"],
    references: ["a b c d e f g h"],
    expected: 1 / 8,
  },
  {
    name: "realistic example from WMT dev data (2019)",
    hypotheses: [
      'wählen Sie " Bild neu berechnen , " um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit das Bild ungefähr dieselbe Größe aufweist wie die andere Größe .',
      'wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option " Alle Aufgaben aktualisieren . "',
      'klicken Sie auf der Registerkarte " Optionen " auf die Schaltfläche " Benutzerdefiniert " und geben Sie Werte für " Fehlerkorrektur-Level " und " Y / X-Verhältnis " ein .',
      "Sie können beispielsweise ein Dokument erstellen , das ein Auto über die Bühne enthält .",
      'wählen Sie im Dialogfeld " Neu aus Vorlage " eine Vorlage aus und klicken Sie auf " Neu . "',
    ],
    references: [
      'wählen Sie " Bild neu berechnen , " um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit die Darstellung des Bildes in einer anderen Größe beibehalten wird .',
      'wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option " Alle Aufgaben aktualisieren . "',
      'klicken Sie auf der Registerkarte " Optionen " auf die Schaltfläche " Benutzerdefiniert " und geben Sie für " Fehlerkorrektur-Level " und " Y / X-Verhältnis " niedrigere Werte ein .',
      "Sie können beispielsweise ein Dokument erstellen , das ein Auto enthalt , das sich über die Bühne bewegt .",
      'wählen Sie im Dialogfeld " Neu aus Vorlage " eine Vorlage aus und klicken Sie auf " Neu . "',
    ],
    expected: 0.136,
  },
];

describe("TER reproduces sacreBLEU's published values (test/test_ter.py)", () => {
  for (const testCase of SACREBLEU_TER_CASES) {
    it(testCase.name, () => {
      const { score } = measureCorpusTer(testCase.hypotheses, testCase.references);
      expect(Math.abs(score - 100 * testCase.expected)).toBeLessThan(1e-3);
    });
  }
});

// mjpost/sacrebleu, test/test_tokenizer_ter.py (commit c9a1509cef3cda0f8e748a1a08321e9e8b16ee3b): the tokenizer
// returns a string there; here the same string split into words
describe("TER tokenisation reproduces sacreBLEU's tokenizer tests (test/test_tokenizer_ter.py)", () => {
  const cases: { options: Parameters<typeof tokenizeForTer>[1]; input: string; expected: string }[] = [
    { options: {}, input: "a b c d", expected: "a b c d" },
    { options: {}, input: "", expected: "" },
    { options: {}, input: "a b c d.", expected: "a b c d." },
    { options: {}, input: "A B C D.", expected: "a b c d." },
    { options: { noPunct: true }, input: "a b c d.", expected: "a b c d" },
    { options: { noPunct: true }, input: "A ; B ) C : D.", expected: "a b c d" },
    { options: { normalized: true }, input: "a b (c) d.", expected: "a b ( c ) d ." },
    { options: { normalized: true }, input: "Jim's car.", expected: "jim 's car ." },
    { options: { normalized: true }, input: "4.2", expected: "4.2" },
    { options: { normalized: true, asianSupport: true }, input: "美众院公布对特", expected: "美 众 院 公 布 对 特" },
    { options: { normalized: true, asianSupport: true }, input: "りの拳銃を持", expected: "りの 拳 銃 を 持" },
  ];
  for (const { options, input, expected } of cases) {
    it(`${JSON.stringify(options)} ${JSON.stringify(input)}`, () => {
      expect(tokenizeForTer(input, options).join(" ")).toBe(expected);
    });
  }
});

describe("TER on post-edited text", () => {
  it("counts a moved phrase as one shift, not as deletions and insertions", () => {
    // "a member of Congress" moved: 1 shift, everything else matches
    const result = countTerStatistics("le député a voté hier contre la loi", "hier le député a voté contre la loi");
    expect(result).toEqual({ edits: 1, referenceWords: 8 });
  });

  it("ignores case by default, as sacreBLEU does, and keeps it when asked", () => {
    expect(countTerStatistics("Le Congrès", "le congrès").edits).toBe(0);
    expect(countTerStatistics("Le Congrès", "le congrès", { caseSensitive: true }).edits).toBe(2);
  });

  it("splits on Python's whitespace, narrow no-break spaces included", () => {
    expect(tokenizeForTer("Où est Microsoft\u202f?")).toEqual(["où", "est", "microsoft", "?"]);
    // U+FEFF is not whitespace for Python
    expect(tokenizeForTer("a\uFEFFb c")).toEqual(["a\uFEFFb", "c"]);
  });

  it("divides by the final text's words: deleting a whole segment is 100, keeping an empty one is 0", () => {
    expect(measureSentenceTer("trois mots ici", "")).toEqual({ edits: 3, referenceWords: 0, score: 100 });
    expect(measureSentenceTer("", "")).toEqual({ edits: 0, referenceWords: 0, score: 0 });
    expect(measureSentenceTer("   ", "\t")).toEqual({ edits: 0, referenceWords: 0, score: 0 });
  });

  it("can exceed 100 when the machine wrote far more than the final text keeps", () => {
    expect(measureSentenceTer("un deux trois quatre", "cinq").score).toBe(400);
  });

  it("pools a corpus: summed edits over summed reference words, not the mean of the sentence scores", () => {
    const hypotheses = ["a b c d", "x"];
    const references = ["a b c d", "y"];
    const corpus = measureCorpusTer(hypotheses, references);
    expect(corpus).toEqual({ edits: 1, referenceWords: 5, score: 20 });
    const pooled = sumTerStatistics(hypotheses.map((h, k) => countTerStatistics(h, references[k])));
    expect(scoreTerStatistics(pooled)).toBe(20);
    expect(terRatio(pooled)).toBeCloseTo(0.2, 12);
  });

  it("refuses corpora of different lengths", () => {
    expect(() => measureCorpusTer(["a"], ["a", "b"])).toThrow(RangeError);
  });

  it("stays exact and bounded on a very long, repetitive segment (the 1,000-candidate cap)", () => {
    // a rotation by 101 of a period-5 text: many equal words, so many candidate shifts
    const words = Array.from({ length: 400 }, (_, k) => ["le", "la", "de", "et", "des"][k % 5]);
    const rotated = [...words.slice(101), ...words.slice(0, 101)];
    const result = countTerEdits(rotated, words);
    expect(result.referenceWords).toBe(400);
    expect(result.edits).toBeGreaterThan(0);
    expect(result.edits).toBeLessThanOrEqual(2); // one shift of the first word fixes it
  });
});
