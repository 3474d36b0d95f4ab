import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { InlineTag } from "@/lib/ingest/types";
import { arbitraryTokenText } from "./__fixtures__/placeholder-arbitraries";
import { buildSamplePost, makeBlock, makePost, makeSegment } from "./__fixtures__/sample-post";
import { renderArticleHtml } from "./render-html";
import { renderInlineHtml } from "./render-inline-html";

const NNBSP = "\u202F";
const NBSP = "\u00A0";

function parseBody(html: string): HTMLElement {
  return parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body;
}

function parseDocument(html: string): Document {
  return parseHTML(html).document;
}

const ALLOWED_ELEMENTS = new Set(
  "h1 h2 h3 h4 h5 h6 p ul li blockquote a em strong i b code sup sub s del ins u mark small abbr q cite kbd var samp span img br".split(
    " ",
  ),
);
const ALLOWED_ATTRIBUTES = new Set(["href", "title", "src", "alt", "lang", "dir"]);

/** Everything that could run script: unknown elements, event handlers, script URLs, odd attributes. */
function findExecutableMarkup(root: Element): string[] {
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll("*"))) {
    const name = element.tagName.toLowerCase();
    if (!ALLOWED_ELEMENTS.has(name)) problems.push(`element <${name}>`);
    for (const attribute of Array.from(element.attributes)) {
      if (!ALLOWED_ATTRIBUTES.has(attribute.name)) problems.push(`attribute ${attribute.name} on <${name}>`);
      if ((attribute.name === "href" || attribute.name === "src") && !/^(https?:|mailto:)/i.test(attribute.value)) {
        problems.push(`${attribute.name}="${attribute.value}"`);
      }
    }
  }
  return problems;
}

function paragraphPost(text: string, tags: Record<string, InlineTag>, lang = "en") {
  return makePost([makeBlock("paragraph", [makeSegment(text)], tags)], { targetLang: lang, title: "T" });
}

