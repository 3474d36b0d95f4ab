import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapePlaceholderText, stripPlaceholders, tokenizePlaceholderText } from "@/lib/text/placeholders";
import { extractMtProvenance } from "./extract-provenance";
import { IngestError } from "./ingest-error";
import { parseDocument } from "./parse-document";
import { parseFeed } from "./parse-feed";
import { type InputFormat, isBlockKind, type ParsedBlock } from "./types";

/**
 * Property tests: whatever the input, the parsers either return well-formed results or throw an
 * IngestError — never another error, never a hang (each call is timed).
 */

// FUZZ_RUNS=5000 npx vitest run lib/ingest/ingest-properties.test.ts for a longer local session.
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS) || 300 };
// a hang guard, far above any normal call (~ms), so that a slow machine never fails it
const MAX_CALL_MS = 15_000;
const ALLOWED_ATTRS: Record<string, readonly string[]> = {
  a: ["href", "title"],
  img: ["src", "alt", "title"],
  abbr: ["title"],
  span: ["lang", "dir"],
};

function runBounded<T>(run: () => T): T | IngestError {
  const start = performance.now();
  try {
    return run();
  } catch (error) {
    if (error instanceof IngestError) {
      expect(error.message.length).toBeGreaterThan(10);
      return error;
    }
    throw error;
  } finally {
    expect(performance.now() - start).toBeLessThan(MAX_CALL_MS);
  }
}

/** Placeholders nest properly, are numbered 1..n in order, and match the tag table exactly. */
function expectWellFormedBlock(block: ParsedBlock): void {
  expect(isBlockKind(block.kind)).toBe(true);
  expect(stripPlaceholders(block.text).trim()).not.toBe("");
  const stack: string[] = [];
  const seen: string[] = [];
  const selfClosing = new Set<string>();
  for (const token of tokenizePlaceholderText(block.text)) {
    if (token.type === "open") {
      stack.push(token.id);
      seen.push(token.id);
    } else if (token.type === "close") expect(stack.pop()).toBe(token.id);
    else if (token.type === "self") {
      seen.push(token.id);
      selfClosing.add(token.id);
    }
  }
  expect(stack).toEqual([]);
  expect(seen).toEqual(seen.map((_, index) => String(index + 1)));
  expect(Object.keys(block.tags).sort()).toEqual([...seen].sort());
  for (const [id, tag] of Object.entries(block.tags)) {
    const allowed = ALLOWED_ATTRS[tag.name] ?? [];
    for (const [name, value] of Object.entries(tag.attrs)) {
      expect(allowed).toContain(name);
      if (name === "href" || name === "src") expect(value).not.toMatch(/^\s*(?:javascript|vbscript|data):/i);
    }
    expect(Boolean(tag.selfClosing)).toBe(selfClosing.has(id));
  }
}

function expectWellFormedDocument(result: unknown): void {
  if (result instanceof IngestError) return;
  const doc = result as ReturnType<typeof parseDocument>;
  expect(doc.blocks.length).toBeGreaterThan(0);
  doc.blocks.forEach(expectWellFormedBlock);
  expect(doc.title === null).toBe(doc.blocks[0].kind !== "title");
  expect(doc.blocks.slice(1).every((block) => block.kind !== "title")).toBe(true);
}

// Pieces that exercise entities, braces, footers, Markdown and HTML syntax.
const TEXT_PIECES = [
  "a",
  "mot",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\t",
  "\u00a0",
  ".",
  "?",
  "{",
  "}",
  "{1}",
  "{/1}",
  "{2/}",
  "{{",
  "&amp;",
  "&lt;",
  "&#0;",
  "&#x110000;",
  "&nbsp;",
  "&bogus;",
  "&",
  "<",
  ">",
  '"',
  "'",
  "’",
  "é",
  "😀",
  "\u0301",
  "\u200b",
  "TITRE",
  "*",
  "**",
  "_",
  "`",
  "~~",
  "[",
  "]",
  "(",
  ")",
  "![",
  "# ",
  "## ",
  "> ",
  "- ",
  "1. ",
  "---",
  "===",
  "```",
  "    ",
  "\\",
  "https://www.eff.org/x",
  "javascript:alert(1)",
  "Cet article est une traduction automatique d’un post publié sur le site d’EFF à l’URL ",
  "This article is a machine translation of ",
  " le Thu, 11 Jun 2020 01:08:42 +0000.",
];
const textish = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 40 }).map((parts) => parts.join(""));

