import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document";
import { parseHtml, parseHtmlFragment } from "./parse-html";

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");

describe("HTML: inline placeholders", () => {
  it("turns links and emphasis into numbered pairs with their tags", () => {
    const [block] = parseHtmlFragment(
      '<p>Le programme <a href="https://www.eff.org/x" title="EFF">Rekognition d\'<em>Amazon</em></a> est <strong>défectueux</strong>.</p>',
    );
    expect(block).toEqual({
      kind: "paragraph",
      text: "Le programme {1}Rekognition d'{2}Amazon{/2}{/1} est {3}défectueux{/3}.",
      tags: {
        "1": { name: "a", attrs: { href: "https://www.eff.org/x", title: "EFF" } },
        "2": { name: "em", attrs: {} },
        "3": { name: "strong", attrs: {} },
      },
    });
  });

  it("numbers placeholders from 1 in every block", () => {
    const blocks = parseHtmlFragment("<p><b>a</b> <i>b</i></p><p><code>c</code></p>");
    expect(blocks.map((block) => block.text)).toEqual(["{1}a{/1} {2}b{/2}", "{1}c{/1}"]);
  });

  it("makes images and line breaks self-closing placeholders", () => {
    const [block] = parseHtmlFragment('<p>Voir <img src="https://eff.org/a.png" alt="Un drone"> ici<br>\n et là.</p>');
    expect(block.text).toBe("Voir {1/} ici{2/}et là.");
    expect(block.tags).toEqual({
      "1": { name: "img", attrs: { src: "https://eff.org/a.png", alt: "Un drone" }, selfClosing: true },
      "2": { name: "br", attrs: {}, selfClosing: true },
    });
  });

  it("keeps sup, sub, code and spans that carry a language; unwraps plain spans", () => {
    const [block] = parseHtmlFragment(
      '<p>E=mc<sup>2</sup>, H<sub>2</sub>O, <code>rm</code>, <span lang="en">privacy</span>, <span class="x">plain</span></p>',
    );
    expect(block.text).toBe("E=mc{1}2{/1}, H{2}2{/2}O, {3}rm{/3}, {4}privacy{/4}, plain");
    expect(block.tags["4"]).toEqual({ name: "span", attrs: { lang: "en" } });
  });

  it("moves spaces out of tags and collapses whitespace", () => {
    const [block] = parseHtmlFragment(
      "<p>  un\n\n<a href='/x'> lien   </a>et <em>\tun mot </em> fin  </p>",
      "https://eff.org/",
    );
    expect(block.text).toBe("un {1}lien{/1} et {2}un mot{/2} fin");
    expect(block.tags["1"].attrs.href).toBe("https://eff.org/x");
  });

  it("drops empty inline elements instead of numbering them", () => {
    const [block] = parseHtmlFragment('<p><a id="top"></a>Texte <a href="https://x.org"> </a><em></em>suite</p>');
    expect(block).toEqual({ kind: "paragraph", text: "Texte suite", tags: {} });
  });

  it("decodes entities and escapes literal braces", () => {
    const [block] = parseHtmlFragment("<p>AT&amp;T &lt;b&gt; &eacute;t&#233; &#x263A; &nbsp;x {1} {/2}</p>");
    expect(block.text).toBe("AT&T <b> été ☺ \u00a0x {{1}} {{/2}}");
  });

  it("splits old-style <br><br> paragraphs", () => {
    const blocks = parseHtmlFragment("<div>Premier.<br><br>Second.<br/> <br/>Troisième.</div>");
    expect(blocks.map((block) => block.text)).toEqual(["Premier.", "Second.", "Troisième."]);
  });
});

