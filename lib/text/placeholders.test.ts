import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dropUnpairedPlaceholders,
  escapePlaceholderText,
  findPlaceholders,
  formatPlaceholder,
  maskPlaceholders,
  PLACEHOLDER_RE,
  stripPlaceholders,
  tokenizePlaceholderText,
  unescapePlaceholderText,
} from "./placeholders";

describe("placeholder escaping", () => {
  it("doubles literal braces so typed placeholders stay text", () => {
    expect(escapePlaceholderText("use {1} and {/1}")).toBe("use {{1}} and {{/1}}");
    expect(tokenizePlaceholderText("use {{1}} and {{/1}}")).toEqual([{ type: "text", value: "use {1} and {/1}" }]);
  });

  it("tells real placeholders from escaped braces", () => {
    expect(tokenizePlaceholderText("a {{{1}b{/1}}} {2/}")).toEqual([
      { type: "text", value: "a {" },
      { type: "open", id: "1" },
      { type: "text", value: "b" },
      { type: "close", id: "1" },
      { type: "text", value: "} " },
      { type: "self", id: "2" },
    ]);
  });

  it("exposes a tokenizer regex with named groups", () => {
    const matches = [..."x{1}y{/1}{{z}}{3/}".matchAll(PLACEHOLDER_RE)].map((m) => m.groups);
    expect(matches.map((g) => g?.open ?? g?.close ?? g?.self ?? null)).toEqual(["1", "1", null, null, "3"]);
  });

  it("does not treat {0}, {01} or {/1/} as placeholders", () => {
    expect(tokenizePlaceholderText("{0}{01}{/1/}")).toEqual([{ type: "text", value: "{0}{01}{/1/}" }]);
  });

  it("strips placeholders to the text a reader sees", () => {
    expect(stripPlaceholders("{1}faces{/1} {{sic}} {2/}")).toBe("faces {sic} ");
  });

  it("round-trips any string through escape and unescape", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const escaped = escapePlaceholderText(text);
        expect(unescapePlaceholderText(escaped)).toBe(text);
        expect(stripPlaceholders(escaped)).toBe(text);
        expect(tokenizePlaceholderText(escaped).every((token) => token.type === "text")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("drops placeholders that lost their partner and unused tags", () => {
    const tags = { "1": { name: "a" }, "2": { name: "em" }, "3": { name: "img" } };
    expect(dropUnpairedPlaceholders("{1}a{/1} {2}b {3/} {{x}}", tags)).toEqual({
      text: "{1}a{/1} b {3/} {{x}}",
      tags: { "1": { name: "a" }, "3": { name: "img" } },
    });
  });
});

describe("findPlaceholders", () => {
  it("finds opening, closing and self-closing placeholders with offsets", () => {
    expect(findPlaceholders("See {1}our guide{/1}.{2/}")).toEqual([
      { start: 4, end: 7, kind: "open", id: "1", text: "{1}" },
      { start: 16, end: 20, kind: "close", id: "1", text: "{/1}" },
      { start: 21, end: 25, kind: "self", id: "2", text: "{2/}" },
    ]);
  });

  it("ignores escaped braces and brace text that is not a placeholder", () => {
    expect(findPlaceholders("A literal {{1}} and {{/2}}, {foo}, {01}, {0}, {1 }, {/}, {}")).toEqual([]);
    expect(findPlaceholders("{{{1}}}")).toEqual([{ start: 2, end: 5, kind: "open", id: "1", text: "{1}" }]);
  });

  it("returns nothing for text without braces", () => {
    expect(findPlaceholders("Plain text.")).toEqual([]);
  });

  it("masks placeholders but not escaped braces, keeping every offset", () => {
    expect(maskPlaceholders("a{1}b{/1} {{1}} {2/}")).toBe(
      "a\uFFFF\uFFFF\uFFFFb\uFFFF\uFFFF\uFFFF\uFFFF {{1}} \uFFFF\uFFFF\uFFFF\uFFFF",
    );
    expect(maskPlaceholders("x{1}", "\uE000")).toBe("x\uE000\uE000\uE000");
  });

  it("prints each kind as the tokenizer reads it", () => {
    for (const kind of ["open", "close", "self"] as const) {
      const text = formatPlaceholder(kind, "12");
      expect(findPlaceholders(text)).toEqual([{ start: 0, end: text.length, kind, id: "12", text }]);
    }
  });
});
