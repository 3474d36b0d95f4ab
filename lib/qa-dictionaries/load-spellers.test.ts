import nspell from "nspell";
import { describe, expect, it } from "vitest";
import { getLanguageProfile } from "@/lib/languages/get-language-profile";
import { isKnownWord } from "../qa/word-knowledge";
import { hasDictionary, loadSpeller, loadSpellers } from "./load-spellers";

describe("loadSpeller", () => {
  it("knows which languages have a dictionary", () => {
    expect(hasDictionary("fr-CA")).toBe(true);
    expect(hasDictionary("ja")).toBe(false);
  });

  it("returns undefined for a language without dictionary", async () => {
    expect(await loadSpeller("ja")).toBeUndefined();
    expect(await loadSpellers("ja", "xx")).toEqual({ source: undefined, target: undefined });
  });

  it("loads each language once and answers like nspell", async () => {
    const first = loadSpeller("es");
    expect(loadSpeller("ES")).toBe(first);
    const speller = await first;
    const dictionary = (await import("dictionary-es")).default;
    const reference = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
    const words = [
      "caras",
      "reconocimiento",
      "Reconocimiento",
      "POLICÍA",
      "tecnologia",
      "tecnología",
      "cif",
      "rado",
      "cifrado",
      "lascaras",
      "xyz",
      "él",
      "Amazon",
      "privacidad",
      "o",
      "f",
      "datos’",
      "l'",
      "ﬁn",
    ];
    for (const word of words) expect(speller?.correct(word), word).toBe(reference.correct(word));
  }, 60_000);

  it("accepts the German words nspell loses, and compounds through lib/qa", async () => {
    const german = await loadSpeller("de");
    if (!german) throw new Error("no German dictionary");
    // "fordern" is listed twice in the dictionary and nspell keeps only its "only in compounds" flag
    expect(german.correct("fordern")).toBe(true);
    expect(german.correct("gefärliche")).toBe(false);
    const profile = getLanguageProfile("de");
    expect(isKnownWord("Gesichtserkennung", german, profile)).toBe(true);
    expect(isKnownWord("Gesichtserkenung", german, profile)).toBe(false);
  }, 60_000);
});
