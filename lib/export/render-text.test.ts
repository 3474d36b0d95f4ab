import { describe, expect, it } from "vitest";
import { buildSamplePost, makeBlock, makePost, makeSegment } from "./__fixtures__/sample-post";
import { renderArticleText } from "./render-text";

const NNBSP = "\u202F";
const NBSP = "\u00A0";

describe("renderArticleText", () => {
  it("writes title first, blocks separated by blank lines, '- ' items and '> ' quotes, without placeholders", () => {
    expect(renderArticleText(buildSamplePost())).toBe(
      [
        "Interdire la reconnaissance faciale",
        "",
        `Pourquoi maintenant${NNBSP}?`,
        "",
        `La reconnaissance faciale est dangereuse. Les villes doivent agir${NNBSP}!`,
        "",
        "Lisez notre guide et partagez-le.",
        "",
        "- Premier point",
        "- Second point",
        "",
        `> «${NBSP}La vie privée est un droit${NBSP}»`,
        "",
      ].join("\n"),
    );
  });

  it("uses post.title when there is no title block, unescapes braces, turns <br> into a newline", () => {
    const post = makePost(
      [
        makeBlock("paragraph", [makeSegment("Ligne {1/}suivante {{x}} {2}lien{/2}")], {
          "1": { name: "br", attrs: {}, selfClosing: true },
          "2": { name: "a", attrs: { href: "https://eff.org" } },
        }),
        makeBlock("quote", [makeSegment("A")]),
        makeBlock("quote", [makeSegment("B")]),
      ],
      { targetLang: "en", title: "Title" },
    );
    expect(renderArticleText(post)).toBe("Title\n\nLigne\nsuivante {x} lien\n\n> A\n>\n> B\n");
  });

  it("prints an empty article as just its title", () => {
    expect(renderArticleText(makePost([], { targetLang: "en", title: "Only" }))).toBe("Only\n");
  });
});
