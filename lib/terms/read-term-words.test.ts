import { describe, expect, it } from "vitest";
import { readTermWords } from "./read-term-words";

const words = (text: string, lang: string) => readTermWords(text, lang).map((word) => word.text);

describe("readTermWords", () => {
  it("splits elided words, keeps inner apostrophes, splits hyphens, leaves tags out", () => {
    expect(words("l’ACLU et les forces de l'ordre, aujourd'hui", "fr")).toEqual([
      "l’",
      "ACLU",
      "et",
      "les",
      "forces",
      "de",
      "l'",
      "ordre",
      "aujourd'hui",
    ]);
    expect(words("Congress's face-recognition programs don't {1}work{/1}", "en")).toEqual([
      "Congress's",
      "face",
      "recognition",
      "programs",
      "don't",
      "work",
    ]);
  });

  it("gives offsets into the text as written, tags included", () => {
    const text = "{1}d'alerte{/1}";
    expect(readTermWords(text, "fr").map((word) => text.slice(word.start, word.end))).toEqual(["d'", "alerte"]);
  });
});