const TAGS = [
  "p",
  "div",
  "span",
  "a",
  "em",
  "strong",
  "b",
  "i",
  "code",
  "h1",
  "h2",
  "h3",
  "h6",
  "ul",
  "ol",
  "li",
  "blockquote",
  "br",
  "img",
  "script",
  "style",
  "iframe",
  "table",
  "tr",
  "td",
  "pre",
  "sup",
  "nav",
  "footer",
  "article",
  "svg",
  "x-custom",
  "form",
  "button",
  "template",
  "title",
];
const attribute = fc
  .tuple(
    fc.constantFrom(
      "href",
      "src",
      "alt",
      "title",
      "onclick",
      "onerror",
      "style",
      "class",
      "lang",
      "dir",
      "id",
      "data-x",
    ),
    fc.constantFrom(
      "https://eff.org/a",
      "/rel",
      "javascript:alert(1)",
      " jav&#x09;ascript:x",
      "data:text/html,x",
      'x"y',
      "{1}",
      "&amp;",
      "",
      "#top",
      "mailto:a@b.c",
    ),
  )
  .map(([name, value]) => ` ${name}="${value.replace(/"/g, "&quot;")}"`);

type HtmlTree = string;
const htmlTree: fc.Arbitrary<HtmlTree> = fc.letrec<{ node: HtmlTree }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    textish,
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(attribute, { maxLength: 3 }),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(
        ([tag, attrs, children, closed]) => `<${tag}${attrs.join("")}>${children.join("")}${closed ? `</${tag}>` : ""}`,
      ),
    fc.constantFrom(
      "</p>",
      "</a>",
      "<!-- c -->",
      "<!--",
      "<![CDATA[x]]>",
      "<br/>",
      "</div></div>",
      "<",
      "<a href=",
      "<img src=x",
    ),
  ),
})).node;
const htmlPage = fc
  .tuple(fc.boolean(), textish, htmlTree, htmlTree)
  .map(([full, title, head, body]) =>
    full
      ? `<!doctype html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`
      : `${head}${body}`,
  );

