import { describe, expect, it } from "vitest";
import { segmentInChunks } from "./segment-in-chunks";

const collect = (segmenter: Intl.Segmenter, text: string, chunkSize: number) =>
  [...segmentInChunks(segmenter, text, chunkSize)].map(({ segment, index, isWordLike }) => ({
    segment,
    index,
    isWordLike,
  }));
const direct = (segmenter: Intl.Segmenter, text: string) =>
  [...segmenter.segment(text)].map(({ segment, index, isWordLike }) => ({ segment, index, isWordLike }));

describe("segmentInChunks", () => {
  const text = "L'activisme fonctionne. Où est Microsoft ? Plus de 1 300 services de police.\nTAKE ACTION 😀 é ".repeat(
    40,
  );

  it("yields the same word segments as one Intl.Segmenter pass", () => {
    const words = new Intl.Segmenter("fr", { granularity: "word" });
    expect(collect(words, text, 64)).toEqual(direct(words, text));
  });

  it("yields the same sentence boundaries as one pass, plus harmless chunk starts", () => {
    const sentences = new Intl.Segmenter("fr", { granularity: "sentence" });
    const expected = new Set(direct(sentences, text).map(({ index }) => index));
    const chunked = collect(sentences, text, 200).map(({ index }) => index);
    for (const index of expected) expect(chunked).toContain(index);
    // Extra boundaries only where a chunk was cut: after whitespace, before a letter or digit.
    for (const index of chunked.filter((i) => !expected.has(i)))
      expect(text.slice(index - 1, index + 1)).toMatch(/^\s[\p{L}\p{N}]$/u);
  });

  it("keeps long words whole when there is whitespace to cut at", () => {
    const words = new Intl.Segmenter("en", { granularity: "word" });
    const long = `${"a".repeat(300)} ${"b".repeat(300)}\n${"c".repeat(300)}`;
    expect(collect(words, long, 200).map(({ segment }) => segment)).toEqual([
      "a".repeat(300),
      " ",
      "b".repeat(300),
      "\n",
      "c".repeat(300),
    ]);
  });

  it("cuts text without whitespace between code points", () => {
    const emoji = "😀".repeat(300);
    const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
    const segments = collect(graphemes, emoji, 99);
    expect(segments.map(({ segment }) => segment).join("")).toBe(emoji);
    expect(segments.every(({ segment }) => segment === "😀")).toBe(true);
  });
});
