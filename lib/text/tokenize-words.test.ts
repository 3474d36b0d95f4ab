import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPlaceholders } from "./find-placeholders";
import { tokenizeWords } from "./tokenize-words";

const words = (text: string, lang: string) => tokenizeWords(text, lang).map((token) => token.text);

describe("tokenizeWords", () => {
  it("returns word-like tokens with UTF-16 offsets, skipping spaces and punctuation", () => {
    expect(tokenizeWords("Activism works. 😀 Ça va?", "fr")).toEqual([
      { text: "Activism", start: 0, end: 8 },
      { text: "works", start: 9, end: 14 },
      { text: "Ça", start: 19, end: 21 },
      { text: "va", start: 22, end: 24 },
    ]);
  });

  it("skips placeholders and keeps offsets into the original text", () => {
    const text = "See {1}our guide{/1}.{2/} Then {12}act{/12}.";
    const tokens = tokenizeWords(text, "en");
    expect(tokens.map((token) => token.text)).toEqual(["See", "our", "guide", "Then", "act"]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    // A placeholder inside a word separates it.
    expect(words("des f{1}aces{/1}", "fr")).toEqual(["des", "f", "aces"]);
    // Escaped braces are literal text, not placeholders.
    expect(words("a literal {{1}}", "en")).toEqual(["a", "literal", "1"]);
  });

  it("splits French elisions after the apostrophe but keeps lexicalised words", () => {
    expect(words("l'ACLU s'oppose aujourd'hui à l’URL", "fr")).toEqual([
      "l'",
      "ACLU",
      "s'",
      "oppose",
      "aujourd'hui",
      "à",
      "l’",
      "URL",
    ]);
    expect(words("qu'aujourd'hui, jusqu'ici, quelqu'un, presqu'île", "fr")).toEqual([
      "qu'",
      "aujourd'hui",
      "jusqu'",
      "ici",
      "quelqu'un",
      "presqu'île",
    ]);
    expect(words("L'activisme d'Amazon", "fr-FR")).toEqual(["L'", "activisme", "d'", "Amazon"]);
  });

  it("keeps MT-damaged elisions as ICU splits them", () => {
    expect(words("l' ACLU", "fr")).toEqual(["l", "ACLU"]);
  });

  it("splits Italian elisions and leaves English contractions alone", () => {
    expect(words("dell'ACLU e l'uomo, un'altra", "it")).toEqual(["dell'", "ACLU", "e", "l'", "uomo", "un'", "altra"]);
    expect(words("don't IBM's l'ACLU", "en")).toEqual(["don't", "IBM's", "l'ACLU"]);
  });

  it("keeps space-grouped and punctuated numbers as one token", () => {
    expect(words("plus de 1 300 services", "fr")).toEqual(["plus", "de", "1 300", "services"]);
    expect(words("1\u00a0300 et 1\u202f300 000 et 12 345,5 €", "fr")).toEqual([
      "1\u00a0300",
      "et",
      "1\u202f300 000",
      "et",
      "12 345,5",
    ]);
    expect(words("1.300 agences, 3,5 % et 2.5 fois", "fr")).toEqual(["1.300", "agences", "3,5", "et", "2.5", "fois"]);
    expect(words("more than 1,300 police departments", "en")).toEqual([
      "more",
      "than",
      "1,300",
      "police",
      "departments",
    ]);
  });

  it("does not merge numbers that are not digit groups", () => {
    expect(words("en 2019 300 personnes", "fr")).toEqual(["en", "2019", "300", "personnes"]);
    expect(words("1 30 et 1  300", "fr")).toEqual(["1", "30", "et", "1", "300"]);
    expect(words("le 1er juin", "fr")).toEqual(["le", "1er", "juin"]);
  });

  it("handles German, Spanish and Portuguese text", () => {
    expect(words("Die Straßenbahn fährt z. B. um 8 Uhr.", "de")).toEqual([
      "Die",
      "Straßenbahn",
      "fährt",
      "z",
      "B",
      "um",
      "8",
      "Uhr",
    ]);
    expect(words("¿Dónde está? ¡Aquí!", "es")).toEqual(["Dónde", "está", "Aquí"]);
    expect(words("Não há informação.", "pt")).toEqual(["Não", "há", "informação"]);
  });

  it("tokenises long texts the same as their parts (ICU is fed in chunks)", () => {
    const paragraph = "L'activisme fonctionne dans 1 300 villes, aujourd'hui comme hier. ";
    const one = words(paragraph, "fr");
    expect(words(paragraph.repeat(500), "fr")).toEqual(Array.from({ length: 500 }, () => one).flat());
  });

  it("never throws and returns exact, ordered offsets outside placeholders", () => {
    const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const pieces = fc.constantFrom(
      "l'",
      "aujourd'hui",
      "1 300",
      "{1}",
      "{/1}",
      "{2/}",
      " ",
      "\u00a0",
      "word",
      "é",
      "\ud800",
      "😀",
      "3,5",
      ".",
    );
    const text = fc.oneof(
      fc.string({ unit: anyCodeUnit, maxLength: 60 }),
      fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(text, fc.constantFrom("en", "fr", "it", "de", "xx", ""), (input, lang) => {
        const tokens = tokenizeWords(input, lang);
        const placeholders = findPlaceholders(input);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(input.slice(token.start, token.end)).toBe(token.text);
          expect(placeholders.some((p) => token.start < p.end && p.start < token.end)).toBe(false);
          previousEnd = token.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
