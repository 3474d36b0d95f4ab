import { describe, expect, it } from "vitest";
import { findPlaceholders, maskPlaceholders, stripPlaceholders } from "@/lib/text/placeholders";
import { findProtectedSpans, maskProtectedSpans } from "@/lib/text/protected-spans";
import { splitSentences } from "./sentences";
import { findWords } from "./words";

const protectedTexts = (text: string) => findProtectedSpans(text).map((span) => text.slice(span.start, span.end));

describe("placeholders", () => {
  it("finds opening, closing and self-closing tags", () => {
    expect(findPlaceholders("{1}a{/1} {2/} {/3/}").map((p) => [p.kind, p.id, p.text])).toEqual([
      ["open", "1", "{1}"],
      ["close", "1", "{/1}"],
      ["self", "2", "{2/}"],
    ]);
    expect(stripPlaceholders("{1}a{/1}b")).toBe("ab");
    expect(maskPlaceholders("{1}a")).toBe("\uFFFF\uFFFF\uFFFFa");
  });
});

describe("protected spans", () => {
  it("covers URLs without their final punctuation, e-mails, domains, hashtags, handles and code", () => {
    expect(protectedTexts("Voir https://eff.org/a?b=1. Écrire à press@eff.org, eff.org/fr, #Tag @eff `x y`.")).toEqual([
      "https://eff.org/a?b=1",
      "press@eff.org",
      "eff.org/fr",
      "#Tag",
      "@eff",
      "`x y`",
    ]);
  });

  it("masks them with the same length", () => {
    const text = "a https://x.org b";
    expect(maskProtectedSpans(text)).toHaveLength(text.length);
    expect(findWords(text).map((w) => w.text)).toEqual(["a", "b"]);
  });
});

describe("words and sentences", () => {
  it("keeps elisions and hyphenated words whole", () => {
    expect(findWords("l'ACLU, aujourd’hui, plate-forme {1}ici{/1}").map((w) => w.text)).toEqual([
      "l'ACLU",
      "aujourd’hui",
      "plate-forme",
      "ici",
    ]);
  });

  it("splits sentences but not after abbreviations", () => {
    const text = "Mr. Smith left. The U.S. agreed! «\u00A0Oui\u00A0», dit-il.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Mr. Smith left.",
      "The U.S. agreed!",
      "«\u00A0Oui\u00A0», dit-il.",
    ]);
  });
});