describe("renderArticleHtml body", () => {
  const body = parseBody(renderArticleHtml(buildSamplePost()));

  it("has one h1 title, the heading, both paragraphs, a two-item list and a quotation", () => {
    expect(Array.from(body.children).map((element) => element.tagName.toLowerCase())).toEqual([
      "h1",
      "h2",
      "p",
      "p",
      "ul",
      "blockquote",
    ]);
    expect(body.querySelector("h1")?.textContent).toBe("Interdire la reconnaissance faciale");
    expect(body.querySelectorAll("ul > li")).toHaveLength(2);
    expect(Array.from(body.querySelectorAll("li")).map((li) => li.textContent)).toEqual([
      "Premier point",
      "Second point",
    ]);
    expect(body.querySelectorAll("blockquote > p")).toHaveLength(1);
  });

  it("rebuilds links and emphasis from the tag table", () => {
    const [first, second] = Array.from(body.querySelectorAll("p"));
    const link = first.querySelector("a");
    expect(link?.getAttribute("href")).toBe("https://www.eff.org/issues/face-recognition");
    expect(link?.getAttribute("title")).toBe("Dossier");
    expect(link?.textContent).toBe("reconnaissance faciale");
    expect(first.querySelector("em")?.textContent).toBe("dangereuse");
    expect(second.querySelector("a")?.getAttribute("href")).toBe("https://ssd.eff.org/");
    expect(second.querySelector("strong")?.textContent).toBe("partagez-le");
  });

  it("joins a block's segments with a space and applies French typography", () => {
    expect(body.querySelector("p")?.textContent).toBe(
      `La reconnaissance faciale est dangereuse. Les villes doivent agir${NNBSP}!`,
    );
    expect(body.querySelector("h2")?.textContent).toBe(`Pourquoi maintenant${NNBSP}?`);
    expect(body.querySelector("blockquote p")?.textContent).toBe(`«${NBSP}La vie privée est un droit${NBSP}»`);
  });

  it("groups consecutive quote blocks into one blockquote and separates lists", () => {
    const post = makePost([
      makeBlock("quote", [makeSegment("Un")]),
      makeBlock("quote", [makeSegment("Deux")]),
      makeBlock("paragraph", [makeSegment("Milieu")]),
      makeBlock("list-item", [makeSegment("A")]),
      makeBlock("paragraph", [makeSegment("Fin")]),
      makeBlock("list-item", [makeSegment("B")]),
    ]);
    const html = parseBody(renderArticleHtml(post));
    expect(Array.from(html.children).map((element) => element.tagName.toLowerCase())).toEqual([
      "h1",
      "blockquote",
      "p",
      "ul",
      "p",
      "ul",
    ]);
    expect(html.querySelectorAll("blockquote > p")).toHaveLength(2);
  });

  it("prints post.title as h1 when there is no title block, and skips empty blocks", () => {
    const post = makePost([
      makeBlock("heading3", [makeSegment("Sous-titre")]),
      makeBlock("paragraph", [makeSegment("  ")]),
    ]);
    const html = parseBody(renderArticleHtml(post));
    expect(Array.from(html.children).map((element) => element.outerHTML)).toEqual([
      "<h1>Interdire la reconnaissance faciale</h1>",
      "<h3>Sous-titre</h3>",
    ]);
  });

  it("falls back to post.title when the title block is still empty", () => {
    const post = makePost([makeBlock("title", [makeSegment("")]), makeBlock("paragraph", [makeSegment("Texte")])]);
    expect(renderArticleHtml(post)).toBe("<h1>Interdire la reconnaissance faciale</h1>\n<p>Texte</p>\n");
  });

  it("renders images and line breaks, and keeps code verbatim", () => {
    const html = renderInlineHtml(
      "Voir {1/}{2/}puis {3}a ? b : c{/3}:",
      {
        "1": { name: "img", attrs: { src: "https://eff.org/x.png", alt: "Logo EFF" }, selfClosing: true },
        "2": { name: "br", attrs: {}, selfClosing: true },
        "3": { name: "code", attrs: {} },
      },
      "fr",
    );
    expect(html).toBe(`Voir <img src="https://eff.org/x.png" alt="Logo EFF"><br>puis <code>a ? b : c</code>${NBSP}:`);
  });

  it("keeps span lang/dir only when valid", () => {
    const tags = {
      "1": { name: "span", attrs: { lang: "en", dir: "ltr" } },
      "2": { name: "span", attrs: { lang: 'en" x' } },
    };
    expect(renderInlineHtml("{1}privacy{/1} {2}x{/2}", tags, "en")).toBe('<span lang="en" dir="ltr">privacy</span> x');
  });
});

describe("renderArticleHtml standalone", () => {
  it("is a full HTML5 document with language, charset, title, alternate link and credits", () => {
    const html = renderArticleHtml(buildSamplePost(), {
      standalone: true,
      canonicalUrl: "https://retouche.example/fr/ban",
    });
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    const document = parseDocument(html);
    expect(document.documentElement.getAttribute("lang")).toBe("fr");
    expect(document.querySelector("meta[charset]")?.getAttribute("charset")).toBe("utf-8");
    expect(document.querySelector("title")?.textContent).toBe("Interdire la reconnaissance faciale");
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
      "https://retouche.example/fr/ban",
    );
    const alternates = Array.from(document.querySelectorAll('link[rel="alternate"]')).map((link) => [
      link.getAttribute("hreflang"),
      link.getAttribute("href"),
    ]);
    expect(alternates).toEqual([
      ["fr", "https://retouche.example/fr/ban"],
      ["en", "https://www.eff.org/deeplinks/2020/06/ban-face-recognition"],
    ]);
    const footer = document.querySelector("article > footer");
    expect(footer?.textContent).toContain("Traduction automatique corrigée par des bénévoles.");
    expect(footer?.textContent).toContain("Alice Martin, Bruno Roy");
    expect(footer?.textContent).toContain("Chloé Petit");
    expect(footer?.querySelector("a")?.getAttribute("href")).toBe(
      "https://www.eff.org/deeplinks/2020/06/ban-face-recognition",
    );
    expect(footer?.querySelector("time")?.getAttribute("datetime")).toBe("2020-06-11T01:08:42.000Z");
    expect(footer?.querySelector("time")?.textContent).toContain("2020");
    expect(document.querySelectorAll("article > h1")).toHaveLength(1);
  });

  it("writes the footer in English (marked lang=en) for languages without wording, and no canonical by default", () => {
    const document = parseDocument(renderArticleHtml(makePost([], { targetLang: "de" }), { standalone: true }));
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    const footer = document.querySelector("footer");
    expect(footer?.getAttribute("lang")).toBe("en");
    expect(footer?.textContent).toContain("Machine translation corrected by volunteers.");
  });
});

