import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTypography, applyTypographyToRuns } from "./apply-typography";

const NNBSP = "\u202F";
const NBSP = "\u00A0";

describe("French typography", () => {
  it.each([
    ["Pourquoi ?", `Pourquoi${NNBSP}?`],
    ["Pourquoi?", `Pourquoi${NNBSP}?`],
    ["Agissez !", `Agissez${NNBSP}!`],
    ["Agissez!", `Agissez${NNBSP}!`],
    ["un ; deux", `un${NNBSP}; deux`],
    ["un; deux", `un${NNBSP}; deux`],
    ["Attention : ceci", `Attention${NBSP}: ceci`],
    ["Attention: ceci", `Attention${NBSP}: ceci`],
    ["« bonjour »", `«${NBSP}bonjour${NBSP}»`],
    ["«bonjour»", `«${NBSP}bonjour${NBSP}»`],
    ["Il a dit « Quoi ? »", `Il a dit «${NBSP}Quoi${NNBSP}?${NBSP}»`],
    ["«Quoi?»", `«${NBSP}Quoi${NNBSP}?${NBSP}»`],
    ["Vraiment (oui)?", `Vraiment (oui)${NNBSP}?`],
    ["Quoi   ?", `Quoi${NNBSP}?`],
  ])("spaces %j", (input, expected) => {
    expect(applyTypography(input, "fr")).toBe(expected);
  });

  it("never doubles an existing no-break or thin space", () => {
    for (const text of [`Quoi${NNBSP}?`, `Quoi${NBSP}?`, `Note${NBSP}:`, `«${NBSP}a${NBSP}»`, "Quoi\u2009?"]) {
      expect(applyTypography(text, "fr")).toBe(text);
    }
  });

  it("spaces only the first of stacked marks", () => {
    expect(applyTypography("Quoi?!", "fr")).toBe(`Quoi${NNBSP}?!`);
    expect(applyTypography("Quoi ?!", "fr")).toBe(`Quoi${NNBSP}?!`);
  });

  it("leaves times, URLs, e-mail schemes, '::' and emoticons alone", () => {
    for (const text of [
      "Rendez-vous à 14:30.",
      "Voir https://www.eff.org/deeplinks?page=2&x=1 pour plus.",
      "Écrivez à mailto:info@eff.org",
      "www.eff.org/issues?x=1",
      "Le ratio 3:2",
      "std::vector",
      "Super ;)",
      "Super;-)",
      "Content:)",
      "C:\\Windows",
    ]) {
      expect(applyTypography(text, "fr")).toBe(text);
    }
  });

  it("keeps a URL's trailing question mark outside the URL untouched but spaces later marks", () => {
    expect(applyTypography("Lu sur https://eff.org ? Oui!", "fr")).toBe(`Lu sur https://eff.org${NNBSP}? Oui${NNBSP}!`);
  });

  it("follows Quebec usage for fr-CA (colon and guillemets only)", () => {
    expect(applyTypography("Pourquoi? Voici: « oui »", "fr-CA")).toBe(`Pourquoi? Voici${NBSP}: «${NBSP}oui${NBSP}»`);
    // a France-style space before ; ! ? goes: Quebec writes none there
    expect(applyTypography(`Pourquoi ? Non${NNBSP}! Oui ; peut-être`, "fr-CA")).toBe("Pourquoi? Non! Oui; peut-être");
    expect(applyTypography("Pourquoi?", "fr-FR")).toBe(`Pourquoi${NNBSP}?`);
    expect(applyTypography("Pourquoi?", "FR")).toBe(`Pourquoi${NNBSP}?`);
  });

  it.each(["en", "en-US"])("changes nothing for %s", (lang) => {
    const text = "Why? Because: « this » ; and that!";
    expect(applyTypography(text, lang)).toBe(text);
  });

  it.each(["es", "de", "it", "pt"])("removes the space before ; : ! ? for %s, as its QA check asks", (lang) => {
    expect(applyTypography("Why? Because : « this » ; and that !", lang)).toBe("Why? Because: « this »; and that!");
  });

  it("looks across tag boundaries and puts the space next to the mark", () => {
    // "{1}mot{/1}:" → runs "mot" and ":"
    expect(applyTypographyToRuns([{ text: "Le " }, { text: "mot" }, { text: ": suite" }], "fr")).toEqual([
      "Le ",
      "mot",
      `${NBSP}: suite`,
    ]);
    expect(applyTypographyToRuns([{ text: "«" }, { text: "lien" }, { text: "»" }], "fr")).toEqual([
      `«${NBSP}`,
      "lien",
      `${NBSP}»`,
    ]);
    expect(applyTypographyToRuns([{ text: "Quoi " }, { text: "?" }], "fr")).toEqual([`Quoi${NNBSP}`, "?"]);
  });

  it("never touches frozen runs (code) but treats them as words", () => {
    const runs = [{ text: "Lancez " }, { text: "a ? b : c", frozen: true }, { text: "!" }];
    expect(applyTypographyToRuns(runs, "fr")).toEqual(["Lancez ", "a ? b : c", `${NNBSP}!`]);
  });

  it("falls back to run-by-run when the text already holds its private-use markers", () => {
    expect(applyTypographyToRuns([{ text: "a\uE000b?" }, { text: "c ?" }], "fr")).toEqual([
      `a\uE000b${NNBSP}?`,
      `c${NNBSP}?`,
    ]);
  });
});

describe("typography properties", () => {
  const frenchText = fc.string({
    unit: fc.constantFrom(..."abc é1 2:;!?«»()'\"-.\u00A0\u202F\t/".split("")),
    maxLength: 40,
  });
  const withoutSpaces = (text: string) => text.replace(/[ \t\u00A0\u202F]/g, "");

  it("only adds or replaces spaces, and is idempotent", () => {
    fc.assert(
      fc.property(frenchText, (text) => {
        const once = applyTypography(text, "fr");
        expect(withoutSpaces(once)).toBe(withoutSpaces(text));
        expect(applyTypography(once, "fr")).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("splitting text into runs never changes the visible result", () => {
    fc.assert(
      fc.property(fc.array(frenchText, { minLength: 1, maxLength: 5 }), (parts) => {
        const joined = applyTypography(parts.join(""), "fr");
        const runs = applyTypographyToRuns(
          parts.map((text) => ({ text })),
          "fr",
        );
        expect(runs).toHaveLength(parts.length);
        expect(withoutSpaces(runs.join(""))).toBe(withoutSpaces(joined));
      }),
      { numRuns: 300 },
    );
  });
});
