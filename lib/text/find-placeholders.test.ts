import { describe, expect, it } from "vitest";
import { findPlaceholders } from "./find-placeholders";

describe("findPlaceholders", () => {
  it("finds opening, closing and self-closing placeholders with offsets", () => {
    expect(findPlaceholders("See {1}our guide{/1}.{2/}")).toEqual([
      { start: 4, end: 7, kind: "open", id: "1" },
      { start: 16, end: 20, kind: "close", id: "1" },
      { start: 21, end: 25, kind: "self", id: "2" },
    ]);
  });

  it("ignores escaped braces and brace text that is not a placeholder", () => {
    expect(findPlaceholders("A literal {{1}} and {{/2}}, {foo}, {01}, {0}, {1 }, {/}, {}")).toEqual([]);
    expect(findPlaceholders("{{{1}}}")).toEqual([{ start: 2, end: 5, kind: "open", id: "1" }]);
  });

  it("returns nothing for text without braces", () => {
    expect(findPlaceholders("Plain text.")).toEqual([]);
  });
});