describe("renderArticleHtml is XSS-safe", () => {
  const attacks = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg onload=alert(1)>",
    "</p><iframe src=javascript:alert(1)></iframe>",
    '<a href="javascript:alert(1)">x</a>',
    "&lt;script&gt;",
    "{{1}}<b>{{/1}}",
  ];

  it("has a checker that does catch executable markup (sanity check of the oracle)", () => {
    const body = parseBody('<p><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><script>1</script></p>');
    expect(findExecutableMarkup(body)).toEqual([
      'src="x"',
      "attribute onerror on <img>",
      'href="javascript:alert(1)"',
      "element <script>",
    ]);
  });

  it.each(attacks)("escapes %j in segment text", (attack) => {
    const html = renderArticleHtml(paragraphPost(`Texte ${attack} fin`, {}));
    const body = parseBody(html);
    expect(findExecutableMarkup(body)).toEqual([]);
    expect(body.querySelectorAll("p")).toHaveLength(1);
    expect(body.querySelector("p")?.textContent).toContain(attack.replace("{{1}}", "{1}").replace("{{/1}}", "{/1}"));
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0001javascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example/x",
    "/relative/path",
    "file:///etc/passwd",
  ])("drops the link %j but keeps its text", (href) => {
    const html = renderArticleHtml(paragraphPost("Cliquez {1}ici{/1}.", { "1": { name: "a", attrs: { href } } }));
    const body = parseBody(html);
    expect(body.querySelector("a")).toBeNull();
    expect(body.querySelector("p")?.textContent).toBe("Cliquez ici.");
  });

  it("refuses non-http image sources, event handlers, styles and unknown or hostile tag names", () => {
    const tags: Record<string, InlineTag> = {
      "1": { name: "img", attrs: { src: "javascript:alert(1)", alt: "x" }, selfClosing: true },
      "2": {
        name: "img",
        attrs: { src: "https://ok.example/i.png", onerror: "alert(1)", style: "x" },
        selfClosing: true,
      },
      "3": {
        name: "a",
        attrs: { href: "https://ok.example/", onclick: "alert(1)", style: "color:red", target: "_blank" },
      },
      "4": { name: "script", attrs: {} },
      "5": { name: "a onmouseover=alert(1)", attrs: { href: "https://ok.example/" } },
      "6": { name: "iframe", attrs: { src: "https://ok.example/" } },
      "7": { name: "IMG", attrs: { src: "data:image/png;base64,AAAA" }, selfClosing: true },
      "8": { name: "__proto__", attrs: {} },
    };
    const html = renderInlineHtml("{1/}{2/}{3}lien{/3}{4}alert(1){/4}{5}b{/5}{6}c{/6}{7/}{8}d{/8}", tags, "en");
    const body = parseBody(`<p>${html}</p>`);
    expect(findExecutableMarkup(body)).toEqual([]);
    expect(html).toBe('<img src="https://ok.example/i.png"><a href="https://ok.example/">lien</a>alert(1)bcd');
  });

  it("cannot break out of attributes with quotes in href or title", () => {
    const tags = {
      "1": {
        name: "a",
        attrs: { href: 'https://x.example/"onmouseover="alert(1)', title: '"><script>alert(1)</script>' },
      },
      "2": { name: "img", attrs: { src: "https://x.example/a.png", alt: "' onerror='alert(1)" }, selfClosing: true },
    };
    const body = parseBody(`<p>${renderInlineHtml("{1}x{/1}{2/}", tags, "en")}</p>`);
    expect(findExecutableMarkup(body)).toEqual([]);
    const link = body.querySelector("a");
    expect(link?.getAttributeNames()).toEqual(["href", "title"]);
    expect(link?.getAttribute("title")).toBe('"><script>alert(1)</script>');
    expect(link?.getAttribute("href")).toBe("https://x.example/%22onmouseover=%22alert(1)");
    expect(body.querySelector("img")?.getAttribute("alt")).toBe("' onerror='alert(1)");
  });

  it("drops placeholder tricks: missing tags, wrong kinds, unbalanced and crossing pairs", () => {
    const tags = { "1": { name: "em", attrs: {} }, "2": { name: "img", attrs: { src: "https://x.example/i.png" } } };
    expect(renderInlineHtml("{9}a{/9} {1/} {2}b{/2} {1}c", tags, "en")).toBe("a  b c");
    // {1} crosses {3}: the nesting pair survives, the crossing one is dropped.
    expect(renderInlineHtml("{1}a{3}b{/1}c{/3}", { ...tags, "3": { name: "strong", attrs: {} } }, "en")).toBe(
      "a<strong>bc</strong>",
    );
    expect(renderInlineHtml("{{1}}literal{{/1}}", tags, "en")).toBe("{1}literal{/1}");
  });

  it("escapes the title, names, language and source URL of a standalone page", () => {
    const post = makePost([], {
      title: "<script>alert(1)</script>",
      targetLang: 'fr"><script>alert(1)</script>',
      sourceLang: 'en" onload="alert(1)',
      sourceUrl: "javascript:alert(1)",
      credits: { translators: ["<img src=x onerror=alert(1)>"], reviewers: ['"><svg onload=alert(1)>'] },
    });
    const document = parseDocument(renderArticleHtml(post, { standalone: true, canonicalUrl: "javascript:alert(1)" }));
    expect(document.querySelectorAll("script, svg, iframe")).toHaveLength(0);
    expect(document.querySelectorAll("img")).toHaveLength(0);
    expect(document.querySelectorAll("link")).toHaveLength(0);
    expect(document.querySelector("footer a")).toBeNull();
    expect(document.querySelector("h1")?.textContent).toBe("<script>alert(1)</script>");
    for (const element of Array.from(document.querySelectorAll("*"))) {
      expect(element.getAttributeNames().filter((name) => name.startsWith("on"))).toEqual([]);
    }
  });

  it("never emits executable markup, whatever the text and tag table (property)", () => {
    const hostileTag = fc.record({
      name: fc.constantFrom("a", "img", "script", "iframe", "em", "span", "br", "style", "A", "svg", "object", "b"),
      attrs: fc.dictionary(
        fc.constantFrom("href", "src", "onerror", "onclick", "style", "title", "lang", "alt", "srcdoc", "formaction"),
        fc.constantFrom(
          "javascript:alert(1)",
          "https://ok.example/",
          '"><script>alert(1)</script>',
          "data:text/html,x",
          "mailto:a@b.example",
          "en",
          " JAVASCRIPT:alert(1)",
        ),
      ),
      selfClosing: fc.boolean(),
    });
    const table = fc.dictionary(fc.integer({ min: 1, max: 9 }).map(String), hostileTag);
    fc.assert(
      fc.property(arbitraryTokenText(), table, fc.constantFrom("fr", "en"), (text, tags, lang) => {
        const body = parseBody(renderArticleHtml(paragraphPost(text, tags, lang)));
        expect(findExecutableMarkup(body)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
