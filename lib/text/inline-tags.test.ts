import { describe, expect, it } from "vitest";
import { findUnbalancedTag, listSourceTags, wrapWithTag } from "./inline-tags";

describe("listSourceTags", () => {
  it("lists pairs and self-closing tags once, in order", () => {
    expect(listSourceTags("See {1}our {2}guide{/2}{/1} and {3/} or {1}again{/1}.")).toEqual([
      { id: "1", selfClosing: false },
      { id: "2", selfClosing: false },
      { id: "3", selfClosing: true },
    ]);
  });

  it("ignores escaped braces", () => {
    expect(listSourceTags("literal {{1}} braces")).toEqual([]);
  });
});

describe("wrapWithTag", () => {
  it("wraps the selection and keeps it selected", () => {
    const result = wrapWithTag("des faces de membres", 4, 9, { id: "1", selfClosing: false });
    expect(result.text).toBe("des {1}faces{/1} de membres");
    expect(result.text.slice(result.start, result.end)).toBe("faces");
  });

  it("inserts a self-closing tag at the cursor", () => {
    expect(wrapWithTag("ab", 1, 1, { id: "2", selfClosing: true })).toEqual({ text: "a{2/}b", start: 5, end: 5 });
  });

  it("accepts a backwards selection", () => {
    expect(wrapWithTag("abc", 2, 1, { id: "1", selfClosing: false }).text).toBe("a{1}b{/1}c");
  });
});

describe("findUnbalancedTag", () => {
  it("accepts balanced and nested tags", () => {
    expect(findUnbalancedTag("{1}a {2}b{/2}{/1} {3/}")).toBeNull();
    expect(findUnbalancedTag("plain text")).toBeNull();
  });

  it("names the tag that is unclosed, unopened or crossed", () => {
    expect(findUnbalancedTag("{1}a")).toEqual({ id: "1", problem: "unclosed" });
    expect(findUnbalancedTag("a{/1}")).toEqual({ id: "1", problem: "unopened" });
    expect(findUnbalancedTag("{1}a{2}b{/1}{/2}")).toEqual({ id: "2", problem: "crossed" });
  });
});
