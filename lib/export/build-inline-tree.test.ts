import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapePlaceholderText } from "@/lib/text/placeholders";
import { arbitraryBalancedText, arbitraryTokenText } from "./__fixtures__/placeholder-arbitraries";
import { buildInlineTree, type InlineNode } from "./build-inline-tree";

function serialize(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return escapePlaceholderText(node.value);
      if (node.type === "pair") return `{${node.id}}${serialize(node.children)}{/${node.id}}`;
      if (node.type === "start") return `{${node.id}}`;
      if (node.type === "end") return `{/${node.id}}`;
      return `{${node.id}/}`;
    })
    .join("");
}

function countHalves(nodes: readonly InlineNode[]): number {
  return nodes.reduce(
    (total, node) =>
      total +
      (node.type === "start" || node.type === "end" ? 1 : node.type === "pair" ? countHalves(node.children) : 0),
    0,
  );
}

describe("buildInlineTree", () => {
  it("nests balanced pairs and keeps self-closing tags", () => {
    expect(buildInlineTree("a {1}b {2}c{/2}{/1} {3/} {{x}}")).toEqual([
      { type: "text", value: "a " },
      {
        type: "pair",
        id: "1",
        children: [
          { type: "text", value: "b " },
          { type: "pair", id: "2", children: [{ type: "text", value: "c" }] },
        ],
      },
      { type: "text", value: " " },
      { type: "self", id: "3" },
      { type: "text", value: " {x}" },
    ]);
  });

  it("turns crossing pairs into matched start/end halves", () => {
    expect(buildInlineTree("{1}a{2}b{/1}c{/2}")).toEqual([
      { type: "start", id: "1", pair: 1 },
      { type: "text", value: "a" },
      {
        type: "pair",
        id: "2",
        children: [
          { type: "text", value: "b" },
          { type: "end", id: "1", pair: 1 },
          { type: "text", value: "c" },
        ],
      },
    ]);
  });

  it("marks lone halves as unpaired", () => {
    expect(buildInlineTree("{1}a {/2}b")).toEqual([
      { type: "start", id: "1", pair: null },
      { type: "text", value: "a " },
      { type: "end", id: "2", pair: null },
      { type: "text", value: "b" },
    ]);
  });

  it("pairs a repeated number with its nearest open", () => {
    const tree = buildInlineTree("{1}a{/1} {1}b{/1}");
    expect(tree.map((node) => node.type)).toEqual(["pair", "text", "pair"]);
  });

  it("gives balanced text a tree without halves", () => {
    fc.assert(
      fc.property(arbitraryBalancedText(), (text) => {
        expect(countHalves(buildInlineTree(text))).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("loses nothing: serializing the tree gives the text back, whatever the placeholders", () => {
    fc.assert(
      fc.property(arbitraryTokenText(), (text) => {
        expect(serialize(buildInlineTree(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