describe("HTML: block structure", () => {
  it("maps headings, paragraphs, list items and quotes", () => {
    const blocks = parseHtmlFragment(`
      <h2>Sous-titre</h2><h3>Trois</h3><h6>Six</h6>
      <p>Texte.</p>
      <ul><li>Un<ul><li>Un bis</li></ul></li><li><p>Deux</p></li></ul>
      <ol><li>Trois</li></ol>
      <blockquote><p>Citation un.</p><p>Citation deux.</p></blockquote>
      <blockquote>Citation nue.</blockquote>
      <div>Texte dans un div <span>avec span</span></div>
      <table><tr><td>Cellule</td><td>Autre</td></tr></table>`);
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ["heading2", "Sous-titre"],
      ["heading3", "Trois"],
      ["heading6", "Six"],
      ["paragraph", "Texte."],
      ["list-item", "Un"],
      ["list-item", "Un bis"],
      ["list-item", "Deux"],
      ["list-item", "Trois"],
      ["quote", "Citation un."],
      ["quote", "Citation deux."],
      ["quote", "Citation nue."],
      ["paragraph", "Texte dans un div avec span"],
      ["paragraph", "Cellule"],
      ["paragraph", "Autre"],
    ]);
  });

  it("walks a link that wraps block content as a container", () => {
    const blocks = parseHtmlFragment('<a href="https://x.org"><h2>Titre</h2><p>Texte</p></a>');
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ["heading2", "Titre"],
      ["paragraph", "Texte"],
    ]);
  });

  it("uses a leading h1 as the title of an HTML fragment", () => {
    const doc = parseDocument({ content: "<h1>Le titre</h1><h1>Le titre</h1><p>Texte.</p>", format: "html" });
    expect(doc.title).toBe("Le titre");
    expect(doc.blocks.map((block) => block.kind)).toEqual(["title", "paragraph"]);
  });

  it("has no title when a fragment does not start with h1", () => {
    const doc = parseDocument({ content: "<p>Texte.</p><h2>Section</h2>", format: "html" });
    expect(doc.title).toBeNull();
  });
});

describe("HTML: sanitizing", () => {
  it("strips scripts, styles, iframes, event handlers and javascript: URLs", () => {
    const blocks = parseHtmlFragment(`
      <p onclick="steal()">Avant<script>alert("x")</script><style>p{}</style>
      <a href="javascript:alert(1)">piège</a> <a href=" JaVa&#x09;script:alert(1)">piège2</a>
      <a href="data:text/html,<script>1</script>">données</a>
      <img src="x" onerror="alert(1)"><img src="javascript:alert(1)">
      <iframe src="https://evil.example">cadre</iframe><noscript>noscript</noscript>
      <a href="https://ok.example" onmouseover="x()" style="color:red" class="c">ok</a></p>`);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].text).toBe("Avant piège piège2 données {1/} {2}ok{/2}");
    expect(blocks[0].tags).toEqual({
      "1": { name: "img", attrs: { src: "x" }, selfClosing: true },
      "2": { name: "a", attrs: { href: "https://ok.example" } },
    });
    expect(JSON.stringify(blocks)).not.toMatch(/alert|script|evil|onclick|onmouseover|style/i);
  });

  it("drops forms, buttons and embedded media with their text", () => {
    const blocks = parseHtmlFragment(
      "<p>Texte</p><form><button>Envoyer</button><textarea>t</textarea></form><svg><text>svg</text></svg>",
    );
    expect(blocks.map((block) => block.text)).toEqual(["Texte"]);
  });
});