describe("properties: parseDocument", () => {
  it.each(["text", "markdown", "html", undefined] as const)(
    "returns well-formed blocks or an IngestError for arbitrary strings (format %s)",
    (format: InputFormat | undefined) => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), textish), (content) => {
          expectWellFormedDocument(runBounded(() => parseDocument({ content, format })));
        }),
        RUNS,
      );
    },
  );

  it("returns well-formed blocks or an IngestError for HTML-ish input", () => {
    fc.assert(
      fc.property(htmlPage, fc.constantFrom("https://eff.org/base/", undefined), (content, url) => {
        expectWellFormedDocument(runBounded(() => parseDocument({ content, format: "html", url })));
      }),
      RUNS,
    );
  });

  it("returns well-formed blocks or an IngestError for Markdown-ish input with HTML", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(textish, htmlTree), { maxLength: 6 }), (parts) => {
        expectWellFormedDocument(runBounded(() => parseDocument({ content: parts.join("\n"), format: "markdown" })));
      }),
      RUNS,
    );
  });

  it("returns a result or an IngestError for arbitrary bytes", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom("a.txt", "a.md", "a.html", "a.pdf", undefined),
        (content, filename) => {
          expectWellFormedDocument(runBounded(() => parseDocument({ content, filename })));
        },
      ),
      RUNS,
    );
  });

  it("never leaves script or event handlers in HTML output", () => {
    fc.assert(
      fc.property(htmlPage, (content) => {
        const result = runBounded(() => parseDocument({ content, format: "html" }));
        if (result instanceof IngestError) return;
        for (const block of result.blocks) {
          for (const tag of Object.values(block.tags)) {
            expect(["script", "style", "iframe", "svg", "form", "button"]).not.toContain(tag.name);
            expect(Object.keys(tag.attrs).some((name) => name.startsWith("on"))).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  it("survives hostile nesting and long runs without hanging", () => {
    const hostile = [
      `${"<div>".repeat(5000)}deep${"</div>".repeat(5000)}`,
      `${"<b>".repeat(3000)}deep`,
      `${"> ".repeat(3000)}quote`,
      `${"*a ".repeat(20_000)}`,
      `${"[".repeat(20_000)}x${"](u)".repeat(1000)}`,
      `${"`".repeat(5000)} ${"` `".repeat(5000)}`,
      `${"- ".repeat(2000)}item`,
      `# ${" ".repeat(100_000)}#x`,
      `<a ${" ".repeat(100_000)}`,
      `Cet article est une traduction automatique ${"https://a.b/ ".repeat(20_000)}`,
      `${"Titre\n".repeat(50_000)}`,
    ];
    for (const content of hostile) {
      for (const format of ["text", "markdown", "html"] as const) {
        expectWellFormedDocument(runBounded(() => parseDocument({ content, format })));
      }
    }
  });
});

describe("properties: extractMtProvenance", () => {
  const block = fc
    .tuple(
      fc.constantFrom("paragraph", "heading2", "quote", "list-item", "title") as fc.Arbitrary<ParsedBlock["kind"]>,
      textish,
    )
    .map(([kind, text]): ParsedBlock => ({ kind, text: escapePlaceholderText(text), tags: {} }));

  it("never throws and only removes or shortens trailing blocks", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
        const result = runBounded(() => extractMtProvenance(blocks));
        if (result instanceof IngestError) throw result;
        expect(result.blocks.length).toBeLessThanOrEqual(blocks.length);
        if (!result.provenance) expect(result.blocks).toEqual(blocks);
        else {
          expect(result.provenance.isMachineTranslation).toBe(true);
          expect(result.provenance.sourceUrl).toMatch(/^https?:\/\//);
          if (result.provenance.sourceDate)
            expect(new Date(result.provenance.sourceDate).toISOString()).toBe(result.provenance.sourceDate);
          // Exactly one block was removed or shortened; the others are untouched and in order.
          const changed = result.blocks.findIndex((kept, index) => kept !== blocks[index]);
          const removedOne = result.blocks.length === blocks.length - 1;
          if (changed >= 0) {
            const after = removedOne ? blocks.slice(changed + 1) : blocks.slice(changed + 1);
            expect(result.blocks.slice(removedOne ? changed : changed + 1)).toEqual(after);
          }
        }
      }),
      RUNS,
    );
  });
});

describe("properties: parseFeed", () => {
  const field = fc.oneof(textish, fc.constant("<![CDATA[<p>x</p>]]>"), fc.constant("&lt;b&gt;x&lt;/b&gt;"));
  const element = fc
    .tuple(
      fc.constantFrom(
        "title",
        "link",
        "guid",
        "pubDate",
        "description",
        "content:encoded",
        "id",
        "updated",
        "published",
        "content",
        "summary",
        "dc:date",
      ),
      fc.array(
        fc.constantFrom(
          ' href="https://x.example"',
          ' type="html"',
          ' type="xhtml"',
          ' rel="alternate"',
          ' isPermaLink="false"',
          ' src="x"',
        ),
        { maxLength: 2 },
      ),
      field,
    )
    .map(([name, attrs, value]) => `<${name}${attrs.join("")}>${value}</${name}>`);
  const feedXml = fc
    .tuple(
      fc.constantFrom("rss", "atom", "rdf"),
      fc.array(fc.array(element, { maxLength: 6 }), { maxLength: 4 }),
      fc.boolean(),
    )
    .map(([kind, items, truncate]) => {
      const body = items
        .map((fields) => (kind === "atom" ? `<entry>${fields.join("")}</entry>` : `<item>${fields.join("")}</item>`))
        .join("");
      const xml =
        kind === "rss"
          ? `<?xml version="1.0"?><rss version="2.0" xmlns:content="c" xmlns:dc="d"><channel><title>T</title>${body}</channel></rss>`
          : kind === "atom"
            ? `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${body}</feed>`
            : `<rdf:RDF xmlns:rdf="r" xmlns:dc="d"><channel><title>T</title></channel>${body}</rdf:RDF>`;
      return truncate ? xml.slice(0, Math.floor(xml.length / 2)) : xml;
    });

  const expectFeedResult = (result: unknown) => {
    if (result instanceof IngestError) {
      expect(["EMPTY", "MALFORMED", "TOO_LARGE"]).toContain(result.code);
      return;
    }
    const feed = result as ReturnType<typeof parseFeed>;
    for (const item of feed.items) {
      expect(typeof item.title).toBe("string");
      for (const value of [item.link, item.guid, item.published, item.contentHtml, item.sourceUrl]) {
        expect(value === null || typeof value === "string").toBe(true);
      }
      if (item.published) expect(new Date(item.published).toISOString()).toBe(item.published);
    }
  };

  it("returns items or an IngestError for arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), textish), (xml) => {
        expectFeedResult(runBounded(() => parseFeed(xml)));
      }),
      RUNS,
    );
  });

  it("returns items or an IngestError for feed-shaped XML, complete or truncated", () => {
    fc.assert(
      fc.property(feedXml, (xml) => {
        expectFeedResult(runBounded(() => parseFeed(xml)));
      }),
      RUNS,
    );
  });
});
