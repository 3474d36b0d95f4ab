import TurndownService from "turndown";
import { describe, expect, it } from "vitest";
import { buildSamplePost, makeBlock, makePost, makeSegment } from "./__fixtures__/sample-post";
import { renderArticleMarkdown } from "./render-markdown";

const NNBSP = "\u202F";
const NBSP = "\u00A0";

/** Front matter fields (our values are JSON scalars and arrays, valid YAML flow style). */
function readFrontMatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error("no front matter");
  return Object.fromEntries(
    match[1].split("\n").map((line) => {
      const colon = line.indexOf(": ");
      return [line.slice(0, colon), JSON.parse(line.slice(colon + 2))];
    }),
  );
}

describe("renderArticleMarkdown", () => {
  const markdown = renderArticleMarkdown(buildSamplePost());
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, "");

  it("starts with YAML front matter carrying the provenance", () => {
    expect(readFrontMatter(markdown)).toEqual({
      title: "Interdire la reconnaissance faciale",
      lang: "fr",
      source_url: "https://www.eff.org/deeplinks/2020/06/ban-face-recognition",
      source_date: "2020-06-11T01:08:42.000Z",
      translators: ["Alice Martin", "Bruno Roy"],
      reviewers: ["Chloé Petit"],
    });
  });

  it("writes headings, links, emphasis, a '- ' list and a '> ' quotation", () => {
    expect(body.trim().split("\n\n")).toEqual([
      "# Interdire la reconnaissance faciale",
      `## Pourquoi maintenant${NNBSP}?`,
      `La [reconnaissance faciale](https://www.eff.org/issues/face-recognition "Dossier") est _dangereuse_. Les villes doivent agir${NNBSP}!`,
      "Lisez [notre guide](https://ssd.eff.org/) et **partagez-le**.",
      "- Premier point\n- Second point",
      `> «${NBSP}La vie privée est un droit${NBSP}»`,
    ]);
  });

  it("gives each quoted paragraph its own '> ' line", () => {
    // A bare ">" between paragraphs: no line ends with a space.
    const post = makePost([makeBlock("quote", [makeSegment("Un")]), makeBlock("quote", [makeSegment("Deux")])]);
    expect(renderArticleMarkdown(post)).toContain("> Un\n>\n> Deux\n");
  });

  it("keeps raw HTML out: text that looks like markup stays literal", () => {
    const post = makePost(
      [makeBlock("paragraph", [makeSegment("Essayez <script>alert(1)</script> et *gras* et [x](javascript:y)")])],
      {
        targetLang: "en",
      },
    );
    const out = renderArticleMarkdown(post);
    expect(out).toContain("\\<script>alert(1)\\</script>");
    expect(out).toContain("\\*gras\\*");
    expect(out).toContain("\\[x\\](javascript:y)");
    expect(out).not.toMatch(/(^|[^\\])<script/);
  });

  it("quotes front matter values whatever they contain", () => {
    const post = makePost([], { title: 'Titre: "spécial"\n---', credits: { translators: ["O'Brien"], reviewers: [] } });
    const front = readFrontMatter(renderArticleMarkdown(post));
    expect(front.title).toBe(`Titre${NBSP}: "spécial"\n---`);
    expect(front.translators).toEqual(["O'Brien"]);
  });

  it("keeps sup/sub and writes strikethrough", () => {
    const post = makePost(
      [
        makeBlock("paragraph", [makeSegment("H{1}2{/1}O et {2}faux{/2}{3}1{/3}")], {
          "1": { name: "sub", attrs: {} },
          "2": { name: "del", attrs: {} },
          "3": { name: "sup", attrs: {} },
        }),
      ],
      { targetLang: "en" },
    );
    expect(renderArticleMarkdown(post)).toContain("H<sub>2</sub>O et ~~faux~~<sup>1</sup>");
  });

  it("is what turndown itself makes of the HTML body, modulo our list and quote spacing", () => {
    // Guards against the custom rules drifting from turndown's own output for plain constructs.
    const plain = new TurndownService({ headingStyle: "atx", emDelimiter: "_" }).turndown(
      "<h2>Titre</h2><p>Un <em>mot</em>.</p>",
    );
    const post = makePost(
      [
        makeBlock("heading2", [makeSegment("Titre")]),
        makeBlock("paragraph", [makeSegment("Un {1}mot{/1}.")], { "1": { name: "em", attrs: {} } }),
      ],
      {
        targetLang: "en",
      },
    );
    expect(renderArticleMarkdown(post)).toContain(plain);
  });
});
