import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreMatch } from "./score-match";
import { collapseWhitespace, listTokens, tokenizeForMatching } from "./tokenize-for-matching";

const LONG =
  "Congress, states, and cities should use this momentary reprieve, during which police cannot acquire face " +
  "surveillance technology from two large companies, as an opportunity to ban government use of the technology " +
  "once and for all, and they should do it before the end of the year";

describe("tokenizeForMatching", () => {
  it("reads words, numbers, punctuation and tags with their offsets", () => {
    const text = "In 2018, {1}1,300 police{/1} used it{2/}.";
    const segment = tokenizeForMatching(text);
    const { tags } = segment;
    const tokens = listTokens(segment);
    expect(tokens.map((t) => [t.kind, t.text, text.slice(t.start, t.end)])).toEqual([
      ["word", "In", "In"],
      ["number", "2018", "2018"],
      ["punct", ",", ","],
      ["number", "1,300", "1,300"],
      ["word", "police", "police"],
      ["word", "used", "used"],
      ["word", "it", "it"],
      ["punct", ".", "."],
    ]);
    expect(tags.map((t) => [t.kind, t.id, t.before])).toEqual([
      ["open", "1", 3],
      ["close", "1", 5],
      ["self", "2", 7],
    ]);
  });

  it("keeps digits glued to letters inside words and reads escaped braces as literal text", () => {
    const segment = tokenizeForMatching("COVID-19 and UTF8, the 19th {{1}}");
    const { tags } = segment;
    const tokens = listTokens(segment);
    expect(tokens.map((t) => t.text)).toEqual(["COVID-19", "and", "UTF8", ",", "the", "19th", "{", "1", "}"]);
    expect(tags).toEqual([]);
  });

  it("reads the same tokens as the reference pattern it is written after (property)", () => {
    const reference =
      /(?<number>\d+(?:[.,\u00A0\u202F]\d+)*(?![\p{L}\p{M}\p{N}]))|(?<word>[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*)|(?<punct>[^\s\p{L}\p{M}\p{N}])/gu;
    const piece = fc.constantFrom(
      "a",
      "É",
      "ß",
      "1",
      "9",
      ",",
      ".",
      "'",
      "’",
      "-",
      "‐",
      " ",
      "\u00A0",
      "\u202F",
      "x2",
      "🙂",
      "ǅ",
      "\u0301",
      "\t",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const text = pieces.join("");
        const expected = [...text.matchAll(reference)].map((match) => {
          const kind = match.groups?.number ? "number" : match.groups?.word ? "word" : "punct";
          return [kind, match[0], match.index];
        });
        const actual = listTokens(tokenizeForMatching(text)).map((token) => [token.kind, token.text, token.start]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("scoreMatch", () => {
  it("gives 100 to an identical source only, whitespace runs aside", () => {
    expect(scoreMatch("Ban face recognition.", "Ban face recognition.").score).toBe(100);
    expect(scoreMatch("Ban  face\nrecognition. ", " Ban face recognition.").score).toBe(100);
    expect(scoreMatch("Ban face recognition .", "Ban face recognition.").score).toBe(99);
    expect(scoreMatch("Ban face recognition.", "Ban face recognition").score).toBeLessThan(100);
    expect(scoreMatch("Ban Face Recognition.", "Ban face recognition.").score).toBeLessThan(100);
  });

  it("is 1 − weighted word distance / weighted length of the longer, rounded down", () => {
    // 10 words and a full stop (weight 10.5); one word differs
    const a = "The police must stop using this dangerous technology right now.";
    const b = "The police must stop buying this dangerous technology right now.";
    const result = scoreMatch(a, b);
    expect(result.similarity).toBeCloseTo(1 - 1 / 10.5, 10);
    expect(result.score).toBe(90);
    expect(result.penalties).toEqual([]);
    // A missing comma costs half a word
    expect(scoreMatch("Yes, we can.", "Yes we can.").similarity).toBeCloseTo(1 - 0.5 / 4, 10);
  });

  it("compares the whole sentence, not a prefix: a change at the end of a long sentence counts", () => {
    const changedEnd = LONG.replace("before the end of the year", "after the elections next spring");
    const result = scoreMatch(LONG, changedEnd);
    expect(result.score).toBeLessThan(100);
    expect(result.score).toBeGreaterThan(80);
    // A change beyond the 255th character still costs as much as the same change at the start
    expect(LONG.length).toBeGreaterThan(255);
    const early = scoreMatch(LONG, LONG.replace("Congress", "Parliament"));
    const late = scoreMatch(LONG, LONG.replace(/year$/, "decade"));
    expect(late.score).toBe(early.score);
    expect(late.score).toBeLessThan(100);
  });

  it("shows a penalty when only numbers differ, one point each", () => {
    const result = scoreMatch(
      "In 2019, 1,500 police departments used it.",
      "In 2018, 1,300 police departments used it.",
    );
    expect(result.score).toBe(98);
    expect(result.similarity).toBe(1);
    expect(result.penalties).toEqual([{ kind: "numbers", points: 2, detail: "2018 → 2019, 1,300 → 1,500" }]);
  });

  it("shows a penalty when only the tags differ: renumbered, moved, missing", () => {
    const query = "Read {1}our report{/1} on {2}face recognition{/2}.";
    expect(scoreMatch(query, "Read {3}our report{/3} on {4}face recognition{/4}.").penalties).toEqual([
      { kind: "tags", points: 1, detail: "inline tags numbered differently" },
    ]);
    expect(scoreMatch(query, "Read {3}our report{/3} on {4}face recognition{/4}.").score).toBe(99);
    expect(scoreMatch(query, "Read {1}our{/1} report on {2}face recognition{/2}.").penalties).toEqual([
      { kind: "tags", points: 1, detail: "inline tags placed differently" },
    ]);
    const missing = scoreMatch(query, "Read our report on {1}face recognition{/1}.");
    expect(missing.penalties).toEqual([{ kind: "tags", points: 2, detail: "inline tags missing or extra" }]);
    expect(missing.score).toBe(98);
    expect(scoreMatch(query, "Read our report on face recognition.").score).toBe(97);
  });

  it("takes a point per word written in another case, and one for other quotes or apostrophes", () => {
    expect(scoreMatch("Ban Face Recognition", "Ban face recognition").penalties).toEqual([
      { kind: "case", points: 2, detail: "face → Face, recognition → Recognition" },
    ]);
    expect(scoreMatch("It's “wrong”", 'It’s "wrong"').penalties).toEqual([
      { kind: "typography", points: 1, detail: "quotes, apostrophes or dashes differ" },
    ]);
  });

  it("pairs the right tokens when the same word appears twice", () => {
    // The alignment must pair "2018" with "2018" and see the inserted "in 2019", not a changed number
    const result = scoreMatch("in 2019 and in 2018 they said", "in 2018 they said");
    expect(result.penalties).toEqual([]);
    expect(result.similarity).toBeCloseTo(1 - 3 / 7, 10);
  });

  it("handles empty and tag-only texts", () => {
    expect(scoreMatch("", "").score).toBe(100);
    expect(scoreMatch("{1/}", "").score).toBeLessThan(100);
    expect(scoreMatch("word", "").score).toBe(0);
  });

  it("is 100 exactly when the sources are identical after collapsing whitespace (property)", () => {
    const word = fc.constantFrom("face", "Face", "police", "12", "13", ",", ".", "{1}", "{/1}", "{2/}", "’", "'", " ");
    const sentence = fc.array(word, { maxLength: 12 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const { score } = scoreMatch(a, b);
        expect(score === 100).toBe(collapseWhitespace(a) === collapseWhitespace(b));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(score)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("is symmetric in its similarity (property)", () => {
    const word = fc.constantFrom("face", "recognition", "police", "the", "12", ",", ".");
    const sentence = fc.array(word, { maxLength: 15 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        expect(scoreMatch(a, b).similarity).toBeCloseTo(scoreMatch(b, a).similarity, 9);
      }),
    );
  });
});
