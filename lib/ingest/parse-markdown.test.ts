import { describe, expect, it } from "vitest";
import { renderMarkdownToHtml } from "./markdown-to-html";
import { parseDocument } from "./parse-document";
import { parseMarkdown } from "./parse-markdown";

const kindsAndTexts = (markdown: string) => parseMarkdown(markdown).map((block) => [block.kind, block.text]);

describe("Markdown: blocks", () => {
  it("reads ATX and setext headings", () => {
    expect(
      kindsAndTexts("# Un\n\n## Deux ##\n\n###### Six\n\nSetext un\n===\n\nSetext deux\n---\n\n#sans espace"),
    ).toEqual([
      ["heading1", "Un"],
      ["heading2", "Deux"],
      ["heading6", "Six"],
      ["heading1", "Setext un"],
      ["heading2", "Setext deux"],
      ["paragraph", "#sans espace"],
    ]);
  });

  it("reads paragraphs with soft-wrapped lines", () => {
    expect(kindsAndTexts("Une ligne\ncoupée.\n\nUne autre.")).toEqual([
      ["paragraph", "Une ligne coupée."],
      ["paragraph", "Une autre."],
    ]);
  });

  it("reads bullet, ordered and nested lists", () => {
    expect(
      kindsAndTexts("- un\n- deux\n  - deux bis\n* trois\n\n1. premier\n2) second\n   suite\n\n+ lâche\ncontinuation"),
    ).toEqual([
      ["list-item", "un"],
      ["list-item", "deux"],
      ["list-item", "deux bis"],
      ["list-item", "trois"],
      ["list-item", "premier"],
      ["list-item", "second suite"],
      ["list-item", "lâche continuation"],
    ]);
  });

  it("reads loose list items with several paragraphs", () => {
    expect(kindsAndTexts("- premier paragraphe\n\n  second paragraphe\n- suivant")).toEqual([
      ["list-item", "premier paragraphe"],
      ["list-item", "second paragraphe"],
      ["list-item", "suivant"],
    ]);
  });

  it("reads blockquotes, nested and lazy", () => {
    expect(kindsAndTexts("> Citation\nparesseuse\n>\n> > imbriquée\n\n> ## Titre cité\n> - point")).toEqual([
      ["quote", "Citation paresseuse"],
      ["quote", "imbriquée"],
      ["heading2", "Titre cité"],
      ["list-item", "point"],
    ]);
  });

  it("skips thematic breaks and keeps fenced code as one code block", () => {
    const blocks = parseMarkdown("Avant.\n\n***\n\n```js\nconst x = {1};\n```\n\nAprès.");
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ["paragraph", "Avant."],
      ["paragraph", "{1}const x = {{1}};{/1}"],
      ["paragraph", "Après."],
    ]);
    expect(blocks[1].tags).toEqual({ "1": { name: "code", attrs: {} } });
  });

  it("passes HTML blocks through the sanitizer", () => {
    expect(
      kindsAndTexts('<div class="note">\n<p>Note <em>html</em></p>\n</div>\n\n<script>alert(1)</script>\n\nFin.'),
    ).toEqual([
      ["paragraph", "Note {1}html{/1}"],
      ["paragraph", "Fin."],
    ]);
  });
});

