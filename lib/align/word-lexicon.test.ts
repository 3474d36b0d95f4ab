import { describe, expect, it } from "vitest";
import { EN_DE } from "./lexicon/en-de";
import { EN_ES } from "./lexicon/en-es";
import { EN_FR } from "./lexicon/en-fr";
import { EN_IT } from "./lexicon/en-it";
import { EN_PT } from "./lexicon/en-pt";
import { ENGLISH_CORE } from "./lexicon/english-core";
import { prepareUnits } from "./prepare-units";
import { lookUpWordLexicons, parseEnglishCore, parseTranslations } from "./word-lexicon";

const TABLES = { de: EN_DE, es: EN_ES, fr: EN_FR, it: EN_IT, pt: EN_PT };

// Token ids that two prepared units share, read back as anchor keys would be; here: do they share any at all.
function shareAnchors(src: string, tgt: string, srcLang: string, tgtLang: string): boolean {
  const prepared = prepareUnits([src], [tgt], srcLang, tgtLang);
  const srcTokens = new Set(prepared.src.tokens);
  return Array.from(prepared.tgt.tokens).some((id) => srcTokens.has(id));
}

describe("core bilingual lexicon", () => {
  const english = parseEnglishCore(ENGLISH_CORE);

  it("lists each English form under one lemma only", () => {
    const seen = new Map<string, string>();
    for (const [lemma, forms] of english) {
      for (const form of forms) {
        expect(seen.get(form), `${form} in ${lemma}`).toBeUndefined();
        seen.set(form, lemma);
      }
    }
    expect(english.size).toBeGreaterThan(400);
  });

  it.each(Object.entries(TABLES))("translates every English lemma, and only those, into %s", (_lang, table) => {
    const entries = parseTranslations(table);
    const lemmas = entries.map((entry) => entry.lemma);
    expect(lemmas.filter((lemma) => !english.has(lemma))).toEqual([]);
    expect(new Set(lemmas).size).toBe(lemmas.length);
    expect([...english.keys()].filter((lemma) => !lemmas.includes(lemma))).toEqual([]);
    for (const entry of entries) expect(entry.forms.length, entry.lemma).toBeGreaterThan(0);
  });

  it("gives a sentence and its translation shared anchors that unrelated sentences lack", () => {
    expect(shareAnchors("I don't play.", "Je ne joue pas.", "en", "fr")).toBe(true);
    expect(
      shareAnchors("Then she put it away with the others.", "Puis elle la rangea avec les autres.", "en", "fr"),
    ).toBe(true);
    expect(shareAnchors("He hardly ate.", "Er aß kaum.", "en", "de")).toBe(true);
    expect(shareAnchors("Nothing more.", "Nada más.", "en", "es")).toBe(true);
    expect(shareAnchors("He hardly ate.", "La pluie tombait sur la ville.", "en", "fr")).toBe(false);
  });

  it("works in both directions and only for pairs with English on one side", () => {
    expect(lookUpWordLexicons("en", "fr")?.tgt.get("joue")).toContain("l:play");
    expect(lookUpWordLexicons("fr", "en")?.src.get("joue")).toContain("l:play");
    expect(lookUpWordLexicons("fr", "en")?.tgt.get("played")).toEqual(["l:play"]);
    expect(lookUpWordLexicons("de", "fr")).toBeNull();
    expect(lookUpWordLexicons("en", "xx")).toBeNull();
  });
});
