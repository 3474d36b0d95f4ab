import { describe, expect, it } from "vitest";
import { extractMtProvenance } from "./extract-provenance";
import { findDate, parseDateToIso } from "./parse-date";
import type { ParsedBlock } from "./types";

const paragraph = (text: string, tags: ParsedBlock["tags"] = {}): ParsedBlock => ({ kind: "paragraph", text, tags });
const URL = "https://www.eff.org/deeplinks/2020/06/ibm-amazon-end-and-pause-fr-programs-where-microsoft";
const BODY = paragraph("Le texte de l'article.");

describe("extractMtProvenance", () => {
  it.each([
    [
      "fr",
      `Cet article est une traduction automatique d’un post publié sur le site d’Electronic Frontier Foundation à l’URL ${URL} le Thu, 11 Jun 2020 01:08:42 +0000.`,
    ],
    [
      "fr, straight apostrophes",
      `Cet article est une traduction automatique d'un post publié sur le site d'Electronic Frontier Foundation à l'URL ${URL} le Thu, 11 Jun 2020 01:08:42 +0000.`,
    ],
    [
      "en",
      `This article is a machine translation of a post published on the site of Electronic Frontier Foundation at the URL ${URL} on Thu, 11 Jun 2020 01:08:42 +0000.`,
    ],
    [
      "es",
      `Este artículo es una traducción automática de una publicación en el sitio web de Electronic Frontier Foundation en la URL ${URL} el Thu, 11 Jun 2020 01:08:42 +0000.`,
    ],
    [
      "de",
      `Dieser Artikel ist eine maschinelle Übersetzung eines Beitrags auf der Website von Electronic Frontier Foundation unter der URL ${URL} am Thu, 11 Jun 2020 01:08:42 +0000.`,
    ],
    [
      "it",
      `Questo articolo è una traduzione automatica di un post pubblicato sul sito di Electronic Frontier Foundation all’URL ${URL} il Thu, 11 Jun 2020 01:08:42 +0000.`,
    ],
    [
      "pt",
      `Este artigo é uma tradução automática de uma publicação no site da Electronic Frontier Foundation na URL ${URL} em Thu, 11 Jun 2020 01:08:42 +0000.`,
    ],
  ])("recognises the %s footer", (_language, footer) => {
    const result = extractMtProvenance([BODY, paragraph(footer)]);
    expect(result.blocks).toEqual([BODY]);
    expect(result.provenance).toEqual({
      isMachineTranslation: true,
      sourceUrl: URL,
      sourceDate: "2020-06-11T01:08:42.000Z",
      siteName: "Electronic Frontier Foundation",
      rawFooter: footer,
    });
  });

  it("cuts a footer that ends a longer paragraph and keeps the rest", () => {
    const text = `Fin de l'article. Cet article est une traduction automatique d’un post publié sur le site d’EFF à l’URL ${URL} le 11 juin 2020.`;
    const result = extractMtProvenance([BODY, paragraph(text)]);
    expect(result.blocks).toEqual([BODY, paragraph("Fin de l'article.")]);
    expect(result.provenance).toMatchObject({
      sourceUrl: URL,
      sourceDate: "2020-06-11T00:00:00.000Z",
      siteName: "EFF",
    });
  });

  it("ignores a footer-like sentence that does not end its paragraph", () => {
    const text = `Cet article est une traduction automatique d’un post à l’URL ${URL} le Thu, 11 Jun 2020 01:08:42 +0000. ${"Puis le texte continue longuement avec beaucoup de mots. ".repeat(20)}`;
    const result = extractMtProvenance([paragraph(text)]);
    expect(result.provenance).toBeNull();
  });

  it("tolerates trailing blank blocks and a share line after the footer", () => {
    const footer = paragraph(
      `Cet article est une traduction automatique d’un post publié à l’URL ${URL} le Thu, 11 Jun 2020 01:08:42 +0000.`,
    );
    const blank = paragraph("   ");
    const share = paragraph("Partager : Twitter, Facebook");
    const result = extractMtProvenance([BODY, footer, share, blank]);
    expect(result.blocks).toEqual([BODY, share, blank]);
    expect(result.provenance?.sourceUrl).toBe(URL);
    expect(result.provenance?.siteName).toBeNull();
  });

  it("takes the URL from the link when the footer links to the post", () => {
    const footer = paragraph(
      "This article is a machine translation of {1}the original post{/1} on 2020-06-11T01:08:42Z.",
      {
        "1": { name: "a", attrs: { href: URL } },
      },
    );
    const result = extractMtProvenance([BODY, footer]);
    expect(result.provenance).toMatchObject({ sourceUrl: URL, sourceDate: "2020-06-11T01:08:42.000Z" });
    expect(result.provenance?.rawFooter).toBe(
      "This article is a machine translation of the original post on 2020-06-11T01:08:42Z.",
    );
  });

  it("drops placeholders that the cut leaves unpaired", () => {
    const text = `{1}Fin.{/1} {2}Cet article est une traduction automatique d’un post à l’URL ${URL}.{/2}`;
    const result = extractMtProvenance([
      paragraph(text, { "1": { name: "em", attrs: {} }, "2": { name: "strong", attrs: {} } }),
    ]);
    expect(result.blocks).toEqual([paragraph("{1}Fin.{/1}", { "1": { name: "em", attrs: {} } })]);
  });

  it("trims punctuation glued to the URL", () => {
    const result = extractMtProvenance([paragraph(`This article is a machine translation of ${URL}.`)]);
    expect(result.provenance).toMatchObject({ sourceUrl: URL, sourceDate: null });
  });

  it.each([
    "Traduction automatique d’un post publié à l’URL https://www.eff.org/x le 11 juin 2020.",
    "Machine translation of https://www.eff.org/x",
  ])("recognises a footer that starts with the phrase: %j", (text) => {
    expect(extractMtProvenance([BODY, paragraph(text)]).provenance?.sourceUrl).toBe("https://www.eff.org/x");
  });

  it("leaves a closing paragraph that discusses machine translation and links somewhere", () => {
    const blocks = [
      BODY,
      paragraph("Pour en savoir plus sur la traduction automatique, lisez https://www.eff.org/mt."),
    ];
    expect(extractMtProvenance(blocks)).toEqual({ blocks, provenance: null });
  });

  it("needs a URL: a sentence about machine translation is not a footer", () => {
    const blocks = [paragraph("La traduction automatique progresse, mais reste imparfaite.")];
    expect(extractMtProvenance(blocks)).toEqual({ blocks, provenance: null });
  });

  it("returns documents without a footer unchanged", () => {
    const blocks = [BODY, paragraph(`Voir ${URL}.`)];
    expect(extractMtProvenance(blocks)).toEqual({ blocks, provenance: null });
    expect(extractMtProvenance([])).toEqual({ blocks: [], provenance: null });
  });
});