describe("Markdown: inline", () => {
  it("turns emphasis, strong, code, links and images into placeholders", () => {
    const [block] = parseMarkdown(
      'Du *texte*, du **gras**, du `code`, un [lien](https://eff.org/x "Titre") et ![une image](https://eff.org/i.png).',
    );
    expect(block.text).toBe("Du {1}texte{/1}, du {2}gras{/2}, du {3}code{/3}, un {4}lien{/4} et {5/}.");
    expect(block.tags).toEqual({
      "1": { name: "em", attrs: {} },
      "2": { name: "strong", attrs: {} },
      "3": { name: "code", attrs: {} },
      "4": { name: "a", attrs: { href: "https://eff.org/x", title: "Titre" } },
      "5": { name: "img", attrs: { src: "https://eff.org/i.png", alt: "une image" }, selfClosing: true },
    });
  });

  it("nests emphasis inside links and handles underscores", () => {
    const [block] = parseMarkdown("[le _site_ de **l'EFF**](https://eff.org) et snake_case_word et __fort__");
    expect(block.text).toBe("{1}le {2}site{/2} de {3}l'EFF{/3}{/1} et snake_case_word et {4}fort{/4}");
  });

  it("follows CommonMark delimiter rules for tricky runs", () => {
    expect(parseMarkdown("***gras italique***")[0].text).toBe("{1}{2}gras italique{/2}{/1}");
    expect(parseMarkdown("*pas fermé et ** seul")[0].text).toBe("*pas fermé et ** seul");
    expect(parseMarkdown("2 * 3 * 4")[0].text).toBe("2 * 3 * 4");
    expect(parseMarkdown("~~barré~~")[0].tags["1"].name).toBe("del");
  });

  it("resolves reference links, including shortcut and collapsed forms", () => {
    const [block] = parseMarkdown(
      "Voir [EFF][eff], [Deeplinks][] et [Deeplinks].\n\n[eff]: https://eff.org\n[deeplinks]: <https://eff.org/deeplinks> 'Blog'",
    );
    expect(block.text).toBe("Voir {1}EFF{/1}, {2}Deeplinks{/2} et {3}Deeplinks{/3}.");
    expect(block.tags["2"].attrs).toEqual({ href: "https://eff.org/deeplinks", title: "Blog" });
  });

  it("keeps unmatched brackets and unknown references as text", () => {
    expect(parseMarkdown("[pas de lien] et [x](")[0].text).toBe("[pas de lien] et [x](");
  });

  it("reads autolinks, backslash escapes, entities and hard breaks", () => {
    const [block] = parseMarkdown("<https://eff.org> \\*pas em\\* &amp; &eacute;  \nligne\\\nsuite");
    expect(block.text).toBe("{1}https://eff.org{/1} *pas em* & é{2/}ligne{3/}suite");
  });

  it("passes inline HTML through the sanitizer", () => {
    const [block] = parseMarkdown(
      'Un <em>mot</em> et <a href="javascript:x()" onclick="y()">piège</a> <b onclick="z()">gras</b>.',
    );
    expect(block.text).toBe("Un {1}mot{/1} et piège {2}gras{/2}.");
  });

  it("drops javascript: links written in Markdown", () => {
    const [block] = parseMarkdown("[clic](javascript:alert(1)) ok");
    expect(block).toEqual({ kind: "paragraph", text: "clic ok", tags: {} });
  });

  it("escapes literal braces in Markdown text", () => {
    expect(parseMarkdown("un {1} littéral")[0].text).toBe("un {{1}} littéral");
  });

  it("renders code span content literally", () => {
    expect(renderMarkdownToHtml("`<b>*x*</b>`")).toBe("<p><code>&lt;b&gt;*x*&lt;/b&gt;</code></p>\n");
  });
});

describe("Markdown: documents", () => {
  it("makes the first heading the title and removes its repetition", () => {
    const doc = parseDocument({ content: "# Le titre\n\nLe titre\n\nTexte de l'article.", filename: "post.md" });
    expect(doc.title).toBe("Le titre");
    expect(doc.blocks.map((block) => block.kind)).toEqual(["title", "paragraph"]);
  });

  it("strips a Markdown MT footer whose URL is a link", () => {
    const doc = parseDocument({
      content:
        "# Titre\n\nTexte.\n\nCet article est une traduction automatique d’un post publié sur le site d’Electronic Frontier Foundation à l’URL [https://www.eff.org/deeplinks/2020/06/x](https://www.eff.org/deeplinks/2020/06/x) le Thu, 11 Jun 2020 01:08:42 +0000.",
      format: "markdown",
    });
    expect(doc.blocks).toHaveLength(2);
    expect(doc.provenance?.sourceUrl).toBe("https://www.eff.org/deeplinks/2020/06/x");
  });
});
