import { describe, expect, it } from "vitest";
import { getLanguageProfile } from "@/lib/languages/get-language-profile";
import { isKnownWord } from "@/lib/qa/word-knowledge";
import { hasDictionary, loadedLanguages, loadSpeller, loadSpellers, parseAnalysis } from "./load-spellers";

describe("loadSpeller", () => {
  it("knows which languages have a dictionary", () => {
    expect(hasDictionary("fr-CA")).toBe(true);
    expect(hasDictionary("ja")).toBe(false);
  });

  it("returns undefined for a language without dictionary", async () => {
    expect(await loadSpeller("ja")).toBeUndefined();
    expect(await loadSpellers("ja", "xx")).toEqual({ source: undefined, target: undefined });
  });

  it("loads a language once, on first use, whatever the region", async () => {
    expect(loadedLanguages()).not.toContain("it");
    const first = loadSpeller("it");
    expect(loadSpeller("it-CH")).toBe(first);
    expect(loadedLanguages()).toContain("it");
    expect((await first)?.correct("riconoscimento")).toBe(true);
  });

  it("checks words of every shipped language with Hunspell's rules", async () => {
    const cases: Record<string, [string[], string[]]> = {
      de: [
        ["Gesichtserkennung", "Datenschutz", "Überwachungskameras", "fordern"],
        ["gefärliche", "Gesichtserkenung"],
      ],
      en: [
        ["recognition", "Recognition", "RECOGNITION", "don’t", "companies"],
        ["recieve", "survelliance"],
      ],
      es: [
        ["reconocimiento", "tecnología", "POLICÍA", "él"],
        ["tecnologia", "privacidat"],
      ],
      fr: [
        ["reconnaissances", "Organisé", "cœur", "aujourd’hui", "qu'il", "ﬁn"],
        ["reconaissance", "coeur", "l'ACLU"],
      ],
      it: [["sorveglianza", "riconoscimento"], ["sorvegliansa"]],
      pt: [["reconhecimento", "vigilância"], ["vigilancia"]],
    };
    for (const [lang, [good, bad]] of Object.entries(cases)) {
      const speller = await loadSpeller(lang);
      if (!speller) throw new Error(`no ${lang} dictionary`);
      for (const word of good) expect(speller.correct(word), `${lang} ${word}`).toBe(true);
      for (const word of bad) expect(speller.correct(word), `${lang} ${word}`).toBe(false);
      expect(speller.correct("")).toBe(false);
    }
  }, 60_000);

  it("gives the stems and analyses that inflection-aware term matching needs", async () => {
    const [fr, en] = await Promise.all([loadSpeller("fr"), loadSpeller("en")]);
    if (!fr || !en) throw new Error("no French or English dictionary");
    expect(fr.stem("reconnaissances")).toEqual(["reconnaissance"]);
    expect(fr.stem("Reconnaissances")).toEqual(["reconnaissance"]);
    expect(fr.stem("visages")).toEqual(["visage"]);
    expect(fr.stem("organisées")).toEqual(["organiser"]);
    expect(en.stem("faces")).toEqual(["face"]);
    expect(en.stem("companies")).toEqual(["company"]);
    expect(fr.stem("xqzv")).toEqual([]);
    expect(fr.stem("")).toEqual([]);

    expect(fr.analyze("reconnaissances")).toEqual([
      {
        stem: "reconnaissance",
        morphemes: [],
        fields: [
          { code: "st", value: "reconnaissance" },
          { code: "fl", value: "S." },
        ],
        description: " st:reconnaissance fl:S.",
      },
    ]);
    const [quIl] = fr.analyze("qu'il");
    expect(quIl.stem).toBe("il");
    expect(quIl.morphemes).toEqual(["qu'"]);
    // a derivational prefix is stripped too (lib/qa/README.md): terms are matched stem to stem
    expect(en.stem("recognition")).toEqual(["cognition"]);
    expect(en.analyze("recognition")[0].morphemes).toEqual(["re"]);
    expect(fr.analyze("xqzv")).toEqual([]);
    expect(fr.suggest("reconnaisance")).toContain("reconnaissance");
    expect(fr.suggest("reconnaissance")).toEqual([]);
  });

  it("lets lib/qa accept elisions and German compounds, and refuse their misspellings", async () => {
    const [fr, de] = await Promise.all([loadSpeller("fr"), loadSpeller("de")]);
    if (!fr || !de) throw new Error("no French or German dictionary");
    expect(isKnownWord("l’ACLU", fr, getLanguageProfile("fr"))).toBe(true);
    expect(isKnownWord("l’organisation", fr, getLanguageProfile("fr"))).toBe(true);
    expect(isKnownWord("l’organisaton", fr, getLanguageProfile("fr"))).toBe(false);
    expect(isKnownWord("Gesichtserkennungstechnologie", de, getLanguageProfile("de"))).toBe(true);
    expect(isKnownWord("Gesichtserkenung", de, getLanguageProfile("de"))).toBe(false);
  });
});

describe("parseAnalysis", () => {
  it("splits Hunspell's description into morphemes and fields", () => {
    expect(parseAnalysis("re st:cognition fl:A")).toEqual({
      stem: "cognition",
      morphemes: ["re"],
      fields: [
        { code: "st", value: "cognition" },
        { code: "fl", value: "A" },
      ],
      description: "re st:cognition fl:A",
    });
    expect(parseAnalysis(" po:noun is:plural").stem).toBe("");
  });
});