describe("dates", () => {
  it.each([
    ["Thu, 11 Jun 2020 01:08:42 +0000", "2020-06-11T01:08:42.000Z"],
    ["Thu, 11 Jun 2020 03:08:42 +0200", "2020-06-11T01:08:42.000Z"],
    ["11 Jun 2020 01:08 GMT", "2020-06-11T01:08:00.000Z"],
    ["Wed, 10 Jun 2020 18:00:00 EST", "2020-06-10T23:00:00.000Z"],
    ["2020-06-11T01:08:42Z", "2020-06-11T01:08:42.000Z"],
    ["2020-06-11T03:08:42.5+02:00", "2020-06-11T01:08:42.500Z"],
    ["2020-06-11", "2020-06-11T00:00:00.000Z"],
    ["le 11 juin 2020", "2020-06-11T00:00:00.000Z"],
    ["11 de junio de 2020", "2020-06-11T00:00:00.000Z"],
    ["11. Juni 2020", "2020-06-11T00:00:00.000Z"],
    ["June 11, 2020", "2020-06-11T00:00:00.000Z"],
  ])("reads %j", (text, iso) => {
    expect(parseDateToIso(text)).toBe(iso);
  });

  it.each(["", "not a date", "31 Jun 2020", "2020-13-01", "Thu, 11 Jun 2020 25:00:00 +0000", "11 Foo 2020"])(
    "rejects %j",
    (text) => {
      expect(parseDateToIso(text)).toBeNull();
    },
  );

  it("reports where the date starts, including the weekday", () => {
    expect(findDate("publié le Thu, 11 Jun 2020 01:08:42 +0000.")?.index).toBe(10);
  });
});
