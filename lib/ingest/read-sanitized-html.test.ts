import { describe, expect, it } from "vitest";
import { measureHtml } from "./measure-html";
import { findElements, readSanitizedHtml, textContent } from "./read-sanitized-html";
import { sanitizeArticleHtml } from "./sanitize-article-html";

describe("readSanitizedHtml", () => {
  it("reads what the sanitizer writes: attributes, void elements, escapes", () => {
    const clean = sanitizeArticleHtml(
      '<p title="x">A &amp; B &lt;c&gt; <a href="/x?a=1&amp;b=&quot;2&quot;">l</a><br><img src="i.png" alt="&quot;q&quot;"></p>',
      {
        dropChrome: [],
      },
    );
    const root = readSanitizedHtml(clean);
    const [paragraph] = findElements(root, "p");
    expect(textContent(paragraph)).toBe("A & B <c> l");
    expect(findElements(root, "a")[0].attrs.get("href")).toBe('/x?a=1&b="2"');
    expect(findElements(root, "img")[0]).toMatchObject({
      attrs: new Map([
        ["src", "i.png"],
        ["alt", '"q"'],
      ]),
      children: [],
    });
    expect(findElements(root, "br")).toHaveLength(1);
  });

  it("ignores stray end tags and closes what is left open", () => {
    const root = readSanitizedHtml("<div><p>a</span></p>b</div></div>c");
    expect(root.children.map((child) => (child.type === "text" ? child.value : child.name))).toEqual(["div", "c"]);
    expect(textContent(root)).toBe("abc");
  });
});

describe("measureHtml", () => {
  it("counts tags and the deepest nesting, ignoring void and optional-end elements", () => {
    expect(measureHtml("<div><p>a<p>b<br><img src=x><ul><li>c<li>d</ul></div>")).toEqual({ tags: 10, depth: 2 });
    expect(measureHtml("<svg><path d='x'/></svg>")).toEqual({ tags: 3, depth: 1 });
  });

  it("counts elements opened inside unquoted attribute values", () => {
    expect(measureHtml("<p><a href=".repeat(100)).depth).toBe(100);
  });
});
