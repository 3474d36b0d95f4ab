import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildFtsTrigramQuery,
  indexTextForMatching,
  lengthBounds,
  matchWeight,
  selectCandidates,
  trigramSimilarity,
  trigramsOf,
} from "./find-candidates";
import { scoreMatch } from "./score-match";

describe("retrieval helpers", () => {
  it("index text keeps the words, lower-cased, with every number as 0 and no tags or punctuation", () => {
    expect(indexTextForMatching("In 2018, {1}1,300 Police{/1} used it.")).toBe("in 0 0 police used it");
    expect(matchWeight("In 2018, {1}1,300 Police{/1} used it.")).toBe(7);
  });

  it("computes trigram similarity as pg_trgm does", () => {
    // The figure PostgreSQL's documentation gives for similarity('word', 'two words')
    expect(trigramSimilarity("word", "two words")).toBeCloseTo(4 / 11, 10);
    expect(trigramsOf("Word")).toEqual(new Set(["  w", " wo", "wor", "ord", "rd "]));
    expect(trigramSimilarity("", "")).toBe(0);
    expect(trigramSimilarity("face recognition", "face recognition")).toBe(1);
  });

  it("length bounds never exclude an entry that reaches the minimum score (property)", () => {
    const word = fc.constantFrom("face", "recognition", "police", "the", "12", ",", ".", "{1}", "{/1}");
    const sentence = fc.array(word, { minLength: 1, maxLength: 20 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(sentence, sentence, fc.integer({ min: 0, max: 100 }), (query, entry, minScore) => {
        if (scoreMatch(query, entry).score < minScore) return;
        const bounds = lengthBounds(query, minScore);
        const weight = matchWeight(entry);
        expect(weight).toBeGreaterThanOrEqual(bounds.min - 1e-9);
        expect(weight).toBeLessThanOrEqual(bounds.max + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it("builds an FTS5 trigram query from the in-word trigrams, capped", () => {
    expect(buildFtsTrigramQuery("face ban")).toBe('"fac" OR "ace" OR "ban"');
    expect(buildFtsTrigramQuery("a b 0")).toBeNull();
    const long = indexTextForMatching(
      "Congress, states, and cities should use this momentary reprieve as an opportunity to ban government use",
    );
    const query = buildFtsTrigramQuery(long, 20) ?? "";
    expect(query.split(" OR ")).toHaveLength(20);
    expect(new Set(query.split(" OR ")).size).toBe(20);
  });

  it("selects the most similar entries within the length bounds, the identical source first", () => {
    const sources = [
      "Police must stop using face surveillance.",
      "The weather is nice today.",
      "Police must stop using face recognition.",
      "Police must stop using face surveillance in schools, hospitals, stadiums and every public place today.",
    ];
    const entries = sources.map((source, id) => ({
      id,
      indexText: indexTextForMatching(source),
      matchWeight: matchWeight(source),
    }));
    const found = selectCandidates("Police must stop using face surveillance.", entries, { minScore: 70, limit: 10 });
    // The long sentence cannot reach 70 (length bounds); the unrelated one comes after the two close ones
    expect(found.map((entry) => entry.id).slice(0, 2)).toEqual([0, 2]);
    expect(found.map((entry) => entry.id)).not.toContain(3);
    expect(selectCandidates("Police must stop.", entries, { minScore: 0, limit: 1 })).toHaveLength(1);
  });
});
