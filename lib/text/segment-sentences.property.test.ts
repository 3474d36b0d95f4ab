import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPlaceholders } from "./placeholders";
import { type SentenceSpan, segmentSentenceSpans, segmentSentences } from "./segment-sentences";

const LANGS = ["en", "fr", "es", "de", "it", "pt", "fr-FR", "pt_BR", "sv", "ja", "", "x-!!"];

// Pieces that exercise the rules: abbreviations, initials, numbers, quotes, placeholders, odd whitespace.
const PIECES = [
  "Word",
  "word",
  "É",
  "ç",
  " ",
  "  ",
  "\u00a0",
  "\u202f",
  "\t",
  "\n",
  "\n\n",
  "\r\n",
  "\u2029",
  ".",
  "!",
  "?",
  "?!",
  "…",
  "...",
  ". . .",
  ":",
  ";",
  ",",
  "«",
  "»",
  "„",
  "“",
  "”",
  "‘",
  "’",
  '"',
  "'",
  "(",
  ")",
  "¿",
  "¡",
  "Mr.",
  "M.",
  "U.S.",
  "z. B.",
  "EE. UU.",
  "p. ex.",
  "av. J.-C.",
  "J.",
  "1.",
  "12.",
  "1 300",
  "3,5 %",
  "2.5",
  "https://eff.org/a.b?c=1",
  "a@b.org",
  "{1}",
  "{/1}",
  "{2/}",
  "{{1}}",
  "{",
  "}",
  "- ",
  "1) ",
  "。",
  "！",
  "\ud800",
  "\udc00",
  "😀",
  "\u0301",
  "The",
  "Il",
  "Die",
  "El",
];

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const textArbitrary = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join("")),
  fc.string({ unit: anyCodeUnit, maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(..."!?.…;:«»()\"'-—{}/ "), maxLength: 80 }),
);

function expectValidSpans(text: string, spans: SentenceSpan[]): void {
  let previousEnd = 0;
  for (const { start, end } of spans) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(text[start]).not.toMatch(/\s/);
    expect(text[end - 1]).not.toMatch(/\s/);
    // Nothing but whitespace may fall between spans: every other character is covered exactly once.
    expect(text.slice(previousEnd, start)).toMatch(/^\s*$/);
    previousEnd = end;
  }
  expect(text.slice(previousEnd)).toMatch(/^\s*$/);
}

function isInsideSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

describe("segmentSentenceSpans — properties", () => {
  it("returns ordered, non-overlapping, trimmed spans covering every non-whitespace character once", () => {
    fc.assert(
      fc.property(textArbitrary, fc.constantFrom(...LANGS), (text, lang) => {
        expectValidSpans(text, segmentSentenceSpans(text, lang));
      }),
      { numRuns: 3000 },
    );
  });

  it("never cuts inside a placeholder or a surrogate pair", () => {
    fc.assert(
      fc.property(textArbitrary, fc.constantFrom(...LANGS), (text, lang) => {
        const spans = segmentSentenceSpans(text, lang);
        const edges = spans.flatMap(({ start, end }) => [start, end]);
        for (const placeholder of findPlaceholders(text)) {
          expect(edges.filter((edge) => edge > placeholder.start && edge < placeholder.end)).toEqual([]);
        }
        for (const edge of edges) expect(isInsideSurrogatePair(text, edge)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the invariants on texts long enough to be fed to ICU in several chunks", () => {
    const longText = fc
      .array(fc.constantFrom(...PIECES, " Word", " The end. ", " word"), { minLength: 2_000, maxLength: 4_000 })
      .map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(longText, fc.constantFrom(...LANGS), (text, lang) => {
        expectValidSpans(text, segmentSentenceSpans(text, lang));
      }),
      { numRuns: 40 },
    );
  });

  it("segments paragraphs independently: a blank line is always a boundary", () => {
    fc.assert(
      fc.property(textArbitrary, textArbitrary, fc.constantFrom(...LANGS), (first, second, lang) => {
        const text = `${first}\n\n${second}`;
        expect(segmentSentences(text, lang)).toEqual([
          ...segmentSentences(first, lang),
          ...segmentSentences(second, lang),
        ]);
      }),
      { numRuns: 1000 },
    );
  });

  it("handles huge whitespace runs, punctuation-only and placeholder-only input", () => {
    const whitespace = " \t\n\u00a0\u202f\u3000".repeat(20_000);
    expect(segmentSentenceSpans(whitespace, "fr")).toEqual([]);
    expectValidSpans(
      `${whitespace}Hi.${whitespace}Yo.`,
      segmentSentenceSpans(`${whitespace}Hi.${whitespace}Yo.`, "en"),
    );
    const punctuation = "?!.…;:«»".repeat(5_000);
    expectValidSpans(punctuation, segmentSentenceSpans(punctuation, "fr"));
    const placeholders = "{1}{/1}{2/} ".repeat(5_000);
    expectValidSpans(placeholders, segmentSentenceSpans(placeholders, "en"));
    const noSpaces = "x".repeat(50_000);
    expect(segmentSentences(noSpaces, "en")).toEqual([noSpaces]);
  });
});