describe("HTML: full article page (Readability)", () => {
  const page = fixture("mt-article-page.html");

  it("extracts the article from a page with navigation, sidebar, comments and footer", () => {
    const doc = parseDocument({
      content: page,
      filename: "article.html",
      url: "https://libertes.example/2020/06/11/ibm/",
    });
    expect(doc.title).toBe(
      "IBM et Amazon acceptent de prendre du recul par rapport à la reconnaissance faciale. Où est Microsoft?",
    );
    expect(doc.blocks.map((block) => block.kind)).toEqual([
      "title",
      "paragraph",
      "paragraph",
      "paragraph",
      "quote",
      "heading2",
      "paragraph",
      "list-item",
      "list-item",
      "list-item",
      "paragraph",
      "paragraph",
    ]);
    const all = JSON.stringify(doc.blocks);
    for (const noise of [
      "Accueil",
      "Articles récents",
      "Laisser un commentaire",
      "Mentions légales",
      "Partager",
      "gtag",
      "Vidéo",
    ]) {
      expect(all).not.toContain(noise);
    }
    expect(doc.blocks[1]).toEqual({
      kind: "paragraph",
      text: expect.stringMatching(/^\{1\}Mise à jour:\{\/1\} un jour après .* Microsoft a \{2\}annoncé\{\/2\} qu'il/),
      tags: {
        "1": { name: "strong", attrs: {} },
        "2": {
          name: "a",
          attrs: { href: "https://www.washingtonpost.com/technology/2020/06/11/microsoft-facial-recognition/" },
        },
      },
    });
    expect(doc.blocks[11].text).toBe("{1}PASSER À L'ACTION{/1}");
  });

  it("strips the MT footer from the article and reports its provenance", () => {
    const doc = parseDocument({ content: page, format: "html" });
    expect(doc.provenance).toMatchObject({
      sourceUrl: "https://www.eff.org/deeplinks/2020/06/ibm-amazon-end-and-pause-fr-programs-where-microsoft",
      sourceDate: "2020-06-11T01:08:42.000Z",
      siteName: "Electronic Frontier Foundation",
    });
    expect(JSON.stringify(doc.blocks)).not.toContain("traduction automatique");
  });

  it("uses the page title when the article has no h1 and drops site-name suffixes", () => {
    const html = `<!doctype html><html><head><title>Un titre de page | Mon site</title></head><body>
      <nav><a href="/">Accueil</a></nav><article><h1>Un titre de page</h1>
      <p>${"Un paragraphe assez long pour que Readability le retienne comme contenu principal de la page. ".repeat(4)}</p>
      <p>${"Un second paragraphe, lui aussi long, avec des virgules, des mots, et encore des mots. ".repeat(4)}</p>
      </article><footer>Pied de page</footer></body></html>`;
    const result = parseHtml(html);
    expect(result.title).toBe("Un titre de page");
    const doc = parseDocument({ content: html });
    expect(doc.title).toBe("Un titre de page");
    expect(doc.blocks.map((block) => block.kind)).toEqual(["title", "paragraph", "paragraph"]);
  });

  it("falls back to the page body without chrome for a page too short for Readability", () => {
    const doc = parseDocument({
      content:
        "<html><head><title>Court</title></head><body><header>Menu</header><nav>Accueil</nav><p>Une phrase.</p><aside>Pub</aside><footer>Pied</footer></body></html>",
    });
    expect(doc.blocks.map((block) => [block.kind, block.text])).toEqual([
      ["title", "Court"],
      ["paragraph", "Une phrase."],
    ]);
  });

  it("prefers the page's single <article> when falling back", () => {
    const doc = parseDocument({
      content:
        "<html><body><div class='sidebar'>Liens</div><article><h1>Titre court</h1><p>Une phrase.</p></article><div>Bas</div></body></html>",
    });
    expect(doc.title).toBe("Titre court");
    expect(doc.blocks.map((block) => block.text)).toEqual(["Titre court", "Une phrase."]);
  });

  // speed lives in bench/import-speed.ts; this checks the long article parses whole
  it("parses a 2,000-word article with its links and emphasis", () => {
    const sentence = "La surveillance faciale <a href='https://eff.org'>menace</a> nos <em>libertés</em> civiles. ";
    const body = `<h1>Long</h1>${`<p>${sentence.repeat(10)}</p>`.repeat(29)}`;
    const page = `<!doctype html><html><head><title>Long</title></head><body><nav>Menu</nav><article>${body}</article></body></html>`;
    for (const content of [body, page]) {
      const doc = parseDocument({ content, format: "html" });
      expect(doc.blocks).toHaveLength(30);
      expect(doc.blocks[1].text.match(/\{1\}menace\{\/1\}/g)).toHaveLength(1);
    }
  });
});
